// One desk of tst_merchant_day: the real main window (offscreen) on a shared
// file, in a process of its own. Every 150 ms it marks one of its own
// payments (id % MOD == REM) paid or unpaid through the window's own action,
// as Ctrl+M and Ctrl+Shift+M do, and logs it to LOG:
//   intent ID PAID        before the write
//   done ID STATUS VERSION after it, as the database holds it
//   failed ID MESSAGE      when the window refused or failed
// Commands on standard input, one a line:
//   stop  stop writing; answers "stopped"
//   dump  print the table as the person sees it, after its own refresh:
//         "rows N", then "row ID STATUS VERSION" for each row, then "end"
//   quit  close the window and exit 0
// Usage: desk_window DB LOG MOD REM
#include "MainWindow.h"
#include "PaymentsView.h"
#include "store/Database.h"
#include "store/PaymentStore.h"
#include "store/PaymentTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace paylink;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return 2;
    auto db = Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    QFile log(args.at(2));
    if (!log.open(QIODevice::Append | QIODevice::Text))
        return 1;
    const int mod = args.at(3).toInt();
    const int rem = args.at(4).toInt();
    MainWindow window(std::move(db).value());
    window.resize(1024, 700);
    window.show();

    const auto write = [&log](const QString &line) {
        log.write(line.toUtf8() + '\n');
        log.flush();
        ::fsync(log.handle());
    };
    QTimer work;
    work.setInterval(150);
    QObject::connect(&work, &QTimer::timeout, [&] {
        PaymentTableModel *model = window.paymentModel();
        const int rows = std::min(model->rowCount(), 2 * PaymentTableModel::kPageSize);
        if (rows == 0)
            return;
        // A row of ours among those in view, as a person picks one.
        for (int attempt = 0; attempt < 20; ++attempt) {
            const Payment *p = model->paymentAt(int(QRandomGenerator::global()->bounded(rows)));
            if (!p || p->id % mod != rem || p->link.isEmpty())
                continue;
            const qint64 id = p->id;
            const bool paid = p->status != PaymentStatus::Paid;
            if (!window.paymentsView()->selectId(id))
                return;
            write(QStringLiteral("intent %1 %2").arg(id).arg(paid ? 1 : 0));
            window.markSelected(paid);
            const auto now = PaymentStore(window.database()).find(id);
            if (!now || !*now) {
                write(QStringLiteral("failed %1 %2")
                          .arg(id)
                          .arg(now ? QStringLiteral("gone") : now.error().message));
                return;
            }
            const bool applied = ((*now)->status == PaymentStatus::Paid) == paid;
            write(applied ? QStringLiteral("done %1 %2 %3")
                                .arg(id)
                                .arg(statusName((*now)->status))
                                .arg((*now)->rowVersion)
                          : QStringLiteral("failed %1 not applied").arg(id));
            return;
        }
    });
    work.start();

    QTextStream out(stdout);
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, [&] {
        char buffer[256] = {};
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer - 1);
        const QByteArray command = QByteArray(buffer, n > 0 ? int(n) : 0).trimmed();
        if (n <= 0 || command == "quit") {
            work.stop();
            window.close();
            app.quit();
            return;
        }
        if (command == "stop") {
            work.stop();
            out << "stopped\n";
            out.flush();
            return;
        }
        if (command != "dump")
            return;
        work.stop();
        // What the window shows once its change watcher has seen the last
        // writes of the others (it polls every second).
        QTimer::singleShot(2500, [&] {
            PaymentTableModel *model = window.paymentModel();
            // The table reads on threads of its own (D43): wait for each page.
            QElapsedTimer waited;
            waited.start();
            while (model->isLoading() && waited.elapsed() < 60000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
            const auto rowAt = [&](int r) {
                const Payment *p = model->paymentAt(r);
                while (!p && waited.elapsed() < 60000) {
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
                    p = model->paymentAt(r);
                }
                return p;
            };
            out << "rows " << model->rowCount() << '\n';
            for (int r = 0; r < model->rowCount(); ++r)
                if (const Payment *p = rowAt(r))
                    out << "row " << p->id << ' ' << statusName(p->status) << ' ' << p->rowVersion
                        << '\n';
            out << "end\n";
            out.flush();
        });
    });
    return app.exec();
}
