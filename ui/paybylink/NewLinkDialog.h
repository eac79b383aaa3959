#pragma once

#include "paybylink/PayByLinkOrder.h"
#include "store/Payment.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace paylink {

class QrView;

// Creates one PayByLink link: typed fields validated inline (the amount is
// parsed as typed, never through floating point), and the signed link and its
// QR updated live while typing, debounced so typing never waits.
class NewLinkDialog : public QDialog
{
    Q_OBJECT

public:
    // The password of a profile (from the keychain, or asked for); none when
    // the user declined.
    using PasswordSource = std::function<std::optional<QString>(const PayByLinkProfile &)>;
    // A reason to refuse saving (e.g. a duplicate order reference), or empty.
    using SaveCheck = std::function<QString(const Payment &)>;

    NewLinkDialog(const QList<PayByLinkProfile> &profiles, PasswordSource passwords,
                  QWidget *parent = nullptr);

    void setSaveCheck(SaveCheck check) { m_saveCheck = std::move(check); }
    // Starts from an existing payment (re-issue): same order data, new expiry.
    void setOrder(const Payment &payment, std::optional<qint64> profileId);
    void selectProfile(qint64 profileId);

    // The ready payment for the current input; empty while input is invalid.
    std::optional<Payment> payment() const { return m_payment; }
    QString linkText() const;
    // The shown problems, for people (and tests).
    QString problemText() const;
    // Renders now instead of after the typing pause (tests).
    void updateNow();

    void accept() override;

private:
    void scheduleUpdate();
    void update();
    PayByLinkOrders::Input input() const;
    std::optional<PayByLinkProfile> currentProfile() const;

    QList<PayByLinkProfile> m_profiles;
    PasswordSource m_passwords;
    SaveCheck m_saveCheck;
    QHash<qint64, QString> m_passwordCache; // this dialog's life only
    std::optional<Payment> m_payment;

    QComboBox *m_profile;
    QLineEdit *m_order;
    QLineEdit *m_amount;
    QComboBox *m_currency;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_description;
    QCheckBox *m_expires;
    QDateEdit *m_expiry;
    QLineEdit *m_language;
    QComboBox *m_gender;
    QPlainTextEdit *m_link;
    QrView *m_qr;
    QLabel *m_problem;
    QLabel *m_aliasNote;
    QPushButton *m_copy;
    QDialogButtonBox *m_buttons;
    QTimer *m_delay;
};

} // namespace paylink
