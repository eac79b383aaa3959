// Faults on real SQLite files, through the real `paylink` binary where a user
// would meet them: a SIGKILL during a 200,000-row import leaves all of it or
// none of it; a full disk (PRAGMA max_page_count) gives a clear message and
// writes nothing; a damaged file is named, refused, and never replaced.
#include "CliHarness.h"

#include "../TestEnv.h"
#include "core/Translations.h"
#include "csv/CsvReader.h"
#include "paybylink/PayByLinkImport.h"
#include "store/Database.h"
#include "store/PaymentStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace paylink;
using paylink::test::CliRun;

namespace {

const QString kKey = QStringLiteral("2b2b9bff-0c96-4f33-a20d-c831ac87e571");
const QString kUser = QStringLiteral("Faultuser");
const QString kPassword = QStringLiteral("Fault-Pass-7");

// `rows` valid PayByLink rows, order refs prefixed so that files do not collide.
QByteArray ordersCsv(int rows, const QString &prefix)
{
    QByteArray csv = "order;name;amount;expiry;description;email\r\n";
    csv.reserve(rows * 80);
    for (int i = 0; i < rows; ++i) {
        csv += prefix.toUtf8() + QByteArray::number(i) + ";Klant " + QByteArray::number(i) + ";"
            + QByteArray::number(i % 5000 + 1) + "," + QByteArray::number(10 + i % 90)
            + ";31-12-2099;Factuur " + QByteArray::number(i) + ";k" + QByteArray::number(i)
            + "@example.nl\r\n";
    }
    return csv;
}

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(paylink::test::readBytes(path), QCryptographicHash::Sha256);
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size();
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killDuringLargeImport();
    void fullDisk_data();
    void fullDisk();
    void damagedFile_data();
    void damagedFile();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QProcessEnvironment env() const;
    QStringList importArgs(const QString &csv, const QString &db) const;
    // One query on its own connection; -1 when it fails.
    qint64 scalar(const QString &db, const QString &sql) const;
    QString integrity(const QString &db) const;
    // A database of `rows` payments made through the store, closed again.
    bool makeDatabase(const QString &db, int rows) const;

    QTemporaryDir m_dir;
    QString m_passwordFile;
};

void TestFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Translations::install(QStringLiteral("en"));
    m_passwordFile = path(QStringLiteral("password.txt"));
    QVERIFY(paylink::test::writeBytes(m_passwordFile, kPassword.toUtf8() + "\n"));
}

QProcessEnvironment TestFaults::env() const
{
    QProcessEnvironment e = paylink::test::isolatedEnvironment(path(QStringLiteral("env")));
    e.insert(QStringLiteral("PAYLINK_KEYCHAIN"), QStringLiteral("session"));
    return e;
}

QStringList TestFaults::importArgs(const QString &csv, const QString &db) const
{
    return { QStringLiteral("paybylink"),
             QStringLiteral("import"),
             csv,
             QStringLiteral("--entity-key"),
             kKey,
             QStringLiteral("--user"),
             kUser,
             QStringLiteral("--password-file"),
             m_passwordFile,
             QStringLiteral("--db"),
             db };
}

qint64 TestFaults::scalar(const QString &db, const QString &sql) const
{
    bool ok = false;
    const QList<QVariantList> rows = paylink::test::sqlRows(db, sql, &ok);
    if (!ok || rows.isEmpty() || rows.first().isEmpty())
        return -1;
    return rows.first().first().toLongLong();
}

QString TestFaults::integrity(const QString &db) const
{
    bool ok = false;
    const QList<QVariantList> rows =
        paylink::test::sqlRows(db, QStringLiteral("PRAGMA integrity_check"), &ok);
    if (!ok || rows.isEmpty())
        return QStringLiteral("(query failed)");
    QStringList lines;
    for (const QVariantList &r : rows)
        lines << r.value(0).toString();
    return lines.join(u'\n');
}

bool TestFaults::makeDatabase(const QString &db, int rows) const
{
    auto opened = Database::open(db);
    if (!opened)
        return false;
    QList<Payment> payments;
    for (int i = 0; i < rows; ++i) {
        Payment p;
        p.service = Service::PayByLink;
        p.status = PaymentStatus::Ready;
        p.orderRef = QStringLiteral("DMG-%1").arg(i);
        p.customerName = QStringLiteral("Klant %1 Jérôme").arg(i);
        p.amountMinor = 100 + i;
        p.currency = QStringLiteral("EUR");
        p.link = QStringLiteral("https://pay.example/l/%1").arg(i);
        payments.append(p);
    }
    return bool(PaymentStore(**opened).insertAll(payments));
}

// ---------------------------------------------------------------------------
// SIGKILL during a 200,000-row import

void TestFaults::killDuringLargeImport()
{
    const int rows = 200000;
    const QString db = path(QStringLiteral("kill.sqlite"));
    const QString wal = db + QStringLiteral("-wal");
    const QString seed = path(QStringLiteral("seed.csv"));
    QVERIFY(paylink::test::writeBytes(seed, ordersCsv(25, QStringLiteral("SEED-"))));
    const CliRun first = paylink::test::runCli(env(), importArgs(seed, db));
    QVERIFY2(first.code == 0, first.describe().constData());
    const QString big = path(QStringLiteral("big.csv"));
    QVERIFY(paylink::test::writeBytes(big, ordersCsv(rows, QStringLiteral("BIG-"))));

    const QString countPayments = QStringLiteral("SELECT count(*) FROM payments");
    const QString countIndexes =
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                       "AND name LIKE 'payments_%'");
    const QString countSearch = QStringLiteral("SELECT count(*) FROM payments_fts");
    const qint64 indexes = scalar(db, countIndexes);
    QCOMPARE(scalar(db, countPayments), 25);
    QVERIFY(indexes >= 9);

    // Kill points that do not depend on this machine's speed: right after the
    // start (reading and checking), then by the size of the write-ahead log,
    // which grows while rows and indexes are written inside the transaction
    // (about 130 MB at COMMIT), then while the search index catches up after
    // it (about 160 MB at the end; D31).
    struct Point
    {
        const char *name;
        qint64 walBytes; // 0: after 300 ms
    };
    const QList<Point> points = { { "while reading", 0 },
                                  { "while inserting", 8 << 20 },
                                  { "while indexing", 70 << 20 },
                                  { "in the search catch-up", 140 << 20 } };
    int killedMidWrite = 0;
    for (const Point &point : points) {
        QVERIFY2(fileSize(wal) < (1 << 20), "the last run left its write-ahead log behind");
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(PAYLINK_CLI_PATH), importArgs(big, db));
        QVERIFY(p.waitForStarted(30000));
        QElapsedTimer clock;
        clock.start();
        bool finished = false;
        while (clock.elapsed() < 300000) {
            if (p.waitForFinished(point.walBytes == 0 ? 300 : 5)) {
                finished = true;
                break;
            }
            if (point.walBytes == 0 || fileSize(wal) >= point.walBytes)
                break;
        }
        if (!finished) {
            ::kill(pid_t(p.processId()), SIGKILL);
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitStatus(), QProcess::CrashExit);
            if (point.walBytes > 0)
                ++killedMidWrite;
        }
        const qint64 count = scalar(db, countPayments);
        qInfo("%s: killed %s, %lld payments afterwards", point.name, finished ? "no" : "yes",
              count);
        QCOMPARE(integrity(db), QStringLiteral("ok"));
        QCOMPARE(scalar(db, countIndexes), indexes);
        QCOMPARE(scalar(db, countSearch), count);
        if (count == 25 + rows) {
            // It committed before the kill: whole, search index included,
            // and the point of the test is gone for the points after this one.
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM import_batches")), 2);
            auto opened = Database::open(db);
            QVERIFY(opened);
            QSqlQuery q((*opened)->connection());
            PaymentFilter last;
            last.search = QStringLiteral("BIG-%1").arg(rows - 1);
            // The check compares the index with every payment.
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO payments_fts(payments_fts, rank) VALUES "
                                           "('integrity-check', 1)")),
                     qPrintable(q.lastError().text()));
            QCOMPARE(*PaymentStore(**opened).count(last), 1);
            break;
        }
        QCOMPARE(count, 25);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM import_batches")), 1);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(*) FROM payments WHERE order_ref "
                                       "LIKE 'BIG-%'")),
                 0);
    }
    // At least one kill must have landed inside the write, or the test proved nothing.
    QVERIFY2(killedMidWrite >= 1, "every import finished before it could be killed");

    // The file takes the whole import afterwards.
    if (scalar(db, countPayments) == 25) {
        const CliRun again = paylink::test::runCli(env(), importArgs(big, db));
        QVERIFY2(again.code == 0, again.describe().constData());
        QVERIFY2(again.out.contains(QStringLiteral("imported 200000")),
                 again.describe().constData());
    }
    QCOMPARE(scalar(db, countPayments), 25 + rows);
    QCOMPARE(scalar(db, countSearch), 25 + rows);
    QCOMPARE(integrity(db), QStringLiteral("ok"));
}

// ---------------------------------------------------------------------------
// A full disk

void TestFaults::fullDisk_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("rows");
    // The bulk path drops and rebuilds the indexes (>= 5,000 rows into a
    // smaller table); the small path writes around them; one payment goes
    // through the store.
    QTest::newRow("bulk import") << QStringLiteral("import") << 20000;
    QTest::newRow("small import") << QStringLiteral("import") << 300;
    QTest::newRow("one payment") << QStringLiteral("insert") << 1;
}

void TestFaults::fullDisk()
{
    QFETCH(QString, how);
    QFETCH(int, rows);
    const QString file = path(QStringLiteral("full-%1-%2.sqlite").arg(how).arg(rows));
    QVERIFY(makeDatabase(file, 400));
    auto opened = Database::open(file);
    QVERIFY(opened);
    Database &db = **opened;
    const auto pages = [&db](const QString &sql) {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    };
    const qint64 used = pages(QStringLiteral("PRAGMA page_count"));
    QVERIFY(used > 0);
    // A few pages of room: less than any of these writes needs.
    QCOMPARE(pages(QStringLiteral("PRAGMA max_page_count = %1").arg(used + 3)), used + 3);

    QString message;
    if (how == QLatin1String("import")) {
        Result<CsvReader::Table> table = CsvReader::parse(ordersCsv(rows, QStringLiteral("F-")));
        QVERIFY(table);
        const auto map = PayByLinkImport::mapColumns(table->header, {});
        QVERIFY(map);
        PayByLinkImport::Options options;
        options.profile.entityKey = kKey;
        options.profile.user = kUser;
        options.password = kPassword;
        options.source = QStringLiteral("full.csv");
        const auto report = PayByLinkImport::run(db, *table, *map, options);
        QVERIFY2(!report, "an import into a full disk reported success");
        message = report.error().message;
    } else {
        Payment p;
        p.service = Service::PayByLink;
        p.status = PaymentStatus::Ready;
        p.orderRef = QStringLiteral("ONE");
        // Needs overflow pages, within the field limits (D41).
        p.customerName = QString(FieldLimits::kName, u'x');
        p.description = QString(FieldLimits::kDescription, u'y');
        p.amountMinor = 1;
        p.currency = QStringLiteral("EUR");
        p.link = QStringLiteral("https://pay.example/one");
        PaymentStore store(db);
        for (int i = 0; i < 50 && message.isEmpty(); ++i) {
            p.id = 0;
            p.orderRef = QStringLiteral("ONE-%1").arg(i);
            const Status s = store.insert(p);
            if (!s)
                message = s.error().message;
        }
        QVERIFY2(!message.isEmpty(), "50 large payments fit into 3 pages");
    }
    QVERIFY2(message.contains(QStringLiteral("disk is full")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("nothing was")), qPrintable(message));

    // Nothing half-written: the same 400 payments, indexes and search index whole.
    {
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }
    const qint64 kept = how == QLatin1String("import")
        ? 400
        : pages(QStringLiteral("SELECT count(*) FROM payments"));
    QCOMPARE(pages(QStringLiteral("SELECT count(*) FROM payments")), kept);
    QCOMPARE(pages(QStringLiteral("SELECT count(*) FROM payments_fts")), kept);
    QCOMPARE(pages(QStringLiteral("SELECT count(*) FROM import_batches")), 0);
    QVERIFY(pages(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                                 "name LIKE 'payments_%'"))
            >= 9);

    // With room again the same work succeeds.
    QVERIFY(pages(QStringLiteral("PRAGMA max_page_count = 1073741823")) > used);
    if (how == QLatin1String("import")) {
        Result<CsvReader::Table> table = CsvReader::parse(ordersCsv(rows, QStringLiteral("F-")));
        QVERIFY(table);
        const auto map = PayByLinkImport::mapColumns(table->header, {});
        PayByLinkImport::Options options;
        options.profile.entityKey = kKey;
        options.profile.user = kUser;
        options.password = kPassword;
        const auto report = PayByLinkImport::run(db, *table, *map, options);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->imported, qint64(rows));
        QCOMPARE(pages(QStringLiteral("SELECT count(*) FROM payments")), 400 + rows);
    }
}

// ---------------------------------------------------------------------------
// A damaged file

void TestFaults::damagedFile_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<bool>("refusedAtOpen");
    // Garbage over the last third of the pages: the file opens, reading the
    // payments fails.
    QTest::newRow("garbage in data pages") << QStringLiteral("tail") << false;
    // The schema page zeroed after the header: refused when opened.
    QTest::newRow("schema page zeroed") << QStringLiteral("schema") << true;
    // Cut in half (a copy interrupted, a full disk while copying).
    QTest::newRow("truncated") << QStringLiteral("truncate") << true;
    // Right magic, impossible page size.
    QTest::newRow("bad page size") << QStringLiteral("pagesize") << true;
}

void TestFaults::damagedFile()
{
    QFETCH(QString, damage);
    QFETCH(bool, refusedAtOpen);
    const QString folder = path(QStringLiteral("damaged-") + damage);
    QVERIFY(QDir().mkpath(folder));
    const QString db = folder + QStringLiteral("/payments.sqlite");
    QVERIFY(makeDatabase(db, 3000));
    QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));
    {
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 100 * 4096);
        if (damage == QLatin1String("tail")) {
            QVERIFY(f.seek((size / 4096) * 2 / 3 * 4096));
            QVERIFY(f.write(QByteArray(size / 3, '\xAB')) > 0);
        } else if (damage == QLatin1String("schema")) {
            QVERIFY(f.seek(100));
            QVERIFY(f.write(QByteArray(4096 - 100, '\0')) > 0);
        } else if (damage == QLatin1String("truncate")) {
            QVERIFY(f.resize(size / 2));
        } else {
            QVERIFY(f.seek(16));
            QVERIFY(f.write(QByteArray("\x01\x23", 2)) == 2);
        }
    }
    const QString exported = folder + QStringLiteral("/out.csv");
    const QString csv = folder + QStringLiteral("/more.csv");
    QVERIFY(paylink::test::writeBytes(csv, ordersCsv(10, QStringLiteral("MORE-"))));
    const QByteArray before = sha256(db);
    const QStringList filesBefore = QDir(folder).entryList(QDir::Files);

    // The CLI: list, export and an import all refuse, name the file, and
    // write nothing (no export file either).
    const QList<QStringList> commands = {
        { QStringLiteral("list"), QStringLiteral("--db"), db },
        { QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("-o"), exported },
        importArgs(csv, db),
    };
    for (const QStringList &args : commands) {
        const CliRun r = paylink::test::runCli(env(), args);
        if (!refusedAtOpen && args.first() == QLatin1String("paybylink")) {
            // Reading the first rows does not reach damaged pages; the import
            // may commit (it checks order refs through the index) or fail.
            // Either way it must not crash.
            QVERIFY2(r.code == 0 || r.code == 1, r.describe().constData());
            continue;
        }
        QVERIFY2(r.code == 1, r.describe().constData());
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(db)), r.describe().constData());
        QVERIFY2(r.err.contains(QStringLiteral("damaged")), r.describe().constData());
        QVERIFY2(!r.err.contains(QStringLiteral("malformed")), r.describe().constData());
        QVERIFY2(r.out.isEmpty(), r.describe().constData());
        QCOMPARE(sha256(db), before);
    }
    QVERIFY(!QFileInfo::exists(exported));
    QCOMPARE(QDir(folder).entryList(QDir::Files), filesBefore);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
