// A merchant's day on one SQLite file, as separate processes: two windows
// (desk_window, offscreen) marking their own payments paid and unpaid, and
// `paylink` commands in a loop (list, export, mark-paid, mark-unpaid,
// import), with a kill -9 of a random writer now and then. For a bounded time
// (PAYLINK_MERCHANT_DAY_SECONDS, 150 by default). Afterwards every committed
// change is there, both integrity checks pass, no process ever held a deleted
// -wal or -shm, and each window's table shows the final state.
#include "../TestEnv.h"
#include "CliHarness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <signal.h>

using paylink::test::CliRun;

namespace {

const QString kKey = QStringLiteral("2b2b9bff-0c96-4f33-a20d-c831ac87e571");
constexpr int kBaseRows = 3000;

QRandomGenerator &rng()
{
    return *QRandomGenerator::global();
}

struct Desk
{
    std::unique_ptr<QProcess> process;
    QString log;
    int rem = 0;
    int starts = 0;
    int kills = 0;
};

} // namespace

class TestMerchantDay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aDayOfWindowsAndCommands();

private:
    QProcessEnvironment env() const;
    QStringList cli(const QString &db, const QStringList &args) const;
    void startDesk(Desk &desk, const QString &db);
    void lookForDeletedFiles(const QList<qint64> &pids, const QString &db);
    QString csv(const QString &prefix, int rows) const;

    QTemporaryDir m_dir;
    QStringList m_deleted;
};

void TestMerchantDay::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QProcessEnvironment TestMerchantDay::env() const
{
    return paylink::test::sessionSecretsEnvironment(m_dir.filePath(QStringLiteral("env")),
                                                    QStringLiteral("T3st2016!"));
}

QStringList TestMerchantDay::cli(const QString &db, const QStringList &args) const
{
    return QStringList(args) << QStringLiteral("--db") << db;
}

QString TestMerchantDay::csv(const QString &prefix, int rows) const
{
    QByteArray text = "order;name;email;amount\n";
    for (int i = 0; i < rows; ++i)
        text += QStringLiteral("%1-%2;Klant %2 Visser;v%2@example.nl;%3,25\n")
                    .arg(prefix)
                    .arg(i)
                    .arg(1 + i % 50)
                    .toUtf8();
    const QString file = m_dir.filePath(prefix + QStringLiteral(".csv"));
    paylink::test::writeBytes(file, text);
    return file;
}

void TestMerchantDay::startDesk(Desk &desk, const QString &db)
{
    desk.process = std::make_unique<QProcess>();
    desk.process->setProcessEnvironment(env());
    desk.process->start(QStringLiteral(DESK_WINDOW_PATH),
                        { db, desk.log, QStringLiteral("3"), QString::number(desk.rem) });
    QVERIFY(desk.process->waitForStarted(30000));
    ++desk.starts;
}

void TestMerchantDay::lookForDeletedFiles(const QList<qint64> &pids, const QString &db)
{
    for (qint64 pid : pids)
        if (pid > 0)
            m_deleted += paylink::test::deletedFilesHeldBy(pid, db);
}

void TestMerchantDay::aDayOfWindowsAndCommands()
{
    const QString db = m_dir.filePath(QStringLiteral("shop.sqlite"));
    const auto run = [this](const QStringList &args) { return paylink::test::runCli(env(), args); };
    const CliRun added =
        run(cli(db,
                { QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("paybylink"),
                  QStringLiteral("Shop"), QStringLiteral("--entity-key"), kKey,
                  QStringLiteral("--user"), QStringLiteral("Secretapiuser") }));
    QVERIFY2(added.code == 0, added.describe().constData());
    const CliRun base = run(cli(db,
                                { QStringLiteral("paybylink"), QStringLiteral("import"),
                                  csv(QStringLiteral("BASE"), kBaseRows),
                                  QStringLiteral("--profile"), QStringLiteral("Shop") }));
    QVERIFY2(base.code == 0, base.describe().constData());

    Desk desks[2];
    for (int i = 0; i < 2; ++i) {
        desks[i].rem = i + 1;
        desks[i].log = m_dir.filePath(QStringLiteral("desk-%1.log").arg(i + 1));
        startDesk(desks[i], db);
    }

    // What the commands committed: per import prefix its row count (or
    // unknown when killed), per payment of the CLI's own (id % 3 == 0) its
    // status after the last mark that finished (unknown when killed).
    QHash<QString, int> imports; // prefix -> rows, -1 when killed
    QHash<qint64, QString> cliStatus; // id -> "paid" | "ready" | "" (unknown)
    int processes = 3; // the base import, two windows
    int writes = 0;
    int kills = 0;
    int reads = 0;
    int imported = 0;
    const int seconds = qEnvironmentVariableIntValue("PAYLINK_MERCHANT_DAY_SECONDS") > 0
        ? qEnvironmentVariableIntValue("PAYLINK_MERCHANT_DAY_SECONDS")
        : 150;
    QElapsedTimer day;
    day.start();
    while (day.elapsed() < seconds * 1000) {
        QStringList args;
        QString prefix;
        qint64 id = 0;
        bool paid = false;
        const int pick = int(rng().bounded(10));
        if (pick < 3) {
            args = cli(db,
                       { QStringLiteral("list"), QStringLiteral("--json"),
                         QStringLiteral("--search"), QStringLiteral("Visser") });
        } else if (pick < 4) {
            args = cli(db,
                       { QStringLiteral("export"), QStringLiteral("-o"),
                         m_dir.filePath(QStringLiteral("export.csv")) });
        } else if (pick < 8) {
            id = 3 * qint64(rng().bounded(1, kBaseRows / 3));
            paid = rng().bounded(2) == 0;
            args = cli(db,
                       { paid ? QStringLiteral("mark-paid") : QStringLiteral("mark-unpaid"),
                         QStringLiteral("--id"), QString::number(id) });
        } else {
            prefix = QStringLiteral("IMP%1").arg(imports.size());
            // Now and then a large one, which takes the bulk path.
            const int rows = rng().bounded(4) == 0 ? 6000 : 300;
            args = cli(db,
                       { QStringLiteral("paybylink"), QStringLiteral("import"), csv(prefix, rows),
                         QStringLiteral("--profile"), QStringLiteral("Shop") });
            imports.insert(prefix, rows);
        }
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(PAYLINK_CLI_PATH), args);
        QVERIFY(p.waitForStarted(30000));
        ++processes;
        const bool writer = id > 0 || !prefix.isEmpty();
        // One writer in eight is killed part-way; so, now and then, is a window.
        const bool killThis = writer && rng().bounded(8) == 0;
        QElapsedTimer t;
        t.start();
        const int killAfter = int(rng().bounded(5, 150));
        while (p.state() != QProcess::NotRunning) {
            lookForDeletedFiles(
                { p.processId(), desks[0].process->processId(), desks[1].process->processId() },
                db);
            if (killThis && t.elapsed() >= killAfter) {
                ::kill(pid_t(p.processId()), SIGKILL);
                break;
            }
            p.waitForFinished(20);
        }
        if (p.state() != QProcess::NotRunning)
            QVERIFY(p.waitForFinished(120000));
        const bool killed = p.exitStatus() == QProcess::CrashExit;
        kills += killed ? 1 : 0;
        const QString err = QString::fromUtf8(p.readAllStandardError());
        if (!killed)
            QVERIFY2(p.exitCode() == 0, qPrintable(args.join(u' ') + u'\n' + err));
        if (id > 0) {
            cliStatus.insert(
                id, killed ? QString() : (paid ? QStringLiteral("paid") : QStringLiteral("ready")));
            writes += killed ? 0 : 1;
        } else if (!prefix.isEmpty()) {
            if (killed)
                imports[prefix] = -1;
            else
                imported += imports.value(prefix);
            writes += killed ? 0 : 1;
        } else {
            ++reads;
        }
        if (rng().bounded(40) == 0) {
            Desk &desk = desks[rng().bounded(2)];
            ::kill(pid_t(desk.process->processId()), SIGKILL);
            desk.process->waitForFinished(30000);
            ++desk.kills;
            ++kills;
            startDesk(desk, db);
            ++processes;
        }
    }

    // Each window's table after its refresh, against the file: both stop
    // writing first, then each shows its table 2.5 s later.
    for (Desk &desk : desks)
        desk.process->write("stop\n");
    for (Desk &desk : desks) {
        QByteArray said;
        QElapsedTimer wait;
        wait.start();
        while (!said.contains("stopped\n") && wait.elapsed() < 60000) {
            desk.process->waitForReadyRead(1000);
            said += desk.process->readAllStandardOutput();
        }
        QVERIFY(said.contains("stopped\n"));
    }
    for (Desk &desk : desks)
        desk.process->write("dump\n");
    QByteArray dumps[2];
    for (int i = 0; i < 2; ++i) {
        QElapsedTimer wait;
        wait.start();
        while (!dumps[i].endsWith("end\n") && wait.elapsed() < 60000) {
            desks[i].process->waitForReadyRead(1000);
            dumps[i] += desks[i].process->readAllStandardOutput();
        }
        QVERIFY2(dumps[i].endsWith("end\n"), dumps[i].right(500).constData());
    }
    QHash<qint64, QPair<QString, qint64>> file; // id -> status, version
    bool ok = false;
    for (const QVariantList &r : paylink::test::sqlRows(
             db, QStringLiteral("SELECT id, status, row_version FROM payments"), &ok))
        file.insert(r.value(0).toLongLong(), { r.value(1).toString(), r.value(2).toLongLong() });
    QVERIFY(ok);
    for (int i = 0; i < 2; ++i) {
        Desk &desk = desks[i];
        const QByteArray &shown = dumps[i];
        const QList<QByteArray> lines = shown.split('\n');
        QCOMPARE(lines.first(), "rows " + QByteArray::number(file.size()));
        int compared = 0;
        for (const QByteArray &line : lines) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() != 4 || f.at(0) != "row")
                continue;
            const auto in = file.value(f.at(1).toLongLong());
            QVERIFY2(QString::fromLatin1(f.at(2)) == in.first && f.at(3).toLongLong() == in.second,
                     qPrintable(QStringLiteral("window %1 shows payment %2 as %3 (version %4); "
                                               "the file has %5 (version %6)")
                                    .arg(i + 1)
                                    .arg(QString::fromLatin1(f.at(1)), QString::fromLatin1(f.at(2)),
                                         QString::fromLatin1(f.at(3)), in.first)
                                    .arg(in.second)));
            ++compared;
        }
        QCOMPARE(compared, file.size());
        desk.process->write("quit\n");
        QVERIFY(desk.process->waitForFinished(30000));
        QCOMPARE(desk.process->exitCode(), 0);
    }

    // Every change a window finished is there, unless that window wrote the
    // row again later (a write it started but did not finish before a kill
    // leaves the row either way).
    int windowWrites = 0;
    for (const Desk &desk : desks) {
        QHash<qint64, QString> last; // id -> status, "" when unknown
        for (const QByteArray &line : paylink::test::readBytes(desk.log).split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() >= 2 && f.at(0) == "intent")
                last.insert(f.at(1).toLongLong(), QString());
            else if (f.size() == 4 && f.at(0) == "done") {
                last.insert(f.at(1).toLongLong(), QString::fromLatin1(f.at(2)));
                ++windowWrites;
            }
        }
        for (auto it = last.cbegin(); it != last.cend(); ++it)
            if (!it.value().isEmpty())
                QCOMPARE(file.value(it.key()).first, it.value());
    }
    for (auto it = cliStatus.cbegin(); it != cliStatus.cend(); ++it)
        if (!it.value().isEmpty())
            QCOMPARE(file.value(it.key()).first, it.value());
    for (auto it = imports.cbegin(); it != imports.cend(); ++it) {
        const qint64 rows = paylink::test::sqlCount(
            db,
            QStringLiteral("SELECT count(*) FROM payments WHERE order_ref LIKE '%1-%'")
                .arg(it.key()));
        if (it.value() >= 0)
            QCOMPARE(rows, qint64(it.value()));
        else
            QVERIFY2(rows == 0 || rows == 300 || rows == 6000, qPrintable(it.key()));
    }
    QCOMPARE(paylink::test::sqlCount(db,
                                     QStringLiteral("SELECT count(*) FROM payments WHERE "
                                                    "order_ref LIKE 'BASE-%'")),
             kBaseRows);
    const QList<QVariantList> integrity =
        paylink::test::sqlRows(db, QStringLiteral("PRAGMA integrity_check"), &ok);
    QVERIFY(ok);
    QCOMPARE(integrity.value(0).value(0).toString(), QStringLiteral("ok"));
    paylink::test::sqlRows(db,
                           QStringLiteral("INSERT INTO payments_fts(payments_fts, rank) VALUES "
                                          "('integrity-check', 1)"),
                           &ok);
    QVERIFY2(ok, "the search index disagrees with the table");
    QVERIFY2(m_deleted.isEmpty(), qPrintable(m_deleted.join(u'\n')));
    qInfo("merchant day of %d s: %d processes, %d command writes and %d window writes committed, "
          "%d reads, %d rows imported, %d kills (%d of windows); integrity ok, search index ok, "
          "no deleted -wal/-shm held",
          seconds, processes, writes, windowWrites, reads, imported, kills,
          desks[0].kills + desks[1].kills);
}

int main(int argc, char *argv[])
{
    // The day plus set-up and checks, past QtTest's 300 s per function.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT")) {
        const int day = qEnvironmentVariableIntValue("PAYLINK_MERCHANT_DAY_SECONDS");
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number((std::max(day, 150) + 600) * 1000));
    }
    QCoreApplication app(argc, argv);
    TestMerchantDay test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_merchant_day.moc"
