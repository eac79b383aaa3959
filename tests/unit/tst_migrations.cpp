// An older-schema file is backed up, then migrated with its rows intact.
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/PaymentStore.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace paylink;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void migratesOlderFileWithBackup();
    void freshFileNeedsNoBackup();
    void searchIndexSurvivesTableRebuild();
    void orderIndexServesDuplicateChecks();
    void currencyCheckCallsNoFunction();
    void version7KeepsDuplicatesAsSupersededAndRefusesNewOnes();
};

void TestMigrations::migratesOlderFileWithBackup()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        auto v1 = Database::openAtVersion(path, 1);
        QVERIFY2(v1.ok(), v1.ok() ? "" : qPrintable(v1.error().message));
        QCOMPARE((*v1)->schemaVersion(), 1);
        QSqlQuery q((*v1)->connection());
        QVERIFY(!q.exec(QStringLiteral("SELECT count(*) FROM payments_fts"))); // not yet there
        for (int i = 0; i < 50; ++i)
            QVERIFY(q.exec(
                QStringLiteral(
                    "INSERT INTO payments (service, order_ref, customer_name, amount_minor, "
                    "currency, "
                    "status, created_at, updated_at) VALUES ('paybylink', 'OLD-%1', 'Клиент %1', "
                    "%1, "
                    "'EUR', 'draft', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')")
                    .arg(i)));
    }
    auto db = Database::open(path);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
    QVERIFY(Migrations::latestVersion() >= 2);

    // The backup beside it: private, still at schema 1, with the rows.
    const QStringList backups =
        QDir(dir.path()).entryList({ QStringLiteral("old.sqlite.pre-v*.bak") });
    QCOMPARE(backups.size(), 1);
    const QString backup = dir.filePath(backups.first());
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(backup).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
        raw.setDatabaseName(backup);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT max(version), (SELECT count(*) FROM payments) FROM schema_version")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 50);
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("backup"));
    }

    // The migrated file: every version recorded, rows intact and searchable.
    QSqlQuery versions((*db)->connection());
    QVERIFY(versions.exec(QStringLiteral("SELECT group_concat(version) FROM schema_version")));
    QVERIFY(versions.next());
    QCOMPARE(versions.value(0).toString(), QStringLiteral("1,2,3,4,5,6,7"));
    PaymentFilter f;
    f.search = QStringLiteral("клиент 4"); // matches 4 and 40..49
    QCOMPARE(*PaymentStore(**db).count(f), 11);
    QCOMPARE(*PaymentStore(**db).count({}), 50);

    // Opening again migrates nothing and makes no new backup.
    db = Database::open(path);
    QVERIFY(db.ok());
    QCOMPARE(QDir(dir.path()).entryList({ QStringLiteral("old.sqlite.pre-v*.bak") }).size(), 1);
}

void TestMigrations::freshFileNeedsNoBackup()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("fresh.sqlite")));
    QVERIFY(db.ok());
    QCOMPARE(QDir(dir.path()).entryList({ QStringLiteral("*.bak") }).size(), 0);
}

// Version 4 rebuilds the payments table: the ids, the search index keyed on
// them, the indexes and the rules all come through.
void TestMigrations::searchIndexSurvivesTableRebuild()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    {
        auto v2 = Database::openAtVersion(path, 2);
        QVERIFY2(v2.ok(), v2.ok() ? "" : qPrintable(v2.error().message));
        QSqlQuery q((*v2)->connection());
        for (int i = 1; i <= 30; ++i)
            QVERIFY(q.exec(QStringLiteral("INSERT INTO payments (id, service, order_ref, "
                                          "customer_name, amount_minor, currency, status, "
                                          "created_at, updated_at) VALUES (%1, 'paybylink', "
                                          "'R-%1', 'Zoë %1', %1, 'EUR', 'ready', "
                                          "'2025-01-01T00:00:00.000Z', "
                                          "'2025-01-01T00:00:00.000Z')")
                               .arg(i * 7)));
    }
    auto db = Database::open(path);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'payments'")));
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toString().contains(QStringLiteral("status = 'draft' OR")),
             qPrintable(q.value(0).toString()));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE tbl_name = "
                                  "'payments' AND type IN ('index', 'trigger')")));
    QVERIFY(q.next());
    // 11 indexes (10 before version 5, 9 before 7), 3 search triggers and
    // the row version's
    QCOMPARE(q.value(0).toInt(), 15);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO payments_fts(payments_fts, rank) VALUES "
                                  "('integrity-check', 1)")));
    PaymentFilter f;
    f.search = QStringLiteral("Zoë 2"); // ids are 7, 14 … 210: 21, 28, 203 and 210
    QCOMPARE(*PaymentStore(**db).count(f), 4);
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM payments WHERE order_ref = 'R-210'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 210);
    // The rules still hold.
    QVERIFY(!q.exec(QStringLiteral("UPDATE payments SET status = 'lost' WHERE id = 7")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE payments SET service = 'other' WHERE id = 7")));
    QVERIFY(q.exec(QStringLiteral("UPDATE payments SET status = 'paid', customer_name = "
                                  "'Anders' WHERE id = 7")));
    f.search = QStringLiteral("Anders");
    QCOMPARE(*PaymentStore(**db).count(f), 1);
}

// Version 5 replaces the order and (profile, order) indexes by one on
// (order_ref, profile_id); both look-ups still go through an index.
void TestMigrations::orderIndexServesDuplicateChecks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    {
        auto v4 = Database::openAtVersion(path, 4);
        QVERIFY2(v4.ok(), v4.ok() ? "" : qPrintable(v4.error().message));
        QSqlQuery q((*v4)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                      "'payments_profile_order'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
    auto db = Database::open(path);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT group_concat(name) FROM pragma_index_info("
                                  "'payments_order')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("order_ref,profile_id"));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                  "'payments_profile_order'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    const auto plan = [&q](const QString &sql) {
        QString all;
        if (q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
            while (q.next())
                all += q.value(3).toString() + u'\n';
        return all;
    };
    // PaymentStore::takenOrderRefs: a few refs one by one, many in one pass.
    QString p = plan(
        QStringLiteral("SELECT 1 FROM payments WHERE order_ref = 'A' AND profile_id = 1 LIMIT 1"));
    QVERIFY2(p.contains(QStringLiteral("payments_order (order_ref=? AND profile_id=?)")),
             qPrintable(p));
    p = plan(QStringLiteral("SELECT order_ref FROM payments WHERE profile_id = 1"));
    QVERIFY2(p.contains(QStringLiteral("COVERING INDEX payments_order")), qPrintable(p));
    // The sort by order reference reads the index in order.
    p = plan(QStringLiteral("SELECT id FROM payments p ORDER BY p.order_ref ASC, p.id ASC "
                            "LIMIT 50"));
    QVERIFY2(p.contains(QStringLiteral("payments_order")), qPrintable(p));
}

// Version 6 rebuilds the payments table with a currency check that calls no
// function (D37): rows, ids and indexes stay, and the check still refuses
// what is plainly not a currency code.
void TestMigrations::currencyCheckCallsNoFunction()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    const QString insert = QStringLiteral(
        "INSERT INTO payments (id, service, order_ref, amount_minor, currency, status, "
        "created_at, updated_at) VALUES (%1, 'paybylink', 'C-%1', 100, '%2', 'ready', 'now', "
        "'now')");
    {
        auto v5 = Database::openAtVersion(path, 5);
        QVERIFY2(v5.ok(), v5.ok() ? "" : qPrintable(v5.error().message));
        QSqlQuery q((*v5)->connection());
        QVERIFY(q.exec(insert.arg(7).arg(QStringLiteral("EUR"))));
        QVERIFY(!q.exec(insert.arg(8).arg(QStringLiteral("EURO")))); // length() said no
    }
    auto db = Database::open(path);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, order_ref, currency FROM payments")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 7);
    QCOMPARE(q.value(1).toString(), QStringLiteral("C-7"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("EUR"));
    QVERIFY(!q.next());
    QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'payments'")));
    QVERIFY(q.next());
    QVERIFY2(!q.value(0).toString().contains(QLatin1String("length(")),
             qPrintable(q.value(0).toString()));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE tbl_name = "
                                  "'payments' AND type IN ('index', 'trigger')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 15); // 11 indexes, 3 search triggers, the row version's
    for (const char *refused : { "eur", "", "123", "\u20ac\u20ac\u20ac" }) {
        QVERIFY2(!q.exec(insert.arg(9).arg(QString::fromUtf8(refused))), refused);
    }
    QVERIFY(q.exec(insert.arg(9).arg(QStringLiteral("USD"))));
}

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

// Schema 6 files hold duplicate orders (a re-issue added a second payment)
// and may hold a search backlog a killed catch-up left. Version 7 keeps every
// payment, marks the older duplicates superseded by the newest, puts the
// one-payment-per-order rule and the row version into the schema, and leaves
// the search index in step with the table.
void TestMigrations::version7KeepsDuplicatesAsSupersededAndRefusesNewOnes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.sqlite"));
    const QString link = QStringLiteral(
        "https://secure.paylinkdesk.test/pay/2b2b9bff-0c96-4f33-a20d-c831ac87e571?o=%1");
    {
        auto v6 = Database::openAtVersion(path, 6);
        QVERIFY2(v6.ok(), v6.ok() ? "" : qPrintable(v6.error().message));
        QSqlQuery q((*v6)->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO profiles (uid, service, name, created_at, "
                                      "updated_at) VALUES ('u1', 'paybylink', 'Shop', 'x', 'x')")));
        const auto add = [&q, &link](const QString &order, const QString &profile,
                                     const QString &name) {
            return q.exec(QStringLiteral("INSERT INTO payments (service, profile_id, order_ref, "
                                         "customer_name, amount_minor, currency, link, status, "
                                         "created_at, updated_at) VALUES ('paybylink', %1, '%2', "
                                         "'%3', 100, 'EUR', '%4', 'ready', "
                                         "'2026-01-01T00:00:00.000Z', "
                                         "'2026-01-01T00:00:00.000Z')")
                              .arg(profile, order, name, link.arg(order)));
        };
        QVERIFY(add(QStringLiteral("INV-1"), QStringLiteral("1"), QStringLiteral("Eerste")));
        QVERIFY(add(QStringLiteral("INV-1"), QStringLiteral("1"), QStringLiteral("Tweede")));
        QVERIFY(add(QStringLiteral("INV-1"), QStringLiteral("1"), QStringLiteral("Derde")));
        QVERIFY(add(QStringLiteral("INV-2"), QStringLiteral("NULL"), QStringLiteral("Los")));
        QVERIFY(add(QStringLiteral("INV-2"), QStringLiteral("NULL"), QStringLiteral("Los2")));
        QVERIFY(add(QStringLiteral("INV-3"), QStringLiteral("1"), QStringLiteral("Alleen")));
        // A stale backlog: rows from id 2 on are said to be outside the index.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO search_backlog (from_id) VALUES (2)")));
    }
    auto db = Database::open(path);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    Database &d = **db;
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM payments")), 6);
    QSqlQuery q(d.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT group_concat(id || ':' || superseded_by, ' ') FROM "
                                  "(SELECT id, superseded_by FROM payments WHERE superseded_by "
                                  "IS NOT NULL ORDER BY id)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("1:3 2:3 4:5"));
    QCOMPARE(scalar(d,
                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                   "'search_backlog'")),
             0);
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO payments_fts(payments_fts, rank) VALUES "
                                   "('integrity-check', 1)")),
             qPrintable(q.lastError().text()));

    // The rule holds for any writer, with and without a profile.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO payments (service, profile_id, order_ref, "
                                   "amount_minor, currency, link, entity_key, status, "
                                   "created_at, updated_at) VALUES ('paybylink', 1, 'INV-3', 1, "
                                   "'EUR', 'https://x.test/p?o=1', 'https://x.test/p', 'ready', "
                                   "'x', 'x')")));
    Payment loose;
    loose.orderRef = QStringLiteral("INV-2");
    loose.link = link.arg(QStringLiteral("INV-2"));
    loose.status = PaymentStatus::Ready;
    const Status refused = PaymentStore(d).insert(loose);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("INV-2")),
             qPrintable(refused.error().message));
    // Another entity key is another scope.
    loose.link = QStringLiteral("https://secure.paylinkdesk.test/pay/other?o=INV-2");
    QVERIFY(PaymentStore(d).insert(loose));

    // Every UPDATE raises the row version, whoever runs it.
    QCOMPARE(scalar(d, QStringLiteral("SELECT row_version FROM payments WHERE id = 6")), 1);
    QVERIFY(q.exec(QStringLiteral("UPDATE payments SET customer_name = 'X' WHERE id = 6")));
    QCOMPARE(scalar(d, QStringLiteral("SELECT row_version FROM payments WHERE id = 6")), 2);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
