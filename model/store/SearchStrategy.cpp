#include "SearchStrategy.h"

namespace paylink {

std::unique_ptr<SearchStrategy> SearchStrategy::forDriver(const QString &driverName)
{
    if (driverName == QLatin1String("QSQLITE"))
        return std::make_unique<SqliteTrigramSearch>();
    return std::make_unique<LikeSearch>();
}

QString LikeSearch::condition(const QString &term, QVariantList &binds) const
{
    QString escaped = term;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    const QString pattern = u'%' + escaped + u'%';
    binds << pattern << pattern << pattern;
    return QStringLiteral("(p.order_ref LIKE ? ESCAPE '\\' OR p.customer_name LIKE ? ESCAPE '\\' "
                          "OR p.email LIKE ? ESCAPE '\\')");
}

QStringList SqliteTrigramSearch::createStatements() const
{
    return {
        QStringLiteral("CREATE VIRTUAL TABLE payments_fts USING fts5("
                       "order_ref, customer_name, email, content='payments', content_rowid='id', "
                       "tokenize='trigram')"),
        QStringLiteral("CREATE TRIGGER payments_fts_ai AFTER INSERT ON payments BEGIN "
                       "INSERT INTO payments_fts(rowid, order_ref, customer_name, email) "
                       "VALUES (new.id, new.order_ref, new.customer_name, new.email); END"),
        QStringLiteral("CREATE TRIGGER payments_fts_ad AFTER DELETE ON payments BEGIN "
                       "INSERT INTO payments_fts(payments_fts, rowid, order_ref, customer_name, "
                       "email) VALUES ('delete', old.id, old.order_ref, old.customer_name, "
                       "old.email); END"),
        QStringLiteral("CREATE TRIGGER payments_fts_au AFTER UPDATE OF order_ref, customer_name, "
                       "email ON payments BEGIN "
                       "INSERT INTO payments_fts(payments_fts, rowid, order_ref, customer_name, "
                       "email) VALUES ('delete', old.id, old.order_ref, old.customer_name, "
                       "old.email); "
                       "INSERT INTO payments_fts(rowid, order_ref, customer_name, email) "
                       "VALUES (new.id, new.order_ref, new.customer_name, new.email); END"),
        QStringLiteral("INSERT INTO payments_fts(payments_fts) VALUES ('rebuild')"),
    };
}

namespace {

// The first payment id the search index has not taken in yet; above every id
// when it is up to date.
constexpr auto kBacklogFrom = "(SELECT coalesce(min(from_id), 9223372036854775807) FROM "
                              "search_backlog)";

// The trigger bodies: the old row out of the index, the new one in.
constexpr auto kIndexRemove = "INSERT INTO payments_fts(payments_fts, rowid, order_ref, "
                              "customer_name, email) VALUES ('delete', old.id, old.order_ref, "
                              "old.customer_name, old.email); ";
constexpr auto kIndexAdd = "INSERT INTO payments_fts(rowid, order_ref, customer_name, email) "
                           "VALUES (new.id, new.order_ref, new.customer_name, new.email); ";

} // namespace

QStringList SqliteTrigramSearch::backlogTriggerStatements() const
{
    const QString from = QString::fromLatin1(kBacklogFrom);
    const QString remove = QString::fromLatin1(kIndexRemove);
    const QString add = QString::fromLatin1(kIndexAdd);
    // Rows from the backlog's id on were not in the index: the triggers left
    // them alone, and a catch-up added them later (schemas 3 to 6).
    return {
        QStringLiteral("CREATE TRIGGER payments_fts_ai AFTER INSERT ON payments WHEN new.id < %1 "
                       "BEGIN %2END")
            .arg(from, add),
        QStringLiteral("CREATE TRIGGER payments_fts_ad AFTER DELETE ON payments WHEN old.id < %1 "
                       "BEGIN %2END")
            .arg(from, remove),
        QStringLiteral("CREATE TRIGGER payments_fts_au AFTER UPDATE OF order_ref, customer_name, "
                       "email ON payments WHEN old.id < %1 BEGIN %2%3END")
            .arg(from, remove, add),
    };
}

QStringList SqliteTrigramSearch::backlogStatements() const
{
    return QStringList {
        QStringLiteral("CREATE TABLE search_backlog (from_id INTEGER NOT NULL)"),
        QStringLiteral("DROP TRIGGER payments_fts_ai"),
        QStringLiteral("DROP TRIGGER payments_fts_ad"),
        QStringLiteral("DROP TRIGGER payments_fts_au"),
    }
    + backlogTriggerStatements();
}

// Every insert, delete and change of the searched columns reaches the index
// in the same transaction, whichever program or statement makes it (a
// cascade from `import_batches` included): the external-content index can
// never name a row the table does not hold, which SQLite reports as a
// damaged database on the next delete (D31).
QStringList SqliteTrigramSearch::triggerStatements() const
{
    const QString remove = QString::fromLatin1(kIndexRemove);
    const QString add = QString::fromLatin1(kIndexAdd);
    return {
        QStringLiteral("CREATE TRIGGER payments_fts_ai AFTER INSERT ON payments BEGIN %1END")
            .arg(add),
        QStringLiteral("CREATE TRIGGER payments_fts_ad AFTER DELETE ON payments BEGIN %1END")
            .arg(remove),
        QStringLiteral("CREATE TRIGGER payments_fts_au AFTER UPDATE OF order_ref, customer_name, "
                       "email ON payments BEGIN %1%2END")
            .arg(remove, add),
    };
}

QString SqliteTrigramSearch::checkStatement() const
{
    // rank 1: compare the index with the table's current content too.
    return QStringLiteral(
        "INSERT INTO payments_fts(payments_fts, rank) VALUES ('integrity-check', 1)");
}

QString SqliteTrigramSearch::rebuildStatement() const
{
    return QStringLiteral("INSERT INTO payments_fts(payments_fts) VALUES ('rebuild')");
}

QString SqliteTrigramSearch::condition(const QString &term, QVariantList &binds) const
{
    // The trigram tokenizer needs at least three characters.
    if (term.size() < 3)
        return LikeSearch::condition(term, binds);
    QString phrase = term;
    phrase.replace(u'"', QStringLiteral("\"\""));
    binds << QString(u'"' + phrase + u'"');
    return QStringLiteral("p.id IN (SELECT rowid FROM payments_fts WHERE payments_fts MATCH ?)");
}

} // namespace paylink
