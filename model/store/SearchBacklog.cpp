#include "SearchBacklog.h"

#include "Database.h"
#include "SearchStrategy.h"
#include "TransactionGuard.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace paylink {

namespace {

bool keepsBacklog(const Database &db)
{
    return !db.search().backlogStatements().isEmpty();
}

} // namespace

Result<std::optional<qint64>> SearchBacklog::pendingFrom(Database &db)
{
    if (!keepsBacklog(db))
        return std::optional<qint64>();
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT min(from_id) FROM search_backlog")) || !q.next())
        return db.failure(tr("The state of the search index cannot be read."), q.lastError());
    if (q.value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<SearchBacklog::Progress> SearchBacklog::catchUp(Database &db, const std::atomic_bool *cancel,
                                                       qint64 chunkRows)
{
    Progress progress;
    if (!keepsBacklog(db))
        return progress;
    const QString failed = tr("The search index could not take in the latest import; searches "
                              "still find its payments, more slowly.");
    QElapsedTimer timer;
    timer.start();
    // The checkpoint below copies the whole import at once, not chunk by chunk.
    QSqlQuery pragma(db.connection());
    (void)pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    const auto restore = qScopeGuard([&db] {
        QSqlQuery q(db.connection());
        (void)q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 1000"));
    });
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            progress.cancelled = true;
            break;
        }
        TransactionGuard tx(db.connection());
        if (!tx.isActive())
            return tx.error();
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT min(from_id), (SELECT max(id) FROM payments) FROM "
                                   "search_backlog"))
            || !q.next())
            return db.failure(failed, q.lastError());
        if (q.value(0).isNull())
            break;
        const qint64 from = q.value(0).toLongLong();
        const qint64 last = q.value(1).isNull() ? from : q.value(1).toLongLong();
        const qint64 to = from + chunkRows;
        q.finish();
        QSqlQuery add(db.connection());
        add.prepare(QStringLiteral("INSERT INTO payments_fts(rowid, order_ref, customer_name, "
                                   "email) SELECT id, order_ref, customer_name, email FROM "
                                   "payments WHERE id >= ? AND id < ?"));
        add.addBindValue(from);
        add.addBindValue(to);
        if (!add.exec())
            return db.failure(failed, add.lastError());
        progress.rows += add.numRowsAffected();
        QSqlQuery move(db.connection());
        if (to > last) {
            if (!move.exec(QStringLiteral("DELETE FROM search_backlog")))
                return db.failure(failed, move.lastError());
        } else {
            move.prepare(QStringLiteral("UPDATE search_backlog SET from_id = ?"));
            move.addBindValue(to);
            if (!move.exec())
                return db.failure(failed, move.lastError());
        }
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    progress.indexMs = timer.restart();
    if (progress.rows > 0) {
        // Passive: readers and writers are not held up; what they keep busy
        // is copied by a later checkpoint.
        (void)pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        progress.checkpointMs = timer.elapsed();
    }
    return progress;
}

} // namespace paylink
