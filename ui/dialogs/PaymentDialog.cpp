#include "PaymentDialog.h"

#include "ui_PaymentDialog.h"

#include "QrView.h"

#include "core/Currency.h"
#include "core/Money.h"
#include "store/PaymentStore.h"

#include <QCompleter>
#include <QPushButton>
#include <QTimer>

namespace paylink {

PaymentDialog::PaymentDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PaymentDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("New payment"));
    m_ui->serviceCombo->addItem(serviceDisplayName(Service::PayByLink),
                                serviceName(Service::PayByLink));
    m_ui->serviceCombo->addItem(serviceDisplayName(Service::Bitrix24),
                                serviceName(Service::Bitrix24));
    for (PaymentStatus s :
         { PaymentStatus::Draft, PaymentStatus::Ready, PaymentStatus::Paid, PaymentStatus::Failed })
        m_ui->statusCombo->addItem(statusDisplayName(s), statusName(s));
    m_ui->currencyCombo->addItems(Currency::codes());
    m_ui->currencyCombo->setInsertPolicy(QComboBox::NoInsert);
    m_ui->currencyCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->expiryEdit->setDate(QDate::currentDate().addDays(30));
    m_ui->expiryEdit->setMinimumDate(QDate(2000, 1, 1));
    m_ui->problemLabel->setStyleSheet(QStringLiteral("color: palette(highlight);"));

    // The code of the link being typed, re-rendered once typing settles.
    m_qr = new QrView(this);
    m_qr->setObjectName(QStringLiteral("paymentQrView"));
    m_qr->setMinimumSize(160, 160);
    m_qr->setToolTip(tr("The QR code of the short link, or of the link"));
    m_ui->mainLayout->insertWidget(1, m_qr, 0, Qt::AlignHCenter);
    m_qrDelay = new QTimer(this);
    m_qrDelay->setSingleShot(true);
    m_qrDelay->setInterval(150);
    connect(m_qrDelay, &QTimer::timeout, this, &PaymentDialog::renderQr);
    for (QLineEdit *edit : { m_ui->linkEdit, m_ui->shortLinkEdit })
        connect(edit, &QLineEdit::textChanged, m_qrDelay, qOverload<>(&QTimer::start));

    setPayment(Payment {});

    const auto watch = [this] { revalidate(); };
    for (QLineEdit *edit :
         { m_ui->orderEdit, m_ui->customerEdit, m_ui->emailEdit, m_ui->phoneEdit, m_ui->amountEdit,
           m_ui->descriptionEdit, m_ui->languageEdit, m_ui->linkEdit, m_ui->shortLinkEdit })
        connect(edit, &QLineEdit::textChanged, this, watch);
    connect(m_ui->currencyCombo, &QComboBox::currentTextChanged, this, watch);
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, watch);
    connect(m_ui->expiryCheck, &QCheckBox::toggled, this, watch);
    connect(m_ui->expiryEdit, &QDateEdit::dateChanged, this, watch);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

PaymentDialog::~PaymentDialog() = default;

void PaymentDialog::setPayment(const Payment &p)
{
    m_original = p;
    if (p.id > 0)
        setWindowTitle(
            tr("Edit payment %1").arg(p.orderRef.isEmpty() ? QString::number(p.id) : p.orderRef));
    m_ui->serviceCombo->setCurrentIndex(m_ui->serviceCombo->findData(serviceName(p.service)));
    m_ui->orderEdit->setText(p.orderRef);
    m_ui->customerEdit->setText(p.customerName);
    m_ui->emailEdit->setText(p.email);
    m_ui->phoneEdit->setText(p.phone);
    m_ui->currencyCombo->setCurrentText(p.currency);
    m_ui->amountEdit->setText(
        p.id > 0 || p.amountMinor > 0
            ? Money::format(p.amountMinor, p.currency, locale()).remove(p.currency).trimmed()
            : QString());
    m_ui->descriptionEdit->setText(p.description);
    m_ui->languageEdit->setText(p.language);
    m_ui->expiryCheck->setChecked(p.expiry.isValid());
    if (p.expiry.isValid())
        m_ui->expiryEdit->setDate(p.expiry);
    m_ui->linkEdit->setText(p.link);
    m_ui->shortLinkEdit->setText(p.shortLink);
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(statusName(p.status)));
    revalidate();
    renderQr();
}

Payment PaymentDialog::payment() const
{
    Payment p = m_original;
    p.service =
        serviceFromName(m_ui->serviceCombo->currentData().toString()).value_or(Service::PayByLink);
    p.orderRef = m_ui->orderEdit->text().trimmed();
    p.customerName = m_ui->customerEdit->text().trimmed();
    p.email = m_ui->emailEdit->text().trimmed();
    p.phone = m_ui->phoneEdit->text().trimmed();
    p.currency = m_ui->currencyCombo->currentText().trimmed().toUpper();
    const Result<qint64> amount = Money::parse(m_ui->amountEdit->text(), p.currency, tr("Amount"));
    p.amountMinor = amount ? *amount : 0;
    p.description = m_ui->descriptionEdit->text().trimmed();
    p.language = m_ui->languageEdit->text().trimmed();
    p.expiry = m_ui->expiryCheck->isChecked() ? m_ui->expiryEdit->date() : QDate();
    p.link = m_ui->linkEdit->text().trimmed();
    p.shortLink = m_ui->shortLinkEdit->text().trimmed();
    p.status =
        statusFromName(m_ui->statusCombo->currentData().toString()).value_or(PaymentStatus::Draft);
    return p;
}

QString PaymentDialog::problem() const
{
    const QString currency = m_ui->currencyCombo->currentText().trimmed().toUpper();
    if (!Currency::isKnown(currency))
        return tr("Currency: “%1” is not an ISO 4217 code such as EUR, USD or RUB.").arg(currency);
    const Result<qint64> amount = Money::parse(m_ui->amountEdit->text(), currency, tr("Amount"));
    if (!amount)
        return amount.error().message;
    const Payment p = payment();
    if (m_ui->expiryCheck->isChecked() && p.expiry < QDate::currentDate()
        && p.expiry != m_original.expiry)
        return tr("Expiry: %1 is in the past; choose today or a later date.")
            .arg(locale().toString(p.expiry, QLocale::ShortFormat));
    if (Status s = PaymentStore::validate(p); !s)
        return s.error().message;
    return {};
}

void PaymentDialog::renderQr()
{
    const QString shortLink = m_ui->shortLinkEdit->text().trimmed();
    const QString text = shortLink.isEmpty() ? m_ui->linkEdit->text().trimmed() : shortLink;
    if (text.isEmpty()) {
        m_qr->setMessage(tr("Type a link to see its QR code."));
        return;
    }
    const Result<QrCode> code = QrCode::encodeText(text);
    if (code)
        m_qr->setCode(*code, QrStyle {});
    else
        m_qr->setMessage(code.error().message);
}

void PaymentDialog::revalidate()
{
    const QString why = problem();
    m_ui->problemLabel->setText(why);
    m_ui->problemLabel->setVisible(!why.isEmpty());
    if (QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Save))
        save->setEnabled(why.isEmpty());
}

} // namespace paylink
