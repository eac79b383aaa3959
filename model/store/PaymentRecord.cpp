#include "PaymentRecord.h"

namespace paylink {

QStringList PaymentRecord::fieldNames()
{
    return {
        QStringLiteral("id"),         QStringLiteral("service"),     QStringLiteral("profile"),
        QStringLiteral("externalId"), QStringLiteral("orderRef"),    QStringLiteral("customerName"),
        QStringLiteral("email"),      QStringLiteral("phone"),       QStringLiteral("amountMinor"),
        QStringLiteral("currency"),   QStringLiteral("description"), QStringLiteral("language"),
        QStringLiteral("expiry"),     QStringLiteral("link"),        QStringLiteral("shortLink"),
        QStringLiteral("status"),     QStringLiteral("createdAt"),   QStringLiteral("updatedAt")
    };
}

QStringList PaymentRecord::values(const Payment &p)
{
    return { QString::number(p.id),
             serviceName(p.service),
             p.profileName,
             p.externalId,
             p.orderRef,
             p.customerName,
             p.email,
             p.phone,
             QString::number(p.amountMinor),
             p.currency,
             p.description,
             p.language,
             p.expiry.isValid() ? p.expiry.toString(Qt::ISODate) : QString(),
             p.link,
             p.shortLink,
             statusName(p.effectiveStatus()),
             p.createdAt.toUTC().toString(Qt::ISODateWithMs),
             p.updatedAt.toUTC().toString(Qt::ISODateWithMs) };
}

QJsonObject PaymentRecord::toJson(const Payment &p)
{
    const QStringList names = fieldNames();
    const QStringList text = values(p);
    QJsonObject o;
    for (qsizetype i = 0; i < names.size(); ++i)
        o.insert(names.at(i), text.at(i));
    o.insert(QStringLiteral("id"), p.id);
    o.insert(QStringLiteral("amountMinor"), p.amountMinor);
    if (!p.expiry.isValid())
        o.insert(QStringLiteral("expiry"), QJsonValue::Null);
    return o;
}

} // namespace paylink
