// Offscreen tests of opening a database off the GUI thread (D38): an older
// file is brought up to date while the event loop runs and a busy dialog
// shows; a damaged file is refused with its message; the parent takes no
// input meanwhile.
#include "OpenDatabase.h"

#include "store/Database.h"
#include "store/Migrations.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProgressDialog>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace paylink;

namespace {

// The busy dialog, if one is on screen.
QProgressDialog *visibleBusyDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<QProgressDialog *>(w);
            d && d->objectName() == QLatin1String("busyDialog") && d->isVisible())
            return d;
    return nullptr;
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestOpenDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void updatesAnOlderFileWhileTheLoopRuns();
    void refusesADamagedFile();
    void blocksTheParentMeanwhile();

private:
    QTemporaryDir m_dir;
};

void TestOpenDatabase::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestOpenDatabase::updatesAnOlderFileWhileTheLoopRuns()
{
    // A schema-5 file with enough payments that migration 6 (a backup, then
    // the payments table rebuilt) takes well over the dialog's delay.
    constexpr int kRows = 300000;
    const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
    {
        auto v5 = Database::openAtVersion(path, 5);
        QVERIFY2(v5, v5 ? "" : qPrintable(v5.error().message));
        QCOMPARE((*v5)->schemaVersion(), 5);
        QSqlQuery q((*v5)->connection());
        QVERIFY(q.exec(
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                           "WHERE i < %1) INSERT INTO payments (service, order_ref, "
                           "customer_name, amount_minor, currency, status, created_at, "
                           "updated_at) SELECT 'paybylink', 'O-' || i, 'Klant ' || i, i, 'EUR', "
                           "'ready', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z' "
                           "FROM n")
                .arg(kRows)));
    }

    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    QString shownText;
    QTimer watch;
    watch.setInterval(50);
    QObject::connect(&watch, &QTimer::timeout, [&shownText] {
        if (QProgressDialog *d = visibleBusyDialog(); d && shownText.isEmpty())
            shownText = d->findChild<QLabel *>()->text();
    });
    ticker.start();
    watch.start();
    QElapsedTimer clock;
    clock.start();
    auto db = openDatabase(path);
    const qint64 ms = clock.elapsed();
    ticker.stop();
    watch.stop();

    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM payments")), kRows);
    // The measurement means something only if the update took a while.
    QVERIFY2(ms >= 800, qPrintable(QStringLiteral("opening took only %1 ms").arg(ms)));
    // A GUI thread busy with the update could not have run its timer.
    QVERIFY2(ticks >= ms / 10 / 4,
             qPrintable(QStringLiteral("%1 ticks of 10 ms in %2 ms").arg(ticks).arg(ms)));
    QVERIFY2(shownText.contains(QDir::toNativeSeparators(path)), qPrintable(shownText));
    QVERIFY(!visibleBusyDialog());
    // The update made its backup first.
    QCOMPARE(
        QDir(m_dir.path())
            .entryList(
                { QStringLiteral("old.sqlite.pre-v%1-*.bak").arg(Migrations::latestVersion()) })
            .size(),
        1);
}

void TestOpenDatabase::refusesADamagedFile()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    auto db = openDatabase(path);
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(QStringLiteral("damaged")),
             qPrintable(db.error().message));
    QVERIFY(!visibleBusyDialog());
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), QByteArray(8192, 'x')); // left untouched
}

void TestOpenDatabase::blocksTheParentMeanwhile()
{
    QWidget parent;
    parent.show();
    QVERIFY(parent.isEnabled());
    const Status s = runWithBusyDialog(&parent, QStringLiteral("Working"), [] {
        QThread::msleep(200);
        return Status(Error { QStringLiteral("the work's own error"), {} });
    });
    QVERIFY(!s);
    QCOMPARE(s.error().message, QStringLiteral("the work's own error"));
    QVERIFY(parent.isEnabled());

    // Looked at from the GUI thread's loop while the work runs, past the
    // dialog's delay: the parent is disabled, the dialog shows, not greyed.
    bool enabledDuring = true;
    bool dialogShown = false;
    bool dialogEnabled = true;
    QTimer probe;
    probe.setInterval(20);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        enabledDuring = enabledDuring && parent.isEnabled();
        if (QProgressDialog *d = visibleBusyDialog()) {
            dialogShown = true;
            dialogEnabled = dialogEnabled && d->isEnabled();
            QCOMPARE(d->parentWidget(), &parent);
        }
    });
    probe.start();
    const Status ok = runWithBusyDialog(&parent, QStringLiteral("Working"), [] {
        QThread::msleep(900);
        return success();
    });
    probe.stop();
    QVERIFY(ok);
    QVERIFY(!enabledDuring);
    QVERIFY(dialogShown);
    QVERIFY(dialogEnabled);
    QVERIFY(!visibleBusyDialog());
    QVERIFY(parent.isEnabled());

    // A parent that was disabled before stays disabled.
    parent.setEnabled(false);
    QVERIFY(runWithBusyDialog(&parent, QStringLiteral("Working"), [] { return success(); }));
    QVERIFY(!parent.isEnabled());
}

QTEST_MAIN(TestOpenDatabase)
#include "tst_opendatabase.moc"
