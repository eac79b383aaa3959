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

// A page of the table, with the sort keys of its first and last rows
// (sortColumns() values) for keyset paging.
struct PaymentPage
{
    QList<Payment> rows;
    QVariantList firstKey;
    QVariantList lastKey;
};

// Reads and writes payments. Every write checks the payment first and names the
// field that is wrong; multi-row writes are all-or-nothing.
class PaymentStore
{
    Q_DECLARE_TR_FUNCTIONS(paylink::PaymentStore)

public:
    explicit PaymentStore(Database &db);

    static Status validate(const Payment &payment);
    // A PayByLink link up to its query (the environment and the entity key):
    // with the profile, the scope of the one-payment-per-order rule (D40).
    static QString linkScope(const QString &link);

    // Stores a new payment and sets its id and timestamps. With `keepId` the
    // payment's own id is used (undo of a delete).
    Status insert(Payment &payment, bool keepId = false);
    Status insertAll(QList<Payment> &payments, bool keepIds = false);
    // Writes every column of the payment. When it carries a row version
    // (it was read from the table), only over that same row: a row changed
    // or deleted elsewhere since is refused, naming it, and left as it is.
    // Sets the new row version.
    Status update(Payment &payment);
    // update() for several payments, all or none; the Edit menu's undo.
    Status updateAll(QList<Payment> &payments);
    Status remove(const QList<qint64> &ids);
    // Deletes exactly these rows as they were read (id, row version and
    // creation time; a payment without a row version by its id alone), all
    // or none.
    Status removeUnchanged(const QList<Payment> &payments);
    // Paid, or back to ready (with a link) or draft (without).
    Status markPaid(const QList<qint64> &ids, bool paid);
    // The same for rows as read: refused, all of them, when one changed
    // elsewhere; their new row versions and statuses are set.
    Status markPaid(QList<Payment> &payments, bool paid);
    Result<qint64> rowVersion(qint64 id) const;

    // The whole payment, including the QR image and the signed parameters.
    Result<std::optional<Payment>> find(qint64 id) const;
    // Rows for lists and tables: without the QR image. `broad` says the filter
    // matches many rows (see PaymentFilter::where's scanInSortOrder).
    Result<QList<Payment>> list(const PaymentFilter &filter, const PaymentSort &sort = {},
                                int limit = -1, qint64 offset = 0, bool broad = false) const;
    Result<qint64> count(const PaymentFilter &filter) const;
    // Up to `limit` rows after the row with sort key `after` (from the first
    // row when it is empty), skipping `offset`; with `backwards` the rows
    // before it (from the last row), still returned in sort order. Keyset
    // paging: callers keep `offset` small (docs/DECISIONS.md D43).
    Result<PaymentPage> page(const PaymentFilter &filter, const PaymentSort &sort,
                             const QVariantList &after, bool backwards, int limit,
                             qint64 offset = 0, bool broad = false) const;
    // The sort key of every `every`-th row (the last row of each full page),
    // so that any page can be read by its key. One pass over the matches.
    Result<QList<QVariantList>> bookmarks(const PaymentFilter &filter, const PaymentSort &sort,
                                          int every) const;
    // The row of payment `id` in this filter and sort; -1 when it does not match.
    Result<qint64> position(const PaymentFilter &filter, const PaymentSort &sort, qint64 id) const;
    // The payment of this service and profile with this external id.
    Result<std::optional<Payment>> findExternal(Service service, std::optional<qint64> profileId,
                                                const QString &externalId) const;
    // Inserts the payment, or updates the one with the same service, profile
    // and external id (keeping its local id, creation time and import batch).
    Status upsertExternal(Payment &payment);
    // Deletes an import batch and all its payments in one transaction; the
    // number of payments deleted.
    Result<qint64> removeImportBatch(qint64 batchId);
    // The same, only while none of its payments changed since the import
    // (undo of an import); otherwise nothing is deleted.
    Status removeUnchangedImport(qint64 batchId);
    // The file an import batch came from, and its row count.
    Result<std::pair<QString, qint64>> importBatchInfo(qint64 batchId) const;
    // Which of `orderRefs` already have a payment of this profile.
    Result<QStringList> takenOrderRefs(qint64 profileId, const QStringList &orderRefs) const;
    Result<QList<CurrencyTotal>> totals(const PaymentFilter &filter) const;

private:
    // PaymentFilter::where() for this database's search strategy.
    Error changedElsewhere(const QList<qint64> &ids) const;
    // The batch and its payments, inside the caller's transaction.
    Result<qint64> deleteImportBatch(qint64 batchId);
    QString whereClause(const PaymentFilter &filter, QVariantList &binds, bool broad = false) const;

    Database &m_db;
};

} // namespace paylink
