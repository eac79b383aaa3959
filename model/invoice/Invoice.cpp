#include "Invoice.h"

#include "core/Money.h"

#include <QCoreApplication>

namespace paylink {

Invoice Invoice::fromPayment(const Payment &p, const QLocale &locale)
{
    Invoice invoice;
    const QString reference = !p.orderRef.isEmpty() ? p.orderRef
        : !p.externalId.isEmpty()                   ? p.externalId
                                                    : QString::number(p.id);
    invoice.title = QCoreApplication::translate("paylink::Invoice", "Invoice %1").arg(reference);
    invoice.customer = p.customerName;
    invoice.amount = Money::format(p.amountMinor, p.currency, locale);
    invoice.description = p.description;
    if (p.expiry.isValid())
        invoice.expiry = locale.toString(p.expiry, QLocale::LongFormat);
    invoice.linkRefusal = p.linkRefusal();
    if (invoice.linkRefusal.isEmpty())
        invoice.qrText = p.preferredLink();
    invoice.linkText = invoice.qrText;
    return invoice;
}

} // namespace paylink
