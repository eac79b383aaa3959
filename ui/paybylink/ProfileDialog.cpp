#include "ProfileDialog.h"

#include "Actions.h"
#include "SecretWarning.h"
#include "core/Currency.h"
#include "paybylink/PayByLinkOrder.h"
#include "secrets/SecretFile.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace paylink {

ProfileDialog::ProfileDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("PayByLink profile"));
    setObjectName(QStringLiteral("profileDialog"));
    auto *form = new QFormLayout;

    m_name = makeLineEdit(this, QStringLiteral("profileName"), tr("e.g. Shop (test)"));
    form->addRow(tr("&Name:"), m_name);
    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("profileEnvironment"));
    m_environment->addItem(tr("Test (testapi.paybylink.com)"), QStringLiteral("test"));
    m_environment->addItem(tr("Production (api.paybylink.com)"), QStringLiteral("production"));
    form->addRow(tr("&Environment:"), m_environment);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Payment links"), QStringLiteral("payment"));
    m_kind->addItem(tr("Mandate links"), QStringLiteral("mandate"));
    form->addRow(tr("&Kind:"), m_kind);
    // A description, not an example key: a real-looking GUID read as filled in.
    m_entityKey = makeLineEdit(this, QStringLiteral("profileEntityKey"),
                               tr("the GUID from PayByLink's merchant panel"));
    form->addRow(tr("Entity &key:"), m_entityKey);
    m_user = makeLineEdit(this, QStringLiteral("profileUser"));
    form->addRow(tr("API &user:"), m_user);
    m_password = makeLineEdit(this, QStringLiteral("profilePassword"));
    makeSecretField(m_password, QStringLiteral("revealPassword"));
    form->addRow(tr("&Password:"), m_password);
    // White space at either end or an invisible character (a soft hyphen
    // pasted from a web page) breaks every signature without a visible cause.
    m_passwordWarning = new QLabel(this);
    m_passwordWarning->setObjectName(QStringLiteral("profilePasswordWarning"));
    m_passwordWarning->setWordWrap(true);
    m_passwordWarning->hide();
    form->addRow(QString(), m_passwordWarning);
    m_mappingTemplate = makeLineEdit(this, QStringLiteral("profileMappingTemplate"),
                                     tr("optional, e.g. CreatePaymentLinkMapping"));
    form->addRow(tr("&Mapping template:"), m_mappingTemplate);
    m_expiredUrl =
        makeLineEdit(this, QStringLiteral("profileExpiredUrl"), tr("optional, https://…"));
    form->addRow(tr("E&xpired URL:"), m_expiredUrl);
    m_errorUrl = makeLineEdit(this, QStringLiteral("profileErrorUrl"), tr("optional, https://…"));
    form->addRow(tr("E&rror URL:"), m_errorUrl);

    // The parameter mapping: one row per field, in URL order.
    m_mapping = new QTableWidget(0, 2, this);
    m_mapping->setObjectName(QStringLiteral("profileMapping"));
    m_mapping->setHorizontalHeaderLabels({ tr("Field"), tr("URL parameter") });
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_mapping->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mapping->setSelectionMode(QAbstractItemView::SingleSelection);
    m_mapping->setToolTip(tr("The names your mapping template expects, in link order. Leave a "
                             "name empty to leave the field out of links."));
    auto *up = new QPushButton(tr("Move &up"), this);
    auto *down = new QPushButton(tr("Move do&wn"), this);
    connect(up, &QPushButton::clicked, this, [this] { moveMappingRow(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveMappingRow(1); });
    auto *moves = new QVBoxLayout;
    moves->addWidget(up);
    moves->addWidget(down);
    moves->addStretch();
    auto *mappingRow = new QHBoxLayout;
    mappingRow->addWidget(m_mapping, 1);
    mappingRow->addLayout(moves);
    form->addRow(makeBuddyLabel(tr("Parameter ma&pping:"), m_mapping, this), mappingRow);

    m_amountFormat = new QComboBox(this);
    m_amountFormat->addItem(tr("28,50 (decimal comma)"), QStringLiteral("comma"));
    m_amountFormat->addItem(tr("28.50 (decimal point)"), QStringLiteral("point"));
    m_amountFormat->addItem(tr("2850 (minor units)"), QStringLiteral("minor"));
    form->addRow(tr("&Amounts in links:"), m_amountFormat);
    m_dateFormat = new QComboBox(this);
    m_dateFormat->addItem(tr("2016-02-29"), QStringLiteral("dashed"));
    m_dateFormat->addItem(tr("20160229"), QStringLiteral("compact"));
    form->addRow(tr("&Dates in links:"), m_dateFormat);
    m_currency = new QComboBox(this);
    m_currency->setEditable(true);
    m_currency->addItems(Currency::codes());
    m_currency->setCurrentText(QStringLiteral("EUR"));
    form->addRow(tr("Default &currency:"), m_currency);
    m_hashLength = new QComboBox(this);
    m_hashLength->addItem(tr("Full, 64 characters (safest)"), 64);
    m_hashLength->addItem(tr("First 10 characters (shorter links)"), 10);
    form->addRow(tr("&Hash:"), m_hashLength);
    m_shortAlias = new QCheckBox(tr("Use the spbl.eu short alias as the short link (production "
                                    "payments; not confirmed by a published vector)"),
                                 this);
    m_shortAlias->setObjectName(QStringLiteral("profileShortAlias"));
    form->addRow(QString(), m_shortAlias);

    auto *selfTestButton = new QPushButton(tr("&Self-test"), this);
    selfTestButton->setObjectName(QStringLiteral("profileSelfTest"));
    selfTestButton->setToolTip(
        tr("Signs the PayByLink manual's example and compares it with the published hash"));
    m_selfTest = new QLabel(this);
    m_selfTest->setObjectName(QStringLiteral("profileSelfTestResult"));
    m_selfTest->setWordWrap(true);
    m_selfTest->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(selfTestButton, &QPushButton::clicked, this, &ProfileDialog::runSelfTest);
    auto *selfTestRow = new QHBoxLayout;
    selfTestRow->addWidget(selfTestButton);
    selfTestRow->addWidget(m_selfTest, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("profileProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(link)"));
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(selfTestRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_notice);
    layout->addWidget(m_buttons);

    setProfile(PayByLinkProfile {});
    m_editing = false;
    for (QLineEdit *e :
         { m_name, m_entityKey, m_user, m_password, m_mappingTemplate, m_expiredUrl, m_errorUrl })
        connect(e, &QLineEdit::textChanged, this, &ProfileDialog::revalidate);
    for (QComboBox *c : { m_environment, m_kind, m_amountFormat, m_dateFormat, m_hashLength })
        connect(c, &QComboBox::currentIndexChanged, this, &ProfileDialog::revalidate);
    connect(m_currency, &QComboBox::currentTextChanged, this, &ProfileDialog::revalidate);
    connect(m_shortAlias, &QCheckBox::toggled, this, &ProfileDialog::revalidate);
    connect(m_mapping, &QTableWidget::itemChanged, this, &ProfileDialog::revalidate);
    revalidate();
}

void ProfileDialog::setProfile(const PayByLinkProfile &p)
{
    m_original = p;
    m_editing = p.id > 0;
    m_name->setText(p.name);
    m_environment->setCurrentIndex(p.environment == PayByLinkSigner::Environment::Production);
    m_kind->setCurrentIndex(p.kind == PayByLinkSigner::Kind::Mandate);
    m_entityKey->setText(p.entityKey);
    m_user->setText(p.user);
    m_password->clear();
    m_password->setPlaceholderText(m_editing ? tr("unchanged (kept in the keychain)") : QString());
    m_mappingTemplate->setText(p.mappingTemplate);
    m_expiredUrl->setText(p.expiredUrl);
    m_errorUrl->setText(p.errorUrl);
    {
        const QSignalBlocker block(m_mapping);
        m_mapping->setRowCount(0);
        // Mapped fields in their order, then any field the profile leaves out.
        QList<FieldMapping> rows = p.mapping;
        for (PayByLinkField f : allFields()) {
            bool present = false;
            for (const FieldMapping &m : rows)
                present = present || m.field == f;
            if (!present)
                rows.append({ f, QString() });
        }
        for (const FieldMapping &m : rows) {
            const int row = m_mapping->rowCount();
            m_mapping->insertRow(row);
            auto *field = new QTableWidgetItem(fieldDisplayName(m.field));
            field->setData(Qt::UserRole, int(m.field));
            field->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_mapping->setItem(row, 0, field);
            m_mapping->setItem(row, 1, new QTableWidgetItem(m.parameter));
        }
    }
    m_amountFormat->setCurrentIndex(int(p.amountFormat));
    m_dateFormat->setCurrentIndex(int(p.dateFormat));
    m_currency->setCurrentText(p.defaultCurrency);
    m_hashLength->setCurrentIndex(p.hashLength == 10 ? 1 : 0);
    m_shortAlias->setChecked(p.shortAlias);
    setWindowTitle(m_editing ? tr("Edit PayByLink profile “%1”").arg(p.name)
                             : tr("New PayByLink profile"));
    revalidate();
}

QList<FieldMapping> ProfileDialog::mapping() const
{
    QList<FieldMapping> list;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const auto field = PayByLinkField(m_mapping->item(row, 0)->data(Qt::UserRole).toInt());
        const QTableWidgetItem *name = m_mapping->item(row, 1);
        list.append({ field, name ? name->text().trimmed() : QString() });
    }
    return list;
}

PayByLinkProfile ProfileDialog::profile() const
{
    PayByLinkProfile p = m_original;
    p.name = m_name->text().trimmed();
    p.environment = m_environment->currentIndex() == 1 ? PayByLinkSigner::Environment::Production
                                                       : PayByLinkSigner::Environment::Test;
    p.kind = m_kind->currentIndex() == 1 ? PayByLinkSigner::Kind::Mandate
                                         : PayByLinkSigner::Kind::Payment;
    p.entityKey = m_entityKey->text().trimmed();
    p.user = m_user->text();
    p.mappingTemplate = m_mappingTemplate->text().trimmed();
    p.expiredUrl = m_expiredUrl->text().trimmed();
    p.errorUrl = m_errorUrl->text().trimmed();
    p.mapping = mapping();
    p.amountFormat = PayByLinkProfile::AmountFormat(m_amountFormat->currentIndex());
    p.dateFormat = PayByLinkProfile::DateFormat(m_dateFormat->currentIndex());
    p.defaultCurrency = m_currency->currentText().trimmed().toUpper();
    p.hashLength = m_hashLength->currentData().toInt();
    p.shortAlias = m_shortAlias->isChecked();
    return p;
}

std::optional<QString> ProfileDialog::password() const
{
    if (m_password->text().isEmpty() && m_editing)
        return std::nullopt;
    return m_password->text();
}

void ProfileDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

bool ProfileDialog::runSelfTest()
{
    QString hash;
    const bool ok = PayByLinkOrders::selfTest(&hash);
    m_selfTest->setText(
        ok ? tr("✔ The manual's example signs to %1…, the published hash.").arg(hash.left(10))
           : tr("✘ The manual's example signs to %1, not the published %2. Do "
                "not use this build for real links.")
                 .arg(hash, PayByLinkOrders::manualHash()));
    return ok;
}

QString ProfileDialog::selfTestText() const
{
    return m_selfTest->text();
}

void ProfileDialog::moveMappingRow(int delta)
{
    const int row = m_mapping->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_mapping->rowCount())
        return;
    const QSignalBlocker block(m_mapping);
    for (int column = 0; column < 2; ++column) {
        QTableWidgetItem *a = m_mapping->takeItem(row, column);
        QTableWidgetItem *b = m_mapping->takeItem(target, column);
        m_mapping->setItem(row, column, b);
        m_mapping->setItem(target, column, a);
    }
    m_mapping->setCurrentCell(target, 1);
    revalidate();
}

QStringList ProfileDialog::passwordWarnings() const
{
    return SecretFile::check(m_password->text(), tr("The password"));
}

void ProfileDialog::accept()
{
    const QStringList warnings = passwordWarnings();
    if (warnings.isEmpty() || m_confirmedPassword == m_password->text()) {
        QDialog::accept();
        return;
    }
    confirmSecretsAsTyped(
        this, warnings,
        [this] {
            m_confirmedPassword = m_password->text();
            QDialog::accept();
        },
        [this] { m_password->setFocus(); });
}

void ProfileDialog::revalidate()
{
    const QStringList warnings = passwordWarnings();
    m_passwordWarning->setText(warnings.join(u'\n'));
    m_passwordWarning->setVisible(!warnings.isEmpty());

    QString why;
    if (const Status s = profile().validate(); !s)
        why = s.error().message;
    else if (!m_editing && m_password->text().isEmpty())
        why = tr("Password: enter the API user's password.");
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(why.isEmpty());
}

} // namespace paylink
