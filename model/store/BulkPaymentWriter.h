#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <optional>

struct sqlite3_stmt;

namespace paylink {

class Database;

// Writes very many new PayByLink payments as one import batch, in one
// transaction, through the raw sqlite3 handle with prepared INSERTs of 32
// rows and of one (docs/DECISIONS.md D25). When the import is large next to
// the table, the secondary indexes are dropped first and rebuilt in one pass
// before COMMIT, which is far cheaper than updating them row by row; so is
// the search index of a large import (D31).
// Either the whole batch is committed or nothing is: a failure, abort() or a
// killed process leaves the database as it was.
class BulkPaymentWriter
{
    Q_DECLARE_TR_FUNCTIONS(paylink::BulkPaymentWriter)

public:
    // Payments already checked and signed. Their text is UTF-8 in one
    // buffer, so a chunk of an import costs a few allocations instead of one
    // per value, and clear() keeps the memory for the next chunk.
    class Rows
    {
    public:
        enum Text {
            OrderRef,
            CustomerName,
            Email,
            Phone,
            Currency,
            Description,
            Language,
            Expiry, // yyyy-MM-dd; empty is stored as NULL
            Link,
            ShortLink,
            SignedParams, // JSON array of [name, value] pairs
            TextCount
        };

        // Starts a payment; its texts are empty until set.
        void add(qint64 amountMinor);
        // Set a text of the payment added last.
        void set(Text text, QByteArrayView utf8);
        void set(Text text, QStringView value);
        void setAmountMinor(qsizetype row, qint64 amountMinor);
        void reserve(qsizetype rows, qsizetype bytes);
        void clear();

        qsizetype size() const { return m_rows.size(); }
        bool isEmpty() const { return m_rows.isEmpty(); }
        qint64 amountMinor(qsizetype row) const { return m_rows.at(row).amountMinor; }
        QByteArrayView text(qsizetype row, Text text) const
        {
            const Entry &e = m_rows.at(row);
            return QByteArrayView(m_bytes.constData() + e.offset[text], e.size[text]);
        }

    private:
        struct Entry
        {
            qint64 amountMinor = 0;
            qsizetype offset[TextCount] = {};
            qsizetype size[TextCount] = {};
        };
        void setSpan(Text text, qsizetype offset);
        QByteArray m_bytes;
        QList<Entry> m_rows;
    };

    explicit BulkPaymentWriter(Database &db);
    ~BulkPaymentWriter(); // rolls back unless finish() succeeded
    BulkPaymentWriter(const BulkPaymentWriter &) = delete;
    BulkPaymentWriter &operator=(const BulkPaymentWriter &) = delete;

    // How long begin() waits for another writer (default 120 s), and what it
    // calls once when it starts waiting.
    void setWaiting(int seconds, std::function<void()> waiting);
    // Takes the write lock and creates the import batch.
    Status begin(std::optional<qint64> profileId, const QString &source, qint64 expectedRows);
    Status append(const Rows &rows);
    // Rebuilds what was dropped, records the row count, commits.
    Status finish();
    void abort();

    qint64 batchId() const { return m_batchId; }
    qint64 rowsWritten() const { return m_rows; }
    bool rebuildsIndexes() const { return m_deferIndexes; }
    qint64 indexMilliseconds() const { return m_indexMs; }
    qint64 commitMilliseconds() const { return m_commitMs; }

    // The INSERT of `rows` rows: ?1 profile, ?2 batch, ?3 time, ?4 entity
    // key, then kRowParameters for each row.
    static QByteArray insertStatement(int rows);
    // The columns that INSERT gives one value in every row of an import.
    static QList<QByteArray> sameInEveryRow();

private:
    static constexpr int kShared = 4; // profile, batch, time, entity key
    static constexpr int kRowParameters = 12; // bound per row, after the shared ones
    static constexpr int kGroup = 32; // rows per grouped INSERT
    static void bindRow(sqlite3_stmt *st, int first, const Rows &rows, qsizetype row);
    void finalizeStatements();
    Status exec(const QByteArray &sql, const QString &what);
    Status takeWriteLock();
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
    qint64 m_indexMs = 0;
    qint64 m_commitMs = 0;
    QByteArray m_now;
    QByteArray m_entityKey;
    bool m_entityKeyBound = false;
    int m_waitSeconds = 120;
    std::function<void()> m_waiting;
};

} // namespace paylink
