#pragma once

#include "paybylink/PayByLinkProfile.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace paylink {

// Adds or edits one PayByLink profile: environment, entity key, API user,
// password (masked, with a reveal toggle; kept in the keychain), mapping
// template, expired and error URLs, the parameter mapping with formats, and a
// self-test that signs the manual's example through the same code.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(QWidget *parent = nullptr);

    // Editing: the password field stays empty and means "unchanged".
    void setProfile(const PayByLinkProfile &profile);
    PayByLinkProfile profile() const;
    // The typed password, or none when editing and left empty.
    std::optional<QString> password() const;
    // Shown above the buttons, e.g. that no keychain is reachable.
    void setNotice(const QString &text);

    // Runs the self-test and shows its verdict (the button does the same).
    bool runSelfTest();
    QString selfTestText() const;

    // Asks first when the password has white space at an end or an invisible
    // character (SecretFile::check); saves as typed only on an explicit yes.
    void accept() override;

private:
    QStringList passwordWarnings() const;
    void revalidate();
    void moveMappingRow(int delta);
    QList<FieldMapping> mapping() const;

    PayByLinkProfile m_original;
    bool m_editing = false;
    QLineEdit *m_name;
    QComboBox *m_environment;
    QComboBox *m_kind;
    QLineEdit *m_entityKey;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_passwordWarning;
    QString m_confirmedPassword; // accepted as typed despite the warnings
    QLineEdit *m_mappingTemplate;
    QLineEdit *m_expiredUrl;
    QLineEdit *m_errorUrl;
    QTableWidget *m_mapping;
    QComboBox *m_amountFormat;
    QComboBox *m_dateFormat;
    QComboBox *m_currency;
    QComboBox *m_hashLength;
    QCheckBox *m_shortAlias;
    QLabel *m_selfTest;
    QLabel *m_problem;
    QLabel *m_notice;
    QDialogButtonBox *m_buttons;
};

} // namespace paylink
