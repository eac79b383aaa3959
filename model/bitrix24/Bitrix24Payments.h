#pragma once

#include "Bitrix24Reply.h"
#include "core/Result.h"
#include "store/Payment.h"

#include <QCoreApplication>

#include <optional>

namespace paylink {

class PaymentStore;

// What the CLI and the window do with Bitrix24 answers, in one place: ids
// typed by people, links and synced payments stored as local copies (keyed by
// the portal's profile and the payment id, D26/D28), paid flags mirrored.
class Bitrix24Payments
{
    Q_DECLARE_TR_FUNCTIONS(paylink::Bitrix24Payments)

public:
    static constexpr qsizetype kMaxIds = 10000;

    // "1063", "1,2,3", "1000-1099" and mixes; in the order given, without
    // repeats; at most kMaxIds.
    static Result<QList<qint64>> parseIds(const QString &text);

    // The stored copy of a payment, or a new one for it.
    static Payment localCopy(const PaymentStore &store, std::optional<qint64> profileId,
                             qint64 remoteId);
    // Stores a fetched link (a paid payment stays paid). `payment` gets the id.
    static Status saveLink(PaymentStore &store, std::optional<qint64> profileId, qint64 remoteId,
                           const Bitrix24Reply::PublicUrl &url, Payment *payment = nullptr);
    // Upserts the payments of a deal or invoice; returns the local copies.
    static Result<QList<Payment>> saveSynced(PaymentStore &store, std::optional<qint64> profileId,
                                             const QList<Bitrix24Reply::RemotePayment> &remote);
    // After pay/unpay in Bitrix24: the local copy follows, when there is one.
    static Status markLocal(PaymentStore &store, std::optional<qint64> profileId, qint64 remoteId,
                            bool paid);
};

} // namespace paylink
