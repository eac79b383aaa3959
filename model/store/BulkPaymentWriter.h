#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

struct sqlite3_stmt;

namespace paylink {

class Database;

// Writes very many new PayByLink payments as one import batch, in one
// transaction, through the raw sqlite3 handle with prepared INSERTs of 32
// rows and of one (docs/DECISIONS.md D25). When the import is large next to
// the table, the secondary indexes are dropped first and rebuilt in one pass
// before COMMIT, which is far cheaper than updating them row by row. A large
// import leaves its rows to SearchBacklog instead of the search index (D31).
// Either the whole batch is committed or nothing is: a failure, abort() or a
// killed process leaves the database as it was.
class BulkPaymentWriter
{
    Q_DECLARE_TR_FUNCTIONS(paylink::BulkPaymentWriter)

public:
    // One payment, already checked and signed, as UTF-8 bytes.
    struct Row
    {
        QByteArray orderRef;
        QByteArray customerName;
        QByteArray email;
        QByteArray phone;
        qint64 amountMinor = 0;
        QByteArray currency;
        QByteArray description;
        QByteArray language;
        QByteArray expiry; // yyyy-MM-dd or empty
        QByteArray link;
        QByteArray shortLink;
        QByteArray signedParams; // JSON array of [name, value] pairs
    };

    explicit BulkPaymentWriter(Database &db);
    ~BulkPaymentWriter(); // rolls back unless finish() succeeded
    BulkPaymentWriter(const BulkPaymentWriter &) = delete;
    BulkPaymentWriter &operator=(const BulkPaymentWriter &) = delete;

    // Takes the write lock and creates the import batch.
    Status begin(std::optional<qint64> profileId, const QString &source, qint64 expectedRows);
    Status append(const QList<Row> &rows);
    // Rebuilds what was dropped, records the row count, commits.
    Status finish();
    void abort();

    qint64 batchId() const { return m_batchId; }
    qint64 rowsWritten() const { return m_rows; }
    bool rebuildsIndexes() const { return m_deferIndexes; }
    // The search index takes these rows in later (SearchBacklog::catchUp()).
    bool defersSearch() const { return m_deferSearch; }
    qint64 indexMilliseconds() const { return m_indexMs; }
    qint64 commitMilliseconds() const { return m_commitMs; }

private:
    static constexpr int kRowParameters = 12; // bound per row, after 3 shared ones
    static constexpr int kGroup = 32; // rows per grouped INSERT
    static void bindRow(sqlite3_stmt *st, int first, const Row &r);
    void finalizeStatements();
    Status insert(const QList<Row> &rows, qsizetype from, qsizetype to, bool grouped);
    Status exec(const QByteArray &sql, const QString &what);
    Error sqliteError(const QString &what) const;

    Database &m_db;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_insertGroup = nullptr;
    bool m_open = false;
    bool m_deferIndexes = false;
    bool m_deferSearch = false;
    QList<QByteArray> m_dropped; // CREATE statements to run again
    qint64 m_batchId = 0;
    qint64 m_rows = 0;
    qint64 m_firstId = 0;
    qint64 m_indexMs = 0;
    qint64 m_commitMs = 0;
    QByteArray m_now;
};

} // namespace paylink
