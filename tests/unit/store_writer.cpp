// A separate writer process for tst_kill: it writes payments of one import
// batch inside a single transaction, and is killed with SIGKILL part-way.
//   store_writer DB commit N   write N rows, commit, exit 0
//   store_writer DB hang N     write N rows, print "inserting", keep writing
#include "store/Database.h"
#include "store/PaymentStore.h"
#include "store/TransactionGuard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

using namespace paylink;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    const QString mode = args.at(2);
    const int rows = args.at(3).toInt();
    auto db = Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    QSqlDatabase connection = (*db)->connection();
    TransactionGuard tx(connection);
    if (!tx.isActive())
        return 1;
    QSqlQuery batch(connection);
    batch.prepare(QStringLiteral(
        "INSERT INTO import_batches (source, created_at, row_count) VALUES (?, ?, ?)"));
    batch.addBindValue(mode);
    batch.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    batch.addBindValue(rows);
    if (!batch.exec())
        return 1;
    const qint64 batchId = batch.lastInsertId().toLongLong();
    QSqlQuery insert(connection);
    insert.prepare(QStringLiteral(
        "INSERT INTO payments (service, order_ref, amount_minor, currency, status, link, "
        "import_batch_id, created_at, updated_at) VALUES ('paybylink', ?, ?, 'EUR', 'ready', "
        "'https://example.com/x', ?, ?, ?)"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (qint64 i = 0;; ++i) {
        insert.addBindValue(QStringLiteral("%1-%2").arg(mode).arg(i));
        insert.addBindValue(i);
        insert.addBindValue(batchId);
        insert.addBindValue(now);
        insert.addBindValue(now);
        if (!insert.exec())
            return 1;
        if (mode == QLatin1String("commit") && i + 1 == rows)
            return tx.commit() ? 0 : 1;
        if (mode == QLatin1String("hang") && i + 1 == rows) {
            std::printf("inserting\n");
            std::fflush(stdout);
        }
        if (mode == QLatin1String("hang") && i >= rows && i % 100 == 0)
            QThread::msleep(1);
    }
}
