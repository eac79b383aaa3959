#include "NewLinkDialog.h"

#include "Actions.h"
#include "QrView.h"
#include "core/Currency.h"
#include "qr/QrCode.h"
#include "qr/QrRenderer.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace paylink {

NewLinkDialog::NewLinkDialog(const QList<PayByLinkProfile> &profiles, PasswordSource passwords,
                             QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_passwords(std::move(passwords))
{
    setObjectName(QStringLiteral("newLinkDialog"));
    setWindowTitle(tr("New PayByLink link"));
    auto *form = new QFormLayout;
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("linkProfile"));
    for (const PayByLinkProfile &p : profiles)
        m_profile->addItem(p.environment == PayByLinkSigner::Environment::Production
                               ? p.name
                               : tr("%1 (test)").arg(p.name),
                           p.id);
    form->addRow(tr("&Profile:"), m_profile);

    const auto edit = [this](const char *name, const QString &placeholder = {}) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        e->setPlaceholderText(placeholder);
        return e;
    };
    m_order = edit("linkOrder", tr("required, e.g. INV-2026-0017"));
    form->addRow(tr("&Order reference:"), m_order);
    m_amount = edit("linkAmount",
                    QLocale().decimalPoint() == QStringLiteral(",") ? QStringLiteral("28,50")
                                                                    : QStringLiteral("28.50"));
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("linkCurrency"));
    m_currency->setEditable(true);
    m_currency->addItems(Currency::codes());
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_currency);
    form->addRow(makeBuddyLabel(tr("&Amount:"), m_amount, this), amountRow);
    m_name = edit("linkName");
    form->addRow(tr("&Customer:"), m_name);
    m_email = edit("linkEmail", tr("optional"));
    form->addRow(tr("&E-mail:"), m_email);
    m_phone = edit("linkPhone", tr("optional"));
    form->addRow(tr("P&hone:"), m_phone);
    m_description = edit("linkDescription", tr("optional"));
    form->addRow(tr("&Description:"), m_description);
    m_expires = new QCheckBox(tr("E&xpires on"), this);
    m_expires->setObjectName(QStringLiteral("linkExpires"));
    m_expiry = new QDateEdit(QDate::currentDate().addDays(30), this);
    m_expiry->setObjectName(QStringLiteral("linkExpiry"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setMinimumDate(QDate::currentDate());
    m_expiry->setEnabled(false);
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_expires);
    expiryRow->addWidget(m_expiry, 1);
    form->addRow(QString(), expiryRow);
    m_language = edit("linkLanguage", tr("optional, e.g. nl-NL"));
    form->addRow(tr("&Language:"), m_language);
    m_gender = new QComboBox(this);
    m_gender->setObjectName(QStringLiteral("linkGender"));
    m_gender->addItem(tr("not given"), QString());
    m_gender->addItem(tr("M"), QStringLiteral("M"));
    m_gender->addItem(tr("F"), QStringLiteral("F"));
    form->addRow(tr("&Gender:"), m_gender);

    m_link = new QPlainTextEdit(this);
    m_link->setObjectName(QStringLiteral("linkText"));
    m_link->setReadOnly(true);
    m_link->setMaximumHeight(90);
    m_link->setPlaceholderText(tr("The signed link appears here while you type."));
    m_qr = new QrView(this);
    m_qr->setObjectName(QStringLiteral("linkQrView"));
    m_qr->setMinimumSize(180, 180);
    m_aliasNote = new QLabel(tr("The short link is the spbl.eu alias, which no published "
                                "example confirms."),
                             this);
    m_aliasNote->setWordWrap(true);
    m_aliasNote->hide();
    m_copy = new QPushButton(tr("C&opy link"), this);
    m_copy->setObjectName(QStringLiteral("linkCopy"));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (m_payment)
            QApplication::clipboard()->setText(m_payment->link);
    });
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("linkProblem"));
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewLinkDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *right = new QVBoxLayout;
    right->addWidget(m_qr, 1);
    right->addWidget(m_copy);
    auto *top = new QHBoxLayout;
    top->addLayout(form, 1);
    top->addLayout(right);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_link);
    layout->addWidget(m_aliasNote);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_delay, &QTimer::timeout, this, &NewLinkDialog::update);
    for (QLineEdit *e : { m_order, m_amount, m_name, m_email, m_phone, m_description, m_language })
        connect(e, &QLineEdit::textChanged, this, &NewLinkDialog::scheduleUpdate);
    connect(m_currency, &QComboBox::currentTextChanged, this, &NewLinkDialog::scheduleUpdate);
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] {
        if (const auto p = currentProfile())
            m_currency->setCurrentText(p->defaultCurrency);
        scheduleUpdate();
    });
    connect(m_gender, &QComboBox::currentIndexChanged, this, &NewLinkDialog::scheduleUpdate);
    connect(m_expires, &QCheckBox::toggled, this, &NewLinkDialog::scheduleUpdate);
    connect(m_expiry, &QDateEdit::dateChanged, this, &NewLinkDialog::scheduleUpdate);
    if (const auto p = currentProfile())
        m_currency->setCurrentText(p->defaultCurrency);
    update();
}

void NewLinkDialog::setOrder(const Payment &p, std::optional<qint64> profileId)
{
    if (profileId)
        selectProfile(*profileId);
    m_order->setText(p.orderRef);
    // Written with the user's decimal separator, exactly (no floating point).
    m_amount->setText(
        PayByLinkOrders::formatAmount(p.amountMinor, p.currency,
                                      QLocale().decimalPoint() == QStringLiteral(",")
                                          ? PayByLinkProfile::AmountFormat::DecimalComma
                                          : PayByLinkProfile::AmountFormat::DecimalPoint));
    m_currency->setCurrentText(p.currency);
    m_name->setText(p.customerName);
    m_email->setText(p.email);
    m_phone->setText(p.phone);
    m_description->setText(p.description);
    m_language->setText(p.language);
    // A re-issued link gets a fresh expiry.
    m_expires->setChecked(true);
    m_expiry->setDate(QDate::currentDate().addDays(30));
    updateNow();
}

void NewLinkDialog::selectProfile(qint64 profileId)
{
    const int index = m_profile->findData(profileId);
    if (index >= 0)
        m_profile->setCurrentIndex(index);
}

std::optional<PayByLinkProfile> NewLinkDialog::currentProfile() const
{
    const qint64 id = m_profile->currentData().toLongLong();
    for (const PayByLinkProfile &p : m_profiles)
        if (p.id == id)
            return p;
    return std::nullopt;
}

PayByLinkOrders::Input NewLinkDialog::input() const
{
    PayByLinkOrders::Input in;
    in.set(PayByLinkField::Order, m_order->text());
    in.set(PayByLinkField::Amount, m_amount->text());
    in.set(PayByLinkField::Currency, m_currency->currentText());
    in.set(PayByLinkField::Name, m_name->text());
    in.set(PayByLinkField::Email, m_email->text());
    in.set(PayByLinkField::Phone, m_phone->text());
    in.set(PayByLinkField::Description, m_description->text());
    if (m_expires->isChecked())
        in.set(PayByLinkField::Expiry, m_expiry->date().toString(Qt::ISODate));
    in.set(PayByLinkField::Language, m_language->text());
    in.set(PayByLinkField::Gender, m_gender->currentData().toString());
    if (const auto p = currentProfile())
        in.defaultCurrency = p->defaultCurrency;
    return in;
}

QString NewLinkDialog::linkText() const
{
    return m_link->toPlainText();
}

QString NewLinkDialog::problemText() const
{
    return m_problem->text();
}

void NewLinkDialog::scheduleUpdate()
{
    m_delay->start();
}

void NewLinkDialog::updateNow()
{
    m_delay->stop();
    update();
}

void NewLinkDialog::update()
{
    m_payment.reset();
    QString problem;
    const std::optional<PayByLinkProfile> profile = currentProfile();
    PayByLinkOrder order;
    if (!profile) {
        problem = tr("Add a PayByLink profile first (PayByLink ▸ Profiles…).");
    } else {
        const QList<PayByLinkOrders::Problem> problems =
            PayByLinkOrders::parse(input(), fieldDisplayName, &order);
        QStringList messages;
        for (const auto &p : problems)
            messages.append(p.message);
        problem = messages.join(u'\n');
    }
    if (problem.isEmpty()) {
        auto cached = m_passwordCache.constFind(profile->id);
        if (cached == m_passwordCache.constEnd()) {
            const std::optional<QString> password =
                m_passwords ? m_passwords(*profile) : std::nullopt;
            if (password)
                cached = m_passwordCache.insert(profile->id, *password);
        }
        if (cached == m_passwordCache.constEnd()) {
            problem = tr("The profile's password is needed to sign the link.");
        } else {
            Result<Payment> made = PayByLinkOrders::makePayment(*profile, *cached, order);
            if (made)
                m_payment = std::move(made).value();
            else
                problem = made.error().message;
        }
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_link->setPlainText(m_payment ? m_payment->link : QString());
    m_aliasNote->setVisible(m_payment && !m_payment->shortLink.isEmpty());
    if (m_payment) {
        const Result<QrCode> code = QrCode::encodeText(m_payment->preferredLink());
        if (code)
            m_qr->setCode(*code, QrStyle {});
        else
            m_qr->setMessage(code.error().message);
    } else {
        m_qr->setMessage(tr("The QR code appears when the link is complete."));
    }
    m_copy->setEnabled(m_payment.has_value());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_payment.has_value());
}

void NewLinkDialog::accept()
{
    updateNow();
    if (!m_payment)
        return;
    if (m_saveCheck) {
        const QString why = m_saveCheck(*m_payment);
        if (!why.isEmpty()) {
            m_problem->setText(why);
            m_problem->setVisible(true);
            return;
        }
    }
    QDialog::accept();
}

} // namespace paylink
