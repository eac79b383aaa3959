#include "Migrations.h"

#include "Database.h"
#include "SearchStrategy.h"
#include "TransactionGuard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace paylink {

namespace {

struct Migration
{
    int version;
    const char *summary;
    std::function<QStringList(const Database &)> statements;
};

// The payments table of D5 under `name`, with the checks given: version 1
// wrote the enumerations as IN lists, version 4 as ORs; versions 1 to 5
// checked the currency's length, version 6 its range without a function.
QString paymentsTable(const QString &name, const QString &serviceCheck, const QString &statusCheck,
                      const QString &currencyCheck)
{
    return QStringLiteral(
               "CREATE TABLE %1 ("
               "id INTEGER PRIMARY KEY, "
               "service TEXT NOT NULL CHECK (%2), "
               "profile_id INTEGER REFERENCES profiles(id) ON DELETE SET NULL, "
               "external_id TEXT, "
               "order_ref TEXT NOT NULL DEFAULT '', "
               "customer_name TEXT NOT NULL DEFAULT '', "
               "email TEXT NOT NULL DEFAULT '', "
               "phone TEXT NOT NULL DEFAULT '', "
               "amount_minor INTEGER NOT NULL "
               "CHECK (amount_minor BETWEEN 0 AND 1000000000000), "
               "currency TEXT NOT NULL CHECK (%4), "
               "description TEXT NOT NULL DEFAULT '', "
               "language TEXT NOT NULL DEFAULT '', "
               "expiry TEXT, "
               "link TEXT NOT NULL DEFAULT '', "
               "short_link TEXT NOT NULL DEFAULT '', "
               "qr_png BLOB, "
               "status TEXT NOT NULL "
               "CHECK (%3), "
               "last_error TEXT NOT NULL DEFAULT '', "
               "import_batch_id INTEGER REFERENCES import_batches(id) ON DELETE CASCADE, "
               "signed_params TEXT NOT NULL DEFAULT '[]', "
               "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)")
        .arg(name, serviceCheck, statusCheck, currencyCheck);
}

QString lengthCurrencyCheck()
{
    return QStringLiteral("length(currency) = 3");
}

QString orServiceCheck()
{
    return QStringLiteral("service = 'bitrix24' OR service = 'paybylink'");
}

QString orStatusCheck()
{
    return QStringLiteral(
        "status = 'draft' OR status = 'ready' OR status = 'paid' OR status = 'failed'");
}

// The indexes of the payments table at `version`: one per sort the table
// offers (the rowid completes each key), plus the look-ups of sync and
// duplicate checks. Version 5 merged two order indexes into one (D35).
QStringList paymentIndexes(int version)
{
    QStringList list {
        QStringLiteral("CREATE INDEX payments_created ON payments(created_at)"),
        QStringLiteral("CREATE INDEX payments_customer ON payments(customer_name)"),
        QStringLiteral("CREATE INDEX payments_amount ON payments(amount_minor)"),
        QStringLiteral("CREATE INDEX payments_expiry ON payments(expiry)"),
        QStringLiteral("CREATE INDEX payments_status ON payments(status, expiry)"),
        QStringLiteral("CREATE INDEX payments_service ON payments(service)"),
        QStringLiteral("CREATE INDEX payments_batch ON payments(import_batch_id)"),
        // NULL profiles would be distinct in a plain unique index; coalesce them.
        QStringLiteral("CREATE UNIQUE INDEX payments_external ON payments(coalesce(profile_id, 0), "
                       "external_id) WHERE external_id IS NOT NULL"),
    };
    if (version < 5) {
        list << QStringLiteral("CREATE INDEX payments_order ON payments(order_ref)")
             << QStringLiteral(
                    "CREATE INDEX payments_profile_order ON payments(profile_id, order_ref)");
    } else {
        list << QStringLiteral("CREATE INDEX payments_order ON payments(order_ref, profile_id)");
    }
    return list;
}

QStringList version1(const Database &)
{
    return QStringList {
        QStringLiteral("CREATE TABLE schema_version ("
                       "version INTEGER PRIMARY KEY, summary TEXT NOT NULL, "
                       "applied_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE profiles ("
                       "id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, "
                       "service TEXT NOT NULL CHECK (service IN ('bitrix24', 'paybylink')), "
                       "name TEXT NOT NULL UNIQUE, settings TEXT NOT NULL DEFAULT '{}', "
                       "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE import_batches ("
                       "id INTEGER PRIMARY KEY, "
                       "profile_id INTEGER REFERENCES profiles(id) ON DELETE SET NULL, "
                       "source TEXT NOT NULL, created_at TEXT NOT NULL, "
                       "row_count INTEGER NOT NULL DEFAULT 0)"),
        paymentsTable(QStringLiteral("payments"),
                      QStringLiteral("service IN ('bitrix24', 'paybylink')"),
                      QStringLiteral("status IN ('draft', 'ready', 'paid', 'failed')"),
                      lengthCurrencyCheck()),
    }
    + paymentIndexes(1);
}

QStringList version2(const Database &db)
{
    return db.search().createStatements();
}

QStringList version3(const Database &db)
{
    return db.search().backlogStatements();
}

// The status check as an IN list of four values cost about 2.5 µs per
// inserted row (200,000 bulk inserts: +500 ms); as ORs, about 0.3 µs (D32).
// A CHECK cannot be altered, so the table is rebuilt (SQLite's documented
// procedure) with its ids, which the search index keys on.
QStringList version4(const Database &db)
{
    return QStringList {
        QStringLiteral("DROP TRIGGER IF EXISTS payments_fts_ai"),
        QStringLiteral("DROP TRIGGER IF EXISTS payments_fts_ad"),
        QStringLiteral("DROP TRIGGER IF EXISTS payments_fts_au"),
        paymentsTable(QStringLiteral("payments_v4"), orServiceCheck(), orStatusCheck(),
                      lengthCurrencyCheck()),
        QStringLiteral("INSERT INTO payments_v4 SELECT * FROM payments"),
        QStringLiteral("DROP TABLE payments"),
        QStringLiteral("ALTER TABLE payments_v4 RENAME TO payments"),
    }
    + paymentIndexes(4) + db.search().backlogTriggerStatements();
}

// Duplicate checks look up (order_ref, profile_id), and the sort by order
// reference needs order_ref first: one index serves both, where versions 1
// to 4 built two (D35). The bulk import rebuilds one index fewer.
QStringList version5(const Database &)
{
    return QStringList {
        QStringLiteral("DROP INDEX IF EXISTS payments_profile_order"),
        QStringLiteral("DROP INDEX IF EXISTS payments_order"),
        QStringLiteral("CREATE INDEX payments_order ON payments(order_ref, profile_id)"),
    };
}

// A function anywhere in a multi-row INSERT makes SQLite keep a statement
// journal (the function might fail halfway): length() in the currency check
// cost a bulk import of 200,000 rows a copy of about 24,000 pages to a
// temporary file. The check becomes a range without a function; the code
// checks ISO 4217 codes before storing any (D37). Rebuilt as in version 4.
QStringList version6(const Database &db)
{
    return QStringList {
        QStringLiteral("DROP TRIGGER IF EXISTS payments_fts_ai"),
        QStringLiteral("DROP TRIGGER IF EXISTS payments_fts_ad"),
        QStringLiteral("DROP TRIGGER IF EXISTS payments_fts_au"),
        paymentsTable(QStringLiteral("payments_v6"), orServiceCheck(), orStatusCheck(),
                      QStringLiteral("currency BETWEEN 'AAA' AND 'ZZZ'")),
        QStringLiteral("INSERT INTO payments_v6 SELECT * FROM payments"),
        QStringLiteral("DROP TABLE payments"),
        QStringLiteral("ALTER TABLE payments_v6 RENAME TO payments"),
    }
    + paymentIndexes(6) + db.search().backlogTriggerStatements();
}

// Concurrency rules move into the schema (D39, D40):
// - a row version that every UPDATE raises, whoever runs it, so that an edit
//   or an undo can tell that a row changed underneath it;
// - one live PayByLink payment per order reference and profile, or, without
//   a profile (never saved, or deleted since), per `entity_key` (the link up
//   to its query: the environment's address and the entity key, kept for
//   every PayByLink payment with a link), as unique indexes. Earlier duplicates (a
//   re-issue used to add a second payment) stay, marked superseded by the
//   newest one, and are named in the log. The index reads entity_key through
//   coalesce(), inlined by SQLite, so a row without one cannot escape it;
// - the search index kept by plain triggers, filled in the same transaction
//   as every write; the backlog of schemas 3 to 6 goes, and the index is
//   rebuilt, since a killed catch-up could leave it out of step.
QStringList version7(const Database &db)
{
    const QString newest =
        QStringLiteral("(SELECT max(d.id) FROM payments d WHERE d.service = 'paybylink' AND "
                       "d.order_ref = payments.order_ref AND %1)");
    QStringList list {
        QStringLiteral("ALTER TABLE payments ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE payments ADD COLUMN superseded_by INTEGER"),
        QStringLiteral("ALTER TABLE payments ADD COLUMN entity_key TEXT"),
        QStringLiteral("UPDATE payments SET entity_key = substr(link, 1, instr(link || '?', '?') "
                       "- 1) WHERE service = 'paybylink' AND link <> ''"),
        QStringLiteral("UPDATE payments SET superseded_by = %1 WHERE service = 'paybylink' AND "
                       "profile_id IS NOT NULL AND order_ref <> '' AND id < %1")
            .arg(newest.arg(QStringLiteral("d.profile_id = payments.profile_id"))),
        QStringLiteral("UPDATE payments SET superseded_by = %1 WHERE service = 'paybylink' AND "
                       "profile_id IS NULL AND order_ref <> '' AND link <> '' AND id < %1")
            .arg(newest.arg(QStringLiteral("d.profile_id IS NULL AND d.link <> '' AND "
                                           "coalesce(d.entity_key, '') "
                                           "= coalesce(payments.entity_key, '')"))),
        QStringLiteral("CREATE UNIQUE INDEX payments_unique_order ON payments(profile_id, "
                       "order_ref) WHERE service = 'paybylink' AND profile_id IS NOT NULL AND "
                       "order_ref <> '' AND superseded_by IS NULL"),
        QStringLiteral(
            "CREATE UNIQUE INDEX payments_unique_entity_order ON payments(coalesce(entity_key, "
            "''), order_ref) WHERE service = 'paybylink' AND profile_id IS NULL AND "
            "order_ref <> '' AND link <> '' AND superseded_by IS NULL"),
        QStringLiteral("CREATE TRIGGER payments_row_version AFTER UPDATE ON payments "
                       "WHEN new.row_version = old.row_version BEGIN "
                       "UPDATE payments SET row_version = old.row_version + 1 WHERE id = new.id; "
                       "END"),
        QStringLiteral("DROP TRIGGER IF EXISTS payments_fts_ai"),
        QStringLiteral("DROP TRIGGER IF EXISTS payments_fts_ad"),
        QStringLiteral("DROP TRIGGER IF EXISTS payments_fts_au"),
        QStringLiteral("DROP TABLE IF EXISTS search_backlog"),
    };
    list += db.search().triggerStatements();
    if (const QString rebuild = db.search().rebuildStatement(); !rebuild.isEmpty())
        list << rebuild;
    return list;
}

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        { 1, "payments, profiles and import batches", version1 },
        { 2, "substring search index", version2 },
        { 3, "search index may catch up after a bulk import", version3 },
        { 4, "cheaper status and service checks", version4 },
        { 5, "one index for order references and their profile", version5 },
        { 6, "currency check without a function, for multi-row inserts", version6 },
        { 7, "row versions, one payment per order, search index always in step", version7 },
    };
    return list;
}

// Names each payment that migration 7 marked superseded, in the log.
void logSuperseded(const Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT id, order_ref, superseded_by FROM payments WHERE "
                               "superseded_by IS NOT NULL ORDER BY id")))
        return;
    while (q.next())
        qWarning("schema 7: payment %lld (order %s) has a newer payment %lld for the same order; "
                 "it is kept, marked superseded",
                 q.value(0).toLongLong(), qUtf8Printable(q.value(1).toString()),
                 q.value(2).toLongLong());
}

} // namespace

int Migrations::latestVersion()
{
    return migrations().constLast().version;
}

Result<int> Migrations::currentVersion(const Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                               "AND name NOT LIKE 'sqlite_%'")))
        return db.failure(tr("The database schema cannot be read."), q.lastError());
    bool hasVersionTable = false;
    bool hasOtherTables = false;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("schema_version"))
            hasVersionTable = true;
        else
            hasOtherTables = true;
    }
    if (q.lastError().isValid())
        return db.failure(tr("The database schema cannot be read."), q.lastError());
    const QString shown = QDir::toNativeSeparators(db.path());
    if (!hasVersionTable) {
        if (hasOtherTables)
            return Error { tr("“%1” is an SQLite database of another program, not of Paylink "
                              "Desk. It was left untouched; choose another file.")
                               .arg(shown),
                           {} };
        return 0;
    }
    QSqlQuery v(db.connection());
    if (!v.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version"))
        || !v.next())
        return db.failure(tr("The schema version of “%1” cannot be read.").arg(shown),
                          v.lastError());
    // Read as 64 bits and checked against what this version knows: a larger
    // number read as an int would wrap into a known one (2^32 + 6 as 6).
    bool number = false;
    const qint64 found = v.value(0).toLongLong(&number);
    if (!number || found < 0)
        return Error { tr("“%1” has a schema version (%2) that no Paylink Desk writes. It was left "
                          "untouched; choose another file.")
                           .arg(shown, v.value(0).toString()),
                       {} };
    if (found > latestVersion())
        return Error { tr("“%1” was written by a newer Paylink Desk (schema %2; this version "
                          "knows up to %3). Update Paylink Desk; the file was left untouched.")
                           .arg(shown)
                           .arg(found)
                           .arg(latestVersion()),
                       {} };
    return int(found);
}

Result<int> Migrations::migrate(Database &db, int maxVersion)
{
    Result<int> current = currentVersion(db);
    if (!current)
        return current.error();
    int version = *current;
    const QString shown = QDir::toNativeSeparators(db.path());
    const int target = std::min(maxVersion, latestVersion());
    if (version >= target)
        return version;

    if (version > 0) {
        const QString backup = db.path()
            + QStringLiteral(".pre-v%1-%2.bak")
                  .arg(target)
                  .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
        if (Status s = db.backupTo(backup); !s)
            return Error { tr("A backup of “%1” could not be made before updating it, so it was "
                              "left as it is. %2")
                               .arg(shown, s.error().message),
                           s.error().detail };
    }

    for (const Migration &m : migrations()) {
        if (m.version <= version || m.version > target)
            continue;
        TransactionGuard tx(db.connection());
        if (!tx.isActive())
            return tx.error();
        // Another process may have applied it while this one waited for the
        // write lock: the version is read again under the lock.
        const Result<int> now = currentVersion(db);
        if (!now)
            return now.error();
        if (*now >= m.version) {
            version = *now;
            continue;
        }
        for (const QString &sql : m.statements(db)) {
            QSqlQuery q(db.connection());
            if (!q.exec(sql))
                return db.failure(tr("Updating the database “%1” to schema %2 failed; it was left "
                                     "at schema %3.")
                                      .arg(shown)
                                      .arg(m.version)
                                      .arg(version),
                                  q.lastError());
        }
        QSqlQuery record(db.connection());
        record.prepare(QStringLiteral(
            "INSERT INTO schema_version (version, summary, applied_at) VALUES (?, ?, ?)"));
        record.addBindValue(m.version);
        record.addBindValue(QString::fromLatin1(m.summary));
        record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!record.exec())
            return db.failure(tr("Updating the database “%1” failed.").arg(shown),
                              record.lastError());
        if (m.version == 7)
            logSuperseded(db);
        if (Status s = tx.commit(); !s)
            return s.error();
        version = m.version;
    }
    return version;
}

} // namespace paylink
