#include "Bitrix24Payments.h"

#include "store/PaymentStore.h"

#include <QSet>

namespace paylink {

Result<QList<qint64>> Bitrix24Payments::parseIds(const QString &text)
{
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList range = part.trimmed().split(u'-');
        bool okA = false;
        bool okB = true;
        const qint64 a = range.value(0).trimmed().toLongLong(&okA);
        const qint64 b = range.size() == 2 ? range.value(1).trimmed().toLongLong(&okB) : a;
        if (range.size() > 2 || !okA || !okB || a <= 0 || b < a)
            return Error {
                tr("“%1” is not an id or a range such as 1000-1099.").arg(part.trimmed()), {}
            };
        if (b - a >= kMaxIds || ids.size() + (b - a) >= kMaxIds)
            return Error { tr("at most 10,000 ids at a time."), {} };
        for (qint64 id = a; id <= b; ++id)
            if (!seen.contains(id)) {
                seen.insert(id);
                ids.append(id);
            }
    }
    if (ids.isEmpty())
        return Error { tr("give at least one id."), {} };
    return ids;
}

Payment Bitrix24Payments::localCopy(const PaymentStore &store, std::optional<qint64> profileId,
                                    qint64 remoteId)
{
    const auto existing =
        store.findExternal(Service::Bitrix24, profileId, QString::number(remoteId));
    Payment p = existing && existing->has_value() ? **existing : Payment {};
    p.service = Service::Bitrix24;
    p.profileId = profileId;
    p.externalId = QString::number(remoteId);
    return p;
}

Status Bitrix24Payments::saveLink(PaymentStore &store, std::optional<qint64> profileId,
                                  qint64 remoteId, const Bitrix24Reply::PublicUrl &url,
                                  Payment *payment)
{
    Payment p = localCopy(store, profileId, remoteId);
    if (p.orderRef.isEmpty())
        p.orderRef = QString::number(remoteId);
    p.link = url.url;
    p.shortLink = url.shortUrl;
    p.qrPng = url.qrPng;
    if (p.status != PaymentStatus::Paid)
        p.status = PaymentStatus::Ready;
    p.lastError.clear();
    if (Status s = store.upsertExternal(p); !s)
        return s;
    if (payment)
        *payment = p;
    return success();
}

Result<QList<Payment>>
Bitrix24Payments::saveSynced(PaymentStore &store, std::optional<qint64> profileId,
                             const QList<Bitrix24Reply::RemotePayment> &remote)
{
    QList<Payment> saved;
    for (const Bitrix24Reply::RemotePayment &r : remote) {
        Payment p = localCopy(store, profileId, r.id);
        p.orderRef = r.accountNumber.isEmpty() ? QString::number(r.id) : r.accountNumber;
        p.amountMinor = r.sumMinor;
        p.currency = r.currency;
        p.status = r.paid      ? PaymentStatus::Paid
            : p.link.isEmpty() ? PaymentStatus::Draft
                               : PaymentStatus::Ready;
        if (Status s = store.upsertExternal(p); !s)
            return s.error();
        saved.append(p);
    }
    return saved;
}

Status Bitrix24Payments::markLocal(PaymentStore &store, std::optional<qint64> profileId,
                                   qint64 remoteId, bool paid)
{
    const auto existing =
        store.findExternal(Service::Bitrix24, profileId, QString::number(remoteId));
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return success();
    return store.markPaid({ (*existing)->id }, paid);
}

} // namespace paylink
