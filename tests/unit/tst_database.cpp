// Opening the database: private files, pragmas, clear refusals of bad paths
// that never touch the file, backup and restore.
#include "../TestEnv.h"
#include "core/BackgroundPool.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/PaymentStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <sys/stat.h>
#include <unistd.h>

using namespace paylink;

namespace {

int mode(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filesArePrivateAndPragmasSet();
    void existingFileKeepsItsPageSize();
    void refusesBadPaths_data();
    void refusesBadPaths();
    void refusesUnwritableFolder();
    void damagedFileIsReportedNotReplaced();
    void backupAndRestore();
    void checkpointsRunOffThread();
    void secondConnectionKeepsTheFirstOnesLocks();
    void restoreLeavesOtherConnectionsWhole();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestDatabase::filesArePrivateAndPragmasSet()
{
    const QString path = m_dir.filePath(QStringLiteral("new/sub/private.sqlite"));
    auto db = Database::open(path);
    QVERIFY(db.ok());
    Payment p;
    p.amountMinor = 1;
    QVERIFY(PaymentStore(**db).insert(p).ok());
    // While a connection is open the WAL and SHM exist; all three are 0600.
    QCOMPARE(mode(path), 0600);
    QCOMPARE(mode(path + QStringLiteral("-wal")), 0600);
    QCOMPARE(mode(path + QStringLiteral("-shm")), 0600);
    QCOMPARE(mode(m_dir.filePath(QStringLiteral("new/sub"))), 0700);
    QSqlQuery q((*db)->connection());
    const auto pragma = [&q](const char *name) {
        q.exec(QStringLiteral("PRAGMA %1").arg(QString::fromLatin1(name)));
        q.next();
        return q.value(0).toString();
    };
    QCOMPARE(pragma("journal_mode"), QStringLiteral("wal"));
    QCOMPARE(pragma("foreign_keys"), QStringLiteral("1"));
    QCOMPARE(pragma("busy_timeout"), QStringLiteral("5000"));
    QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(pragma("page_size"), QStringLiteral("32768")); // a new file (D34)
}

// A file made with other pages keeps them, and its rows, when opened.
void TestDatabase::existingFileKeepsItsPageSize()
{
    const QString path = m_dir.filePath(QStringLiteral("pages.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        Payment p;
        p.orderRef = QStringLiteral("KEPT");
        p.amountMinor = 5;
        QVERIFY(PaymentStore(**db).insert(p).ok());
    }
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const char *sql : { "PRAGMA journal_mode = DELETE", "PRAGMA page_size = 4096",
                                 "VACUUM", "PRAGMA journal_mode = WAL" })
            QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pages"));
    auto db = Database::open(path);
    QVERIFY(db.ok());
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
    QCOMPARE(q.value(0).toInt(), 4096);
    q.finish();
    const QList<Payment> rows = *PaymentStore(**db).list({});
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().orderRef, QStringLiteral("KEPT"));
}

void TestDatabase::refusesBadPaths_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("is a folder");
    QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not an SQLite file");
    QTest::newRow("other program's SQLite")
        << QStringLiteral("foreign") << QStringLiteral("another program");
    QTest::newRow("newer schema") << QStringLiteral("newer")
                                  << QStringLiteral("newer Paylink Desk");
    // Schema versions past 32 bits are read whole, never wrapped into a known one.
    QTest::newRow("schema 2^32+6")
        << QStringLiteral("4294967302") << QStringLiteral("newer Paylink Desk (schema 4294967302;");
    QTest::newRow("schema 2^63-1")
        << QStringLiteral("9223372036854775807")
        << QStringLiteral("newer Paylink Desk (schema 9223372036854775807;");
    QTest::newRow("negative schema")
        << QStringLiteral("-1") << QStringLiteral("(-1) that no Paylink Desk writes");
    QTest::newRow("under a file") << QStringLiteral("underfile")
                                  << QStringLiteral("cannot be created");
}

void TestDatabase::refusesBadPaths()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QString path = m_dir.filePath(QStringLiteral("bad-") + kind);
    if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(path));
    } else if (kind == QLatin1String("text")) {
        write(path, "my notes\n");
    } else if (kind == QLatin1String("underfile")) {
        write(path, "a file");
        path += QStringLiteral("/payments.sqlite");
    } else {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kind);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        if (kind == QLatin1String("foreign")) {
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (t TEXT)")));
        } else {
            QVERIFY(
                q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                                      "summary TEXT, applied_at TEXT)")));
            const QString version = kind == QLatin1String("newer") ? QStringLiteral("999") : kind;
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (%1, 'future', 'x')")
                               .arg(version)));
        }
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(kind);
    }
    const QByteArray before = QFileInfo(path).isFile() ? contents(path) : QByteArray();
    const auto db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(expected), qPrintable(db.error().message));
    QVERIFY2(
        db.error().message.contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
            || db.error().message.contains(QFileInfo(path).absolutePath()),
        qPrintable(db.error().message));
    if (QFileInfo(path).isFile())
        QCOMPARE(contents(path), before); // untouched, byte for byte
}

void TestDatabase::refusesUnwritableFolder()
{
    if (::geteuid() == 0)
        QSKIP("running as root: permissions do not stop root from writing");
    const QString dir = m_dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(dir));
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const auto db = Database::open(dir + QStringLiteral("/p.sqlite"));
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(QStringLiteral("not writable")),
             qPrintable(db.error().message));
}

void TestDatabase::damagedFileIsReportedNotReplaced()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        for (int i = 0; i < 200; ++i) {
            Payment p;
            p.orderRef = QStringLiteral("ROW-%1").arg(i);
            p.amountMinor = i;
            QVERIFY(PaymentStore(**db).insert(p).ok());
        }
    }
    // Keep the SQLite header, wreck the schema page and what follows.
    QByteArray data = contents(path);
    QVERIFY(data.size() > 8192);
    for (qsizetype i = 100; i < 8192; ++i)
        data[i] = char(0xA5);
    write(path, data);
    const auto db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(QStringLiteral("damaged")),
             qPrintable(db.error().message));
    QVERIFY(db.error().message.contains(QFileInfo(path).absoluteFilePath()));
    QCOMPARE(contents(path), data); // no silent new file in its place
}

void TestDatabase::backupAndRestore()
{
    const QString path = m_dir.filePath(QStringLiteral("live.sqlite"));
    const QString backup = m_dir.filePath(QStringLiteral("copy.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        Payment p;
        p.orderRef = QStringLiteral("BEFORE");
        p.amountMinor = 1;
        QVERIFY(PaymentStore(**db).insert(p).ok());
        QVERIFY((*db)->backupTo(backup).ok());
        QCOMPARE(mode(backup), 0600);
        QVERIFY(!(*db)->backupTo(backup).ok()); // never over an existing file
        p.id = 0;
        p.orderRef = QStringLiteral("AFTER");
        QVERIFY(PaymentStore(**db).insert(p).ok());
    }
    QVERIFY(Database::restore(backup, path).ok());
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".before-restore.bak")));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        const QList<Payment> rows = *PaymentStore(**db).list({});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().orderRef, QStringLiteral("BEFORE"));
    }
    // A file that is not a backup restores nothing.
    const QString junk = m_dir.filePath(QStringLiteral("junk.sqlite"));
    write(junk, QByteArray("SQLite format 3\0 but not really", 32));
    const QByteArray before = contents(path);
    QVERIFY(!Database::restore(junk, path).ok());
    QCOMPARE(contents(path), before);
}

// The GUI's connection leaves the copy of a large write-ahead log to a pool
// thread: the hook sees the commit, the pool copies. Without the hook the
// connection would checkpoint itself and `done` would never be called.
void TestDatabase::checkpointsRunOffThread()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("checkpoint.sqlite")));
    QVERIFY(db.ok());
    std::atomic_int frames = 0;
    std::atomic<QThread *> where = nullptr;
    (*db)->checkpointOffThread([&frames, &where](int n) {
        where = QThread::currentThread();
        frames = n;
    });
    // About 40 MB: over 1000 frames of the 32 KiB pages of a new file (D34),
    // in fields no longer than their limits (D41).
    QList<Payment> payments;
    for (int i = 0; i < 20000; ++i) {
        Payment p;
        p.orderRef = QStringLiteral("CP-%1").arg(i);
        p.customerName = QString(FieldLimits::kName, QChar(u'a' + i % 26));
        p.description = QString(FieldLimits::kDescription, QChar(u'z' - i % 26));
        payments.append(p);
    }
    QVERIFY(PaymentStore(**db).insertAll(payments));
    QTRY_VERIFY(frames.load() >= 1000);
    QVERIFY(where.load() != nullptr);
    QVERIFY(where.load() != QThread::currentThread());
    paylink::backgroundPool()->waitForDone();
    // The copy is done: a checkpoint now finds every frame already in the file.
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(q.value(1).toInt(), q.value(2).toInt());
    q.finish();
    // Small commits do not wake the pool.
    frames = 0;
    Payment one;
    one.orderRef = QStringLiteral("CP-small");
    const auto inserted = PaymentStore(**db).insert(one);
    QVERIFY2(inserted,
             inserted ? "" : qPrintable(inserted.error().message + inserted.error().detail));
    paylink::backgroundPool()->waitForDone();
    QCOMPARE(frames.load(), 0);
}

namespace {

int runCli(const QStringList &args)
{
    QProcess cli;
    cli.start(QStringLiteral(PAYLINK_CLI_PATH), args);
    if (!cli.waitForFinished(60000))
        return -1;
    return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
}

} // namespace

// The window keeps one connection open and opens more for its workers. A
// second open must not drop the first one's POSIX locks (closing any other
// descriptor of the file does): another process closing its connection would
// then think itself the last and delete the WAL and shared memory under us.
void TestDatabase::secondConnectionKeepsTheFirstOnesLocks()
{
    const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
    auto first = Database::open(path);
    QVERIFY(first.ok());
    Payment p;
    p.orderRef = QStringLiteral("SHARED-1");
    p.link = QStringLiteral("https://example.com/pay?o=1");
    p.status = PaymentStatus::Ready;
    QVERIFY(PaymentStore(**first).insert(p));
    {
        auto worker = Database::open(path); // as a worker thread's connection
        QVERIFY(worker.ok());
    }
    const qint64 seen = (*first)->dataVersion();

    QCOMPARE(runCli({ QStringLiteral("list"), QStringLiteral("--db"), path }), 0);
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));
    QVERIFY2(paylink::test::deletedFilesHeldBy(0, path).isEmpty(),
             qPrintable(paylink::test::deletedFilesHeldBy(0, path).join(u' ')));

    // The first connection still sees what another process writes, and writes itself.
    QCOMPARE(runCli({ QStringLiteral("mark-paid"), QStringLiteral("--id"), QString::number(p.id),
                      QStringLiteral("--db"), path }),
             0);
    QVERIFY((*first)->dataVersion() != seen);
    const auto read = PaymentStore(**first).find(p.id);
    QVERIFY(read && *read);
    QCOMPARE((*read)->status, PaymentStatus::Paid);
    QVERIFY(PaymentStore(**first).markPaid({ p.id }, false));
    QCOMPARE(runCli({ QStringLiteral("list"), QStringLiteral("--db"), path }), 0);
    QVERIFY2(paylink::test::deletedFilesHeldBy(0, path).isEmpty(),
             qPrintable(paylink::test::deletedFilesHeldBy(0, path).join(u' ')));
    QSqlQuery check((*first)->connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

// Restore while another connection (the window, a paylink command) has the
// file open: nothing is deleted or replaced under it, it sees the restored
// payments, and it can go on writing.
void TestDatabase::restoreLeavesOtherConnectionsWhole()
{
    const QString path = m_dir.filePath(QStringLiteral("restore-live.sqlite"));
    const QString backup = m_dir.filePath(QStringLiteral("restore-copy.sqlite"));
    auto open = Database::open(path);
    QVERIFY(open.ok());
    Database &live = **open;
    Payment p;
    p.orderRef = QStringLiteral("KEPT");
    QVERIFY(PaymentStore(live).insert(p));
    QVERIFY(live.backupTo(backup));
    for (int i = 0; i < 50; ++i) {
        Payment later;
        later.orderRef = QStringLiteral("LATER-%1").arg(i);
        QVERIFY(PaymentStore(live).insert(later));
    }
    QCOMPARE(*PaymentStore(live).count({}), 51);

    const Status restored = Database::restore(backup, path);
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
    QVERIFY2(paylink::test::deletedFilesHeldBy(0, path).isEmpty(),
             qPrintable(paylink::test::deletedFilesHeldBy(0, path).join(u' ')));
    QCOMPARE(*PaymentStore(live).count({}), 1);
    QCOMPARE(PaymentStore(live).list({})->first().orderRef, QStringLiteral("KEPT"));
    Payment after;
    after.orderRef = QStringLiteral("AFTER-RESTORE");
    QVERIFY(PaymentStore(live).insert(after));
    QCOMPARE(runCli({ QStringLiteral("list"), QStringLiteral("--db"), path }), 0);
    QSqlQuery check(live.connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    // The content before, kept aside.
    auto kept = Database::open(path + QStringLiteral(".before-restore.bak"));
    QVERIFY(kept.ok());
    QCOMPARE(*PaymentStore(**kept).count({}), 51);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".restoring")));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
