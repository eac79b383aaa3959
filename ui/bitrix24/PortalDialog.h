#pragma once

#include "bitrix24/Bitrix24Portals.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace paylink {

// Adds or edits a saved Bitrix24 portal: an incoming webhook (pasted whole)
// or an OAuth application (portal address, tokens, client id and secret),
// an extra CA for an on-premise portal with a private CA, Enterprise pacing,
// and Test connection, which gives a plain verdict: a wrong code, a missing
// scope, an http:// address, a TLS failure, a moved portal (with an offer to
// use the new address), or connected. Secret fields are masked with a reveal
// toggle; editing leaves them empty, meaning "unchanged".
class PortalDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PortalDialog(QWidget *parent = nullptr);

    // Editing: `stored` are the keychain's secrets, used by Test connection
    // while the secret fields are left empty.
    void setProfile(const Bitrix24Profile &profile, const Bitrix24Credentials &stored);
    Bitrix24Profile profile() const;
    // The typed secrets; none when editing and every secret field is empty.
    std::optional<Bitrix24Credentials> credentials() const;
    void setNotice(const QString &text);

    void testConnection();
    QString verdictText() const;
    bool isTesting() const { return m_testing; }

    // Asks first when a secret has white space at an end or an invisible
    // character; saves as typed only on an explicit yes.
    void accept() override;

Q_SIGNALS:
    void tested(bool connected);

private:
    void revalidate();
    bool isOAuth() const;
    QStringList secretWarnings() const;
    QStringList typedLinkHosts() const;
    Bitrix24Credentials effectiveCredentials() const;
    void offerMovedAddress(const QString &movedTo);

    bool m_editing = false;
    bool m_testing = false;
    bool m_confirmed = false;
    Bitrix24Profile m_original;
    Bitrix24Credentials m_stored;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_webhook;
    QLineEdit *m_address;
    QLineEdit *m_oauthServer;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLineEdit *m_accessToken;
    QLineEdit *m_refreshToken;
    QLineEdit *m_caFile;
    QLineEdit *m_linkHosts;
    QCheckBox *m_enterprise;
    QPushButton *m_test;
    QLabel *m_verdict;
    QLabel *m_problem;
    QLabel *m_notice;
    QDialogButtonBox *m_buttons;
    QList<QWidget *> m_webhookRows;
    QList<QWidget *> m_oauthRows;
};

} // namespace paylink
