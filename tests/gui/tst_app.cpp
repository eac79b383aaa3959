// The real `paylink-desk` binary, started offscreen as a merchant's desktop
// would start it: it comes up on a fresh database, quits cleanly on SIGTERM,
// and refuses a bad --db with a message instead of hanging or crashing; a file
// damaged past its first pages is reported, named, and left as it was.
#include "../TestEnv.h"

#include "store/Database.h"
#include "store/PaymentStore.h"

#include <QCryptographicHash>
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
    void reportsDamagedPages();

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

void TestApp::reportsDamagedPages()
{
    const QString root = m_dir.filePath(QStringLiteral("damaged"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/data")));
    const QString db = root + QStringLiteral("/data/payments.sqlite");
    {
        auto opened = paylink::Database::open(db);
        QVERIFY(opened);
        QList<paylink::Payment> payments;
        for (int i = 0; i < 3000; ++i) {
            paylink::Payment p;
            p.status = paylink::PaymentStatus::Ready;
            p.orderRef = QStringLiteral("D-%1").arg(i);
            p.customerName = QStringLiteral("Klant %1").arg(i);
            p.amountMinor = 100 + i;
            p.link = QStringLiteral("https://pay.example/l/%1").arg(i);
            payments.append(p);
        }
        QVERIFY(paylink::PaymentStore(**opened).insertAll(payments));
    }
    {
        // Garbage over the last third: the newest rows (the first screen) and
        // the schema still read; the rest does not.
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(f.seek((size / 4096) * 2 / 3 * 4096));
        QVERIFY(f.write(QByteArray(size / 3, '\xAB')) > 0);
    }
    const auto hash = [&db] {
        QFile f(db);
        return f.open(QIODevice::ReadOnly)
            ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
            : QByteArray();
    };
    const QByteArray before = hash();
    const QStringList files = QDir(root + QStringLiteral("/data")).entryList(QDir::Files);

    QProcess app;
    app.setProcessEnvironment(paylink::test::isolatedEnvironment(root));
    app.start(QStringLiteral(PAYLINK_GUI_PATH), { QStringLiteral("--db"), db });
    QVERIFY(app.waitForStarted());
    // The window shows the message; offscreen, the log is where it can be read.
    const QString log =
        root + QStringLiteral("/data/paylinkdesk/paylink-desk/logs/paylink-desk.log");
    const auto logText = [&log] {
        QFile f(log);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(logText().contains(QStringLiteral("is damaged")), 20000);
    QVERIFY2(
        logText().contains(QStringLiteral("“%1” is damaged").arg(QDir::toNativeSeparators(db))),
        qPrintable(logText()));
    QCOMPARE(app.state(), QProcess::Running);
    ::kill(pid_t(app.processId()), SIGTERM);
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(hash(), before);
    QCOMPARE(QDir(root + QStringLiteral("/data")).entryList(QDir::Files), files);
}

QTEST_GUILESS_MAIN(TestApp)
#include "tst_app.moc"
