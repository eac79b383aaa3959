#include "Payment.h"

#include "core/WebLink.h"

#include <QCoreApplication>

namespace paylink {

QString serviceName(Service service)
{
    return service == Service::Bitrix24 ? QStringLiteral("bitrix24") : QStringLiteral("paybylink");
}

std::optional<Service> serviceFromName(const QString &name)
{
    if (name == QLatin1String("bitrix24"))
        return Service::Bitrix24;
    if (name == QLatin1String("paybylink"))
        return Service::PayByLink;
    return std::nullopt;
}

QString statusName(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Draft:
        return QStringLiteral("draft");
    case PaymentStatus::Ready:
        return QStringLiteral("ready");
    case PaymentStatus::Paid:
        return QStringLiteral("paid");
    case PaymentStatus::Failed:
        return QStringLiteral("failed");
    case PaymentStatus::Expired:
        return QStringLiteral("expired");
    case PaymentStatus::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

std::optional<PaymentStatus> statusFromName(const QString &name)
{
    for (PaymentStatus s : { PaymentStatus::Draft, PaymentStatus::Ready, PaymentStatus::Paid,
                             PaymentStatus::Failed, PaymentStatus::Expired }) {
        if (statusName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString statusDisplayName(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Draft:
        return QCoreApplication::translate("paylink::Payment", "draft");
    case PaymentStatus::Ready:
        return QCoreApplication::translate("paylink::Payment", "ready");
    case PaymentStatus::Paid:
        return QCoreApplication::translate("paylink::Payment", "paid");
    case PaymentStatus::Failed:
        return QCoreApplication::translate("paylink::Payment", "failed");
    case PaymentStatus::Expired:
        return QCoreApplication::translate("paylink::Payment", "expired");
    case PaymentStatus::Unknown:
        return QCoreApplication::translate("paylink::Payment", "unknown");
    }
    return {};
}

QString serviceDisplayName(Service service)
{
    return service == Service::Bitrix24
        ? QCoreApplication::translate("paylink::Payment", "Bitrix24")
        : QCoreApplication::translate("paylink::Payment", "PayByLink");
}

PaymentStatus Payment::effectiveStatus(const QDate &today) const
{
    if (status == PaymentStatus::Ready && expiry.isValid() && expiry < today)
        return PaymentStatus::Expired;
    return status;
}

QString Payment::linkRefusal() const
{
    if (!link.isEmpty())
        if (Status s = WebLink::check(link); !s)
            return QCoreApplication::translate("paylink::Payment", "Link refused: %1")
                .arg(s.error().message);
    if (!shortLink.isEmpty())
        if (Status s = WebLink::check(shortLink); !s)
            return QCoreApplication::translate("paylink::Payment", "Short link refused: %1")
                .arg(s.error().message);
    return {};
}

} // namespace paylink
