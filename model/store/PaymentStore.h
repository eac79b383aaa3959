#pragma once

#include <QCoreApplication>

#include "Payment.h"
#include "PaymentFilter.h"
#include "core/Int128.h"
#include "core/Result.h"

#include <QList>

#include <optional>
#include <utility>

namespace paylink {

class Database;

struct CurrencyTotal
{
    QString currency;
    qint64 count = 0;
    Int128 sumMinor = 0; // exact, cannot overflow (docs/DECISIONS.md D9)
};

// Reads and writes payments. Every write checks the payment first and names the
// field that is wrong; multi-row writes are all-or-nothing.
class PaymentStore
{
    Q_DECLARE_TR_FUNCTIONS(paylink::PaymentStore)

public:
    explicit PaymentStore(Database &db);

    static Status validate(const Payment &payment);

    // Stores a new payment and sets its id and timestamps. With `keepId` the
    // payment's own id is used (undo of a delete).
    Status insert(Payment &payment, bool keepId = false);
    Status insertAll(QList<Payment> &payments, bool keepIds = false);
    Status update(Payment &payment);
    Status remove(const QList<qint64> &ids);
    // Paid, or back to ready (with a link) or draft (without).
    Status markPaid(const QList<qint64> &ids, bool paid);

    // The whole payment, including the QR image and the signed parameters.
    Result<std::optional<Payment>> find(qint64 id) const;
    // Rows for lists and tables: without the QR image. `broad` says the filter
    // matches many rows (see PaymentFilter::where's scanInSortOrder).
    Result<QList<Payment>> list(const PaymentFilter &filter, const PaymentSort &sort = {},
                                int limit = -1, qint64 offset = 0, bool broad = false) const;
    Result<qint64> count(const PaymentFilter &filter) const;
    // The payment of this service and profile with this external id.
    Result<std::optional<Payment>> findExternal(Service service, std::optional<qint64> profileId,
                                                const QString &externalId) const;
    // Inserts the payment, or updates the one with the same service, profile
    // and external id (keeping its local id, creation time and import batch).
    Status upsertExternal(Payment &payment);
    // Deletes an import batch and all its payments in one transaction; the
    // number of payments deleted.
    Result<qint64> removeImportBatch(qint64 batchId);
    // The file an import batch came from, and its row count.
    Result<std::pair<QString, qint64>> importBatchInfo(qint64 batchId) const;
    // Which of `orderRefs` already have a payment of this profile.
    Result<QStringList> takenOrderRefs(qint64 profileId, const QStringList &orderRefs) const;
    Result<QList<CurrencyTotal>> totals(const PaymentFilter &filter) const;

private:
    // PaymentFilter::where() with the search index's backlog (D31).
    QString whereClause(const PaymentFilter &filter, QVariantList &binds, bool broad = false) const;

    Database &m_db;
};

} // namespace paylink
