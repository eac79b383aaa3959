// Several `paylink` processes on one SQLite file, as on a merchant's machine
// (docs/DECISIONS.md D39, D40): concurrent imports of one file keep one
// payment per order, and a killed import, a delete by plain SQL and a new
// import never put the search index out of step with the table.
#include "../TestEnv.h"
#include "CliHarness.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <signal.h>

using paylink::test::CliRun;

namespace {

const QString kKey = QStringLiteral("2b2b9bff-0c96-4f33-a20d-c831ac87e571");
const QString kPassword = QStringLiteral("T3st2016!");

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void concurrentImportsKeepOneLinkPerOrder();
    void killedImportsNeverUnsettleTheSearchIndex();

private:
    QProcessEnvironment env() const;
    CliRun cli(const QStringList &args) const;
    QString writeCsv(const QString &name, const QString &prefix, int rows) const;
    QStringList importArgs(const QString &csv, const QString &db) const;
    CliRun addProfile(const QString &db) const;

    QTemporaryDir m_dir;
};

void TestConcurrency::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QProcessEnvironment TestConcurrency::env() const
{
    return paylink::test::sessionSecretsEnvironment(m_dir.filePath(QStringLiteral("env")),
                                                    kPassword);
}

CliRun TestConcurrency::cli(const QStringList &args) const
{
    return paylink::test::runCli(env(), args);
}

QString TestConcurrency::writeCsv(const QString &name, const QString &prefix, int rows) const
{
    QByteArray csv = "order;name;email;amount\n";
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("%1-%2;Klant %2 Bakker;k%2@example.nl;%3,50\n")
                   .arg(prefix)
                   .arg(i)
                   .arg(1 + i % 97)
                   .toUtf8();
    const QString file = m_dir.filePath(name);
    if (!paylink::test::writeBytes(file, csv))
        qWarning("cannot write %s", qPrintable(file));
    return file;
}

// The PayByLink profile "Shop" in `db`; its password comes from the
// environment (PAYLINK_PASSWORD, keychain for this session only).
CliRun TestConcurrency::addProfile(const QString &db) const
{
    return cli({ QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("paybylink"),
                 QStringLiteral("Shop"), QStringLiteral("--entity-key"), kKey,
                 QStringLiteral("--user"), QStringLiteral("Secretapiuser"), QStringLiteral("--db"),
                 db });
}

QStringList TestConcurrency::importArgs(const QString &csv, const QString &db) const
{
    return {
        QStringLiteral("paybylink"), QStringLiteral("import"), csv, QStringLiteral("--profile"),
        QStringLiteral("Shop"),      QStringLiteral("--db"),   db
    };
}

// Six imports of one 20,000-row file at once into one profile: the first to
// take the write lock imports every row, the others wait for it, say so, and
// then reject every row by name, since each order now has its payment.
void TestConcurrency::concurrentImportsKeepOneLinkPerOrder()
{
    const QString db = m_dir.filePath(QStringLiteral("six.sqlite"));
    const CliRun added = addProfile(db);
    QVERIFY2(added.code == 0, added.describe().constData());
    const QString csv = writeCsv(QStringLiteral("six.csv"), QStringLiteral("F2026"), 20000);

    std::vector<std::unique_ptr<QProcess>> runs;
    for (int i = 0; i < 6; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env());
        p->start(QStringLiteral(PAYLINK_CLI_PATH), importArgs(csv, db));
        QVERIFY(p->waitForStarted(30000));
        runs.push_back(std::move(p));
    }
    int winners = 0;
    int losers = 0;
    int waited = 0;
    for (auto &p : runs) {
        QVERIFY(p->waitForFinished(300000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        const QString err = QString::fromUtf8(p->readAllStandardError());
        waited += err.contains(QStringLiteral("waiting for another import")) ? 1 : 0;
        if (p->exitCode() == 0) {
            QCOMPARE(out, QStringLiteral("imported 20000, rejected 0\n"));
            ++winners;
            continue;
        }
        QCOMPARE(p->exitCode(), 1);
        QVERIFY2(out == QStringLiteral("imported 0, rejected 20000\n"), qPrintable(out + err));
        // Every row named, with the reason.
        QCOMPARE(err.count(QStringLiteral("already has a payment in profile “Shop”")), 20000);
        QVERIFY(err.contains(QStringLiteral("row 2: order: “F2026-0” already has a payment")));
        QVERIFY(err.contains(QStringLiteral("row 20001: order: “F2026-19999”")));
        ++losers;
    }
    QCOMPARE(winners, 1);
    QCOMPARE(losers, 5);
    qInfo("%d of the 5 losers said they waited for another import", waited);
    QCOMPARE(paylink::test::sqlCount(db, QStringLiteral("SELECT count(*) FROM payments")), 20000);
    QCOMPARE(paylink::test::sqlCount(
                 db, QStringLiteral("SELECT count(DISTINCT order_ref) FROM payments")),
             20000);
    QCOMPARE(paylink::test::sqlCount(db, QStringLiteral("SELECT count(*) FROM import_batches")), 1);

    // A writer that keeps the lock longer than --wait allows: the import
    // gives up, says why, and writes nothing.
    const QString more = writeCsv(QStringLiteral("more.csv"), QStringLiteral("G2026"), 10);
    QProcess holder;
    holder.setProcessEnvironment(env());
    holder.start(QStringLiteral("python3"),
                 { QStringLiteral("-c"),
                   QStringLiteral("import sqlite3,sys,time\n"
                                  "c=sqlite3.connect(sys.argv[1],isolation_level=None)\n"
                                  "c.execute('BEGIN IMMEDIATE')\nprint('locked',flush=True)\n"
                                  "time.sleep(12)\nc.execute('ROLLBACK')\n"),
                   db });
    QVERIFY(holder.waitForReadyRead(30000));
    const CliRun busy =
        cli(importArgs(more, db) + QStringList { QStringLiteral("--wait"), QStringLiteral("1") });
    // A database kept busy is a service not available now: exit 3 (D11).
    QVERIFY2(busy.code == 3, busy.describe().constData());
    QVERIFY2(busy.err.contains(QStringLiteral("waiting for another import")),
             busy.describe().constData());
    QVERIFY2(busy.err.contains(QStringLiteral("kept the database busy")),
             busy.describe().constData());
    const CliRun mark = cli({ QStringLiteral("mark-paid"), QStringLiteral("--id"),
                              QStringLiteral("1"), QStringLiteral("--db"), db });
    QVERIFY2(mark.code == 3, mark.describe().constData());
    QVERIFY2(mark.err.contains(QStringLiteral("Another program is writing to the database")),
             mark.describe().constData());
    // With the default wait it goes through once the lock is free.
    const CliRun patient = cli(importArgs(more, db));
    QVERIFY2(patient.code == 0, patient.describe().constData());
    QVERIFY(holder.waitForFinished(30000));
    QCOMPARE(paylink::test::sqlCount(db, QStringLiteral("SELECT count(*) FROM payments")), 20010);
}

namespace {

// Runs `sql` in another program (Python's sqlite3) with foreign keys on, as
// a merchant's own script would.
bool sqlElsewhere(const QString &db, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("python3"),
            { QStringLiteral("-c"),
              QStringLiteral("import sqlite3,sys\n"
                             "c=sqlite3.connect(sys.argv[1],isolation_level=None,timeout=30)\n"
                             "c.execute('PRAGMA foreign_keys=ON')\nc.execute(sys.argv[2])\n"
                             "c.close()\n"),
              db, sql });
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s: %s", qPrintable(sql), p.readAllStandardError().constData());
        return false;
    }
    return true;
}

// What `paylink list --search TERM` shows, as ids.
QList<qint64> listedIds(const CliRun &run)
{
    QList<qint64> ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(run.out.toUtf8()).array())
        ids << qint64(v.toObject().value(QStringLiteral("id")).toDouble());
    std::sort(ids.begin(), ids.end());
    return ids;
}

// The same rows by a plain LIKE over the three searched columns.
QList<qint64> likeIds(const QString &db, const QString &term)
{
    bool ok = false;
    const QString pattern = u'%' + term + u'%';
    const QList<QVariantList> rows = paylink::test::sqlRows(
        db,
        QStringLiteral("SELECT id FROM payments WHERE order_ref LIKE '%1' OR customer_name LIKE "
                       "'%1' OR email LIKE '%1' ORDER BY id")
            .arg(pattern),
        &ok);
    QList<qint64> ids;
    for (const QVariantList &r : rows)
        ids << r.value(0).toLongLong();
    return ok ? ids : QList<qint64> { -1 };
}

} // namespace

// Fifty rounds of: an import killed at a random moment (before, during or
// after its commit), then its payments deleted by plain SQL through the batch
// table's cascade, then the same file imported again whole. The ids come
// again each round (no AUTOINCREMENT). Every search must equal a LIKE over the
// same rows, with no SQLite error, and both integrity checks must pass.
void TestConcurrency::killedImportsNeverUnsettleTheSearchIndex()
{
    const QString db = m_dir.filePath(QStringLiteral("rounds.sqlite"));
    const CliRun added = addProfile(db);
    QVERIFY2(added.code == 0, added.describe().constData());
    const QString csv = writeCsv(QStringLiteral("rounds.csv"), QStringLiteral("R"), 10000);
    const int rounds = qEnvironmentVariableIntValue("PAYLINK_KILL_ROUNDS") > 0
        ? qEnvironmentVariableIntValue("PAYLINK_KILL_ROUNDS")
        : 50;
    int killed = 0;
    int committedFirst = 0;
    for (int round = 0; round < rounds; ++round) {
        QProcess import;
        import.setProcessEnvironment(env());
        import.start(QStringLiteral(PAYLINK_CLI_PATH), importArgs(csv, db));
        QVERIFY(import.waitForStarted(30000));
        const int after = int(QRandomGenerator::global()->bounded(10, 900));
        if (!import.waitForFinished(after)) {
            ::kill(pid_t(import.processId()), SIGKILL);
            QVERIFY(import.waitForFinished(30000));
            ++killed;
        }
        const qint64 batches =
            paylink::test::sqlCount(db, QStringLiteral("SELECT count(*) FROM import_batches"));
        QVERIFY(batches == 0 || batches == 1);
        QCOMPARE(paylink::test::sqlCount(db, QStringLiteral("SELECT count(*) FROM payments")),
                 batches * 10000);
        committedFirst += int(batches);
        // Delete it as another program would: plain SQL on the batch table,
        // its payments going by the cascade.
        QVERIFY(sqlElsewhere(db, QStringLiteral("DELETE FROM import_batches")));
        QCOMPARE(paylink::test::sqlCount(db, QStringLiteral("SELECT count(*) FROM payments")), 0);
        const CliRun again = cli(importArgs(csv, db));
        QVERIFY2(again.code == 0, again.describe().constData());
        for (const QString &term :
             { QStringLiteral("R-9999"), QStringLiteral("Klant 12"), QStringLiteral("R-1"),
               QStringLiteral("k7@"), QStringLiteral("R-") }) {
            const CliRun found =
                cli({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--search"),
                      term, QStringLiteral("--db"), db });
            QVERIFY2(found.code == 0, found.describe().constData());
            QCOMPARE(listedIds(found), likeIds(db, term));
        }
        QCOMPARE(paylink::test::sqlCount(db,
                                         QStringLiteral("SELECT count(*) FROM payments_fts "
                                                        "WHERE payments_fts MATCH 'Bakker'")),
                 10000);
        bool checked = false;
        const QList<QVariantList> integrity =
            paylink::test::sqlRows(db, QStringLiteral("PRAGMA integrity_check"), &checked);
        QVERIFY(checked);
        QCOMPARE(integrity.value(0).value(0).toString(), QStringLiteral("ok"));
        paylink::test::sqlRows(db,
                               QStringLiteral("INSERT INTO payments_fts(payments_fts, rank) "
                                              "VALUES ('integrity-check', 1)"),
                               &checked);
        QVERIFY2(checked, "the search index disagrees with the table");
        QVERIFY(sqlElsewhere(db, QStringLiteral("DELETE FROM import_batches")));
    }
    qInfo("%d rounds: %d imports killed, %d had committed before the kill or the check", rounds,
          killed, committedFirst);
    QVERIFY(killed > 0);
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
