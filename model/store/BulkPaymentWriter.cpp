#include "BulkPaymentWriter.h"

#include "Database.h"
#include "PaymentStore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QStringEncoder>

#include <sqlite3.h>

namespace paylink {

namespace {

// Text, never NULL: SQLite takes a null pointer for NULL, and a view of a
// null QByteArray has one.
void bindText(sqlite3_stmt *s, int index, QByteArrayView value)
{
    sqlite3_bind_text(s, index, value.isNull() ? "" : value.data(), int(value.size()),
                      SQLITE_STATIC);
}

} // namespace

void BulkPaymentWriter::Rows::add(qint64 amountMinor)
{
    Entry &e = m_rows.emplace_back();
    e.amountMinor = amountMinor;
}

void BulkPaymentWriter::Rows::setSpan(Text text, qsizetype offset)
{
    Entry &e = m_rows.last();
    e.offset[text] = offset;
    e.size[text] = m_bytes.size() - offset;
}

void BulkPaymentWriter::Rows::set(Text text, QByteArrayView utf8)
{
    const qsizetype offset = m_bytes.size();
    m_bytes.append(utf8);
    setSpan(text, offset);
}

void BulkPaymentWriter::Rows::set(Text text, QStringView value)
{
    const qsizetype offset = m_bytes.size();
    QStringEncoder utf8(QStringEncoder::Utf8);
    // Room for the longest encoding, then cut to what was written.
    m_bytes.resize(offset + utf8.requiredSpace(value.size()));
    char *end = utf8.appendToBuffer(m_bytes.data() + offset, value);
    m_bytes.resize(end - m_bytes.constData());
    setSpan(text, offset);
}

void BulkPaymentWriter::Rows::setAmountMinor(qsizetype row, qint64 amountMinor)
{
    m_rows[row].amountMinor = amountMinor;
}

void BulkPaymentWriter::Rows::reserve(qsizetype rows, qsizetype bytes)
{
    m_rows.reserve(rows);
    m_bytes.reserve(bytes);
}

void BulkPaymentWriter::Rows::clear()
{
    // resize() keeps the capacity where clear() would free it.
    m_rows.resize(0);
    m_bytes.resize(0);
}

BulkPaymentWriter::BulkPaymentWriter(Database &db)
    : m_db(db)
{ }

BulkPaymentWriter::~BulkPaymentWriter()
{
    abort();
}

Error BulkPaymentWriter::sqliteError(const QString &what) const
{
    sqlite3 *h = m_db.sqliteHandle();
    const int code = h ? sqlite3_extended_errcode(h) : 0;
    return sqliteFailure(
        what, code, m_db.path(),
        h ? QStringLiteral("sqlite %1: %2").arg(code).arg(QString::fromUtf8(sqlite3_errmsg(h)))
          : QString());
}

Status BulkPaymentWriter::exec(const QByteArray &sql, const QString &what)
{
    if (sqlite3_exec(m_db.sqliteHandle(), sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(what);
    return success();
}

Status BulkPaymentWriter::begin(std::optional<qint64> profileId, const QString &source,
                                qint64 expectedRows)
{
    sqlite3 *h = m_db.sqliteHandle();
    if (!h)
        return Error { tr("Bulk import needs the SQLite database."), {} };
    const QString failed = tr("The import could not start; nothing was written.");
    // The rows refer to the batch made here and to an existing profile;
    // checking each reference row by row is skipped (restored in finish()).
    (void)exec("PRAGMA foreign_keys = OFF", failed);
    if (Status s = takeWriteLock(); !s)
        return s;
    m_open = true;
    m_now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();

    sqlite3_stmt *st = nullptr;
    // Rebuilding the indexes pays off when the import is large next to the table.
    qint64 existing = 0;
    if (sqlite3_prepare_v2(h, "SELECT count(*) FROM payments", -1, &st, nullptr) == SQLITE_OK
        && sqlite3_step(st) == SQLITE_ROW)
        existing = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    m_deferIndexes = expectedRows >= 5000 && expectedRows >= existing;
    // Rows going one by one into kept indexes of a larger table find their
    // index pages in a larger page cache (100,000 rows into 200,000: 1.7 s ->
    // 1.3 s). A fresh table with its indexes rebuilt afterwards is quicker
    // with SQLite's default cache: pages go to the WAL as they fill and the
    // index sorts spill to temporary files, instead of 128 MB being
    // allocated and touched (D36).
    if (!m_deferIndexes)
        (void)exec("PRAGMA cache_size = -131072", failed);
    // A large import fills the search index in one pass before COMMIT
    // instead of through the insert trigger row by row: the trigger's
    // virtual-table write would make SQLite keep a statement journal for
    // every grouped INSERT (D37).
    if (expectedRows >= 5000
        && sqlite3_prepare_v2(h,
                              "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = "
                              "'payments_fts_ai'",
                              -1, &st, nullptr)
            == SQLITE_OK) {
        m_deferSearch = sqlite3_step(st) == SQLITE_ROW;
        sqlite3_finalize(st);
    }

    // Plain secondary indexes (when rebuilding them pays) and the search
    // insert trigger (when finish() fills the index in one pass); unique
    // indexes stay, so they keep guarding every row. So does an index whose
    // every key column has the same value in all the imported rows (the
    // batch, the time, the service): it takes the rows in rowid order at one
    // place, as appends, where a rebuild would read the table again and sort
    // (200,000 rows: index 490-545 -> 335-375 ms, insert about +40 ms).
    QByteArray dropped;
    if (m_deferIndexes) {
        QByteArray same;
        for (const QByteArray &column : sameInEveryRow())
            same += QByteArray(same.isEmpty() ? "'" : ", '") + column + '\'';
        dropped += "(type = 'index' AND sql NOT LIKE 'CREATE UNIQUE%' AND EXISTS (SELECT 1 FROM "
                   "pragma_index_xinfo(sqlite_master.name) AS c WHERE c.key AND (c.name IS NULL "
                   "OR c.name NOT IN ("
            + same + "))))";
    }
    if (m_deferSearch)
        dropped += QByteArray(dropped.isEmpty() ? "" : " OR ")
            + "(type = 'trigger' AND name = 'payments_fts_ai')";
    if (!dropped.isEmpty()) {
        const QByteArray sql = "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = "
                               "'payments' AND sql IS NOT NULL AND ("
            + dropped + ')';
        if (sqlite3_prepare_v2(h, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
            return sqliteError(failed);
        QList<QPair<QByteArray, QByteArray>> drops;
        while (sqlite3_step(st) == SQLITE_ROW) {
            const QByteArray type(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
            const QByteArray name(reinterpret_cast<const char *>(sqlite3_column_text(st, 1)));
            m_dropped.append(
                QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 2))));
            drops.append({ type, name });
        }
        sqlite3_finalize(st);
        for (const auto &[type, name] : drops)
            if (Status s = exec("DROP " + type.toUpper() + " \"" + name + '"', failed); !s)
                return s;
    }

    if (sqlite3_prepare_v2(h,
                           "INSERT INTO import_batches (profile_id, source, created_at, row_count) "
                           "VALUES (?, ?, ?, 0)",
                           -1, &st, nullptr)
        != SQLITE_OK)
        return sqliteError(failed);
    if (profileId)
        sqlite3_bind_int64(st, 1, *profileId);
    else
        sqlite3_bind_null(st, 1);
    const QByteArray src = source.toUtf8();
    bindText(st, 2, src);
    bindText(st, 3, m_now);
    const int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return sqliteError(failed);
    m_batchId = sqlite3_last_insert_rowid(h);

    // One statement for a single row and one for kGroup rows: a statement
    // step costs about as much as binding a row, so rows go in groups.
    const auto prepareInsert = [h](int rows, sqlite3_stmt **statement) {
        const QByteArray sql = insertStatement(rows);
        return sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), statement, nullptr);
    };
    if (prepareInsert(1, &m_insert) != SQLITE_OK
        || prepareInsert(kGroup, &m_insertGroup) != SQLITE_OK)
        return sqliteError(failed);
    for (sqlite3_stmt *st : { m_insert, m_insertGroup }) {
        if (profileId)
            sqlite3_bind_int64(st, 1, *profileId);
        else
            sqlite3_bind_null(st, 1);
        sqlite3_bind_int64(st, 2, m_batchId);
        bindText(st, 3, m_now);
    }
    return success();
}

QByteArray BulkPaymentWriter::insertStatement(int rows)
{
    // OR FAIL: a refused row leaves the rows before it in place (the whole
    // import is rolled back anyway). With the default ABORT, SQLite would
    // keep a statement journal to undo a group, copying every page the
    // statement changes to a temporary file first: for 200,000 rows about
    // 24,000 pages, 390 MB of writes (D37). The table's checks call no
    // function, for the same reason.
    QByteArray sql = "INSERT OR FAIL INTO payments (service, profile_id, order_ref, "
                     "customer_name, email, phone, amount_minor, currency, description, "
                     "language, expiry, link, short_link, status, import_batch_id, "
                     "signed_params, created_at, updated_at, entity_key) VALUES ";
    for (int r = 0; r < rows; ++r) {
        const int first = kShared + 1 + r * kRowParameters;
        sql += r ? ", (" : "(";
        sql += "'paybylink', ?1";
        for (int i = 0; i < kRowParameters; ++i) {
            sql += ", ?" + QByteArray::number(first + i);
            if (i == 10) // after short_link
                sql += ", 'ready', ?2";
        }
        sql += ", ?3, ?3, ?4)";
    }
    return sql;
}

QList<QByteArray> BulkPaymentWriter::sameInEveryRow()
{
    return { "service",    "profile_id", "status",    "import_batch_id",
             "created_at", "updated_at", "entity_key" };
}

void BulkPaymentWriter::bindRow(sqlite3_stmt *st, int first, const Rows &rows, qsizetype row)
{
    bindText(st, first, rows.text(row, Rows::OrderRef));
    bindText(st, first + 1, rows.text(row, Rows::CustomerName));
    bindText(st, first + 2, rows.text(row, Rows::Email));
    bindText(st, first + 3, rows.text(row, Rows::Phone));
    sqlite3_bind_int64(st, first + 4, rows.amountMinor(row));
    bindText(st, first + 5, rows.text(row, Rows::Currency));
    bindText(st, first + 6, rows.text(row, Rows::Description));
    bindText(st, first + 7, rows.text(row, Rows::Language));
    if (const QByteArrayView expiry = rows.text(row, Rows::Expiry); expiry.isEmpty())
        sqlite3_bind_null(st, first + 8);
    else
        bindText(st, first + 8, expiry);
    bindText(st, first + 9, rows.text(row, Rows::Link));
    bindText(st, first + 10, rows.text(row, Rows::ShortLink));
    bindText(st, first + 11, rows.text(row, Rows::SignedParams));
}

Status BulkPaymentWriter::takeWriteLock()
{
    sqlite3 *h = m_db.sqliteHandle();
    // Another import (or any writer) may hold the lock for a while: wait in
    // short steps up to the limit, saying once that we wait.
    QElapsedTimer waited;
    waited.start();
    bool told = false;
    sqlite3_busy_timeout(h, 250);
    int rc = SQLITE_BUSY;
    for (;;) {
        rc = sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        if ((rc & 0xff) != SQLITE_BUSY || waited.elapsed() >= qint64(m_waitSeconds) * 1000)
            break;
        if (!told && m_waiting) {
            m_waiting();
            told = true;
        }
    }
    sqlite3_busy_timeout(h, 5000);
    if (rc == SQLITE_OK)
        return success();
    if ((rc & 0xff) == SQLITE_BUSY)
        return Error { tr("Another program kept the database busy for %n second(s); nothing "
                          "was imported. Try again when it is done.",
                          nullptr, m_waitSeconds),
                       QStringLiteral("sqlite %1 waiting for the write lock").arg(rc), true };
    return sqliteError(tr("The import could not start; nothing was written."));
}

void BulkPaymentWriter::setWaiting(int seconds, std::function<void()> waiting)
{
    m_waitSeconds = seconds;
    m_waiting = std::move(waiting);
}

Status BulkPaymentWriter::append(const Rows &rows)
{
    if (!m_insert)
        return Error { tr("The import has not started."), {} };
    const qsizetype to = rows.size();
    if (!m_entityKeyBound && to > 0) {
        // Every row of an import has the same entity and environment: the
        // first link's scope is the batch's (D40).
        m_entityKey = PaymentStore::linkScope(QString::fromUtf8(rows.text(0, Rows::Link))).toUtf8();
        for (sqlite3_stmt *st : { m_insert, m_insertGroup })
            bindText(st, 4, m_entityKey);
        m_entityKeyBound = true;
    }
    for (qsizetype from = 0; from < to;) {
        const bool group = to - from >= kGroup;
        sqlite3_stmt *st = group ? m_insertGroup : m_insert;
        const int count = group ? kGroup : 1;
        for (int r = 0; r < count; ++r)
            bindRow(st, kShared + 1 + r * kRowParameters, rows, from + r);
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE) {
            // OR FAIL keeps the group's rows before the refused one, and
            // counts them as the statement's changes: the message names the
            // refused row. The caller rolls the import back.
            qint64 refused = m_rows + 1;
            if (group && sqlite3_get_autocommit(m_db.sqliteHandle()) == 0)
                refused += qBound(0, sqlite3_changes(m_db.sqliteHandle()), count - 1);
            return sqliteError(
                tr("The import stopped at payment %1; nothing was written.").arg(refused));
        }
        from += count;
        m_rows += count;
    }
    return success();
}

Status BulkPaymentWriter::finish()
{
    if (!m_open)
        return Error { tr("The import has not started."), {} };
    finalizeStatements();
    const QString failed = tr("The import could not be completed; nothing was written.");
    QElapsedTimer t;
    t.start();
    for (const QByteArray &sql : m_dropped)
        if (Status s = exec(sql, failed); !s)
            return s;
    // The rows of this batch into the search index, in the same
    // transaction: it is never out of step with the table (D31).
    if (m_deferSearch) {
        if (Status s = exec("INSERT INTO payments_fts(rowid, order_ref, customer_name, email) "
                            "SELECT id, order_ref, customer_name, email FROM payments WHERE "
                            "import_batch_id = "
                                + QByteArray::number(m_batchId),
                            failed);
            !s)
            return s;
    }
    m_indexMs = t.elapsed();
    if (Status s = exec("UPDATE import_batches SET row_count = " + QByteArray::number(m_rows)
                            + " WHERE id = " + QByteArray::number(m_batchId),
                        failed);
        !s)
        return s;
    if (Status committed = exec("COMMIT", failed); !committed)
        return committed;
    m_open = false;
    m_commitMs = t.elapsed() - m_indexMs;
    (void)exec("PRAGMA foreign_keys = ON", failed);
    return success();
}

void BulkPaymentWriter::finalizeStatements()
{
    sqlite3_finalize(m_insert); // a no-op on nullptr
    sqlite3_finalize(m_insertGroup);
    m_insert = nullptr;
    m_insertGroup = nullptr;
}

void BulkPaymentWriter::abort()
{
    finalizeStatements();
    if (m_open) {
        sqlite3_exec(m_db.sqliteHandle(), "ROLLBACK", nullptr, nullptr, nullptr);
        m_open = false;
        m_batchId = 0;
        m_rows = 0;
    }
    if (sqlite3 *h = m_db.sqliteHandle())
        sqlite3_exec(h, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
}

} // namespace paylink
