#include "DetailPanel.h"

#include "core/Money.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
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
    m_shortLink = addLinkRow(tr("Short link:"), QStringLiteral("detailShortLink"));
    m_link = addLinkRow(tr("Link:"), QStringLiteral("detailLink"));
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
    // A long word (a name without spaces) must never widen the panel: the
    // label takes the width it is given and wraps or clips inside it.
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_form->addRow(label, value);
    return value;
}

// A link has no spaces to wrap at: one line that scrolls and selects exactly
// the link, and never widens the panel (a 400-character PayByLink link did).
QLineEdit *DetailPanel::addLinkRow(const QString &label, const QString &objectName)
{
    auto *value = new QLineEdit(this);
    value->setObjectName(objectName);
    value->setReadOnly(true);
    value->setFrame(false);
    value->setMinimumWidth(40);
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
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
        for (QLabel *l : { m_customer, m_amount, m_status, m_expiry, m_description, m_error })
            l->clear();
        m_link->clear();
        m_shortLink->clear();
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
    m_link->setCursorPosition(0);
    m_shortLink->setText(p.shortLink);
    m_shortLink->setCursorPosition(0);
    m_error->setText(p.lastError);
}

} // namespace paylink
