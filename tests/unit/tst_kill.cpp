// A writer process killed with SIGKILL in the middle of a transaction leaves a
// database that passes integrity_check and holds none of its batch, while
// everything committed before is still there.
#include "../TestEnv.h"

#include "store/Database.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace paylink;

class TestKill : public QObject
{
    Q_OBJECT

private slots:
    void killMidTransaction_data();
    void killMidTransaction();

private:
    int runWriter(const QString &db, const QString &mode, int rows, QProcess *process = nullptr);
    qint64 scalar(const QString &db, const QString &sql);

    QTemporaryDir m_dir;
};

int TestKill::runWriter(const QString &db, const QString &mode, int rows, QProcess *process)
{
    QProcess local;
    QProcess &p = process ? *process : local;
    p.setProcessEnvironment(test::isolatedEnvironment(m_dir.filePath(QStringLiteral("env"))));
    p.start(QStringLiteral(STORE_WRITER_PATH), { db, mode, QString::number(rows) });
    if (process)
        return 0;
    p.waitForFinished(60000);
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

qint64 TestKill::scalar(const QString &db, const QString &sql)
{
    auto opened = Database::open(db);
    if (!opened)
        return -1;
    QSqlQuery q((*opened)->connection());
    if (!q.exec(sql) || !q.next())
        return -2;
    return q.value(0).toLongLong();
}

void TestKill::killMidTransaction_data()
{
    QTest::addColumn<int>("rowsBeforeKill");
    QTest::addColumn<int>("extraDelayMs");
    QTest::newRow("early") << 10 << 0;
    QTest::newRow("after 2000 rows") << 2000 << 0;
    QTest::newRow("after 20000 rows, later") << 20000 << 150;
}

void TestKill::killMidTransaction()
{
    QFETCH(int, rowsBeforeKill);
    QFETCH(int, extraDelayMs);
    QVERIFY(m_dir.isValid());
    const QString db = m_dir.filePath(QStringLiteral("kill-%1.sqlite").arg(rowsBeforeKill));

    // A committed batch first: it must survive.
    QCOMPARE(runWriter(db, QStringLiteral("commit"), 500), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM payments")), 500);

    QProcess writer;
    runWriter(db, QStringLiteral("hang"), rowsBeforeKill, &writer);
    QVERIFY(writer.waitForStarted());
    QVERIFY(writer.waitForReadyRead(60000));
    QCOMPARE(writer.readLine().trimmed(), QByteArray("inserting"));
    if (extraDelayMs > 0)
        QTest::qWait(extraDelayMs);
    QCOMPARE(writer.state(), QProcess::Running);
    ::kill(pid_t(writer.processId()), SIGKILL);
    QVERIFY(writer.waitForFinished(10000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    auto opened = Database::open(db);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    QSqlQuery check((*opened)->connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    QSqlQuery counts((*opened)->connection());
    QVERIFY(counts.exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM payments), (SELECT count(*) FROM payments WHERE order_ref "
        "LIKE 'hang-%'), (SELECT count(*) FROM import_batches), (SELECT count(*) FROM "
        "payments_fts WHERE payments_fts MATCH '\"hang\"')")));
    QVERIFY(counts.next());
    QCOMPARE(counts.value(0).toLongLong(), 500); // the committed batch, whole
    QCOMPARE(counts.value(1).toLongLong(), 0); // nothing of the killed one
    QCOMPARE(counts.value(2).toLongLong(), 1); // only the committed batch record
    QCOMPARE(counts.value(3).toLongLong(), 0); // and no half-built search index
}

QTEST_GUILESS_MAIN(TestKill)
#include "tst_kill.moc"
