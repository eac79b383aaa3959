#include "DetailPanel.h"

#include "core/Money.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace paylink {

DetailPanel::DetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_qrArea(new QVBoxLayout)
    , m_title(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addLayout(m_qrArea);
    layout->addLayout(m_form);

    m_customer = addRow(tr("Customer:"), QStringLiteral("detailCustomer"));
    m_amount = addRow(tr("Amount:"), QStringLiteral("detailAmount"));
    m_status = addRow(tr("Status:"), QStringLiteral("detailStatus"));
    m_expiry = addRow(tr("Expiry:"), QStringLiteral("detailExpiry"));
    m_description = addRow(tr("Description:"), QStringLiteral("detailDescription"));
    m_shortLink = addRow(tr("Short link:"), QStringLiteral("detailShortLink"));
    m_link = addRow(tr("Link:"), QStringLiteral("detailLink"));
    m_error = addRow(tr("Last error:"), QStringLiteral("detailError"));

    m_open = new QPushButton(tr("&Open in browser"), this);
    m_open->setObjectName(QStringLiteral("openLinkButton"));
    layout->addWidget(m_open);
    layout->addStretch(1);

    connect(m_open, &QPushButton::clicked, this, &DetailPanel::openLinkRequested);
    showPayment(std::nullopt);
}

QLabel *DetailPanel::addRow(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_form->addRow(label, value);
    return value;
}

void DetailPanel::showPayment(const std::optional<Payment> &payment)
{
    const bool has = payment.has_value();
    m_open->setEnabled(has && !payment->preferredLink().isEmpty()
                       && payment->linkRefusal().isEmpty());
    if (!has) {
        m_title->setText(tr("No payment selected"));
        for (QLabel *l : { m_customer, m_amount, m_status, m_expiry, m_description, m_link,
                           m_shortLink, m_error })
            l->clear();
        return;
    }
    const Payment &p = *payment;
    if (!p.orderRef.isEmpty())
        m_title->setText(p.orderRef);
    else if (!p.externalId.isEmpty())
        m_title->setText(tr("%1 payment %2").arg(serviceDisplayName(p.service), p.externalId));
    else
        m_title->setText(tr("Payment %1").arg(p.id));
    m_customer->setText(p.email.isEmpty() ? p.customerName
                                          : tr("%1 <%2>").arg(p.customerName, p.email));
    m_amount->setText(Money::format(p.amountMinor, p.currency, locale()));
    m_status->setText(statusDisplayName(p.effectiveStatus()));
    m_expiry->setText(p.expiry.isValid() ? locale().toString(p.expiry, QLocale::LongFormat)
                                         : tr("none"));
    m_description->setText(p.description);
    m_link->setText(p.link);
    m_shortLink->setText(p.shortLink);
    m_error->setText(p.lastError);
}

} // namespace paylink
