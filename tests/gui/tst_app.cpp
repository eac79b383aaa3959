// The real `paylink-desk` binary, started offscreen as a merchant's desktop
// would start it: it comes up on a fresh database, quits cleanly on SIGTERM,
// and refuses a bad --db with a message instead of hanging or crashing.
#include "../TestEnv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestApp : public QObject
{
    Q_OBJECT

private slots:
    void startsAndQuitsCleanly();
    void refusesBadDatabasePath_data();
    void refusesBadDatabasePath();

private:
    QTemporaryDir m_dir;
};

void TestApp::startsAndQuitsCleanly()
{
    QVERIFY(m_dir.isValid());
    const QString root = m_dir.filePath(QStringLiteral("run"));
    const QString db = root + QStringLiteral("/data/fresh.sqlite");
    QProcess app;
    app.setProcessEnvironment(paylink::test::isolatedEnvironment(root));
    app.start(QStringLiteral(PAYLINK_GUI_PATH), { QStringLiteral("--db"), db });
    QVERIFY(app.waitForStarted());
    // Up when the log says so; the database then exists, private to the owner.
    const QString log =
        root + QStringLiteral("/data/paylinkdesk/paylink-desk/logs/paylink-desk.log");
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(log) && QFile(log).size() > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QFile f(log);
            return f.open(QIODevice::ReadOnly) && f.readAll().contains("started on");
        }(),
        10000);
    QCOMPARE(app.state(), QProcess::Running);
    QVERIFY(QFileInfo::exists(db));
    // Owner, group and other bits (Qt keeps the "user" bits apart).
    QCOMPARE(QFileInfo(db).permissions() & 0x7077,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    ::kill(pid_t(app.processId()), SIGTERM);
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
    // Closing saved the window state.
    QFile settings(root + QStringLiteral("/config/paylinkdesk/paylink-desk.ini"));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(settings.readAll().contains("geometry"));
}

void TestApp::refusesBadDatabasePath_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("folder") << QStringLiteral("folder");
    QTest::newRow("not sqlite") << QStringLiteral("text");
    QTest::newRow("under a file") << QStringLiteral("underfile");
}

void TestApp::refusesBadDatabasePath()
{
    QFETCH(QString, kind);
    const QString root = m_dir.filePath(QStringLiteral("bad-") + kind);
    QDir().mkpath(root);
    QString db;
    const QByteArray content("these are my notes, not a database\n");
    if (kind == QLatin1String("folder")) {
        db = root;
    } else {
        const QString file = root + QStringLiteral("/notes.txt");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        db = kind == QLatin1String("text") ? file : file + QStringLiteral("/payments.sqlite");
    }
    QProcess app;
    app.setProcessEnvironment(paylink::test::isolatedEnvironment(root + QStringLiteral("/env")));
    app.start(QStringLiteral(PAYLINK_GUI_PATH), { QStringLiteral("--db"), db });
    QVERIFY(app.waitForFinished(15000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 1);
    const QString err = QString::fromUtf8(app.readAllStandardError());
    QVERIFY2(err.contains(QFileInfo(db).absoluteFilePath()), qPrintable(err));
    if (kind != QLatin1String("folder")) {
        QFile f(root + QStringLiteral("/notes.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }
}

QTEST_GUILESS_MAIN(TestApp)
#include "tst_app.moc"
