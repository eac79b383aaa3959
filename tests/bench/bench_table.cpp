// Benchmark of the payments table over a large database: what the GUI does
// first (open, count, show the first rows), search, and sort. Prints each figure
// with its target. Not a test: it is built by default and run by hand.
//
//   bench_table [--rows N] [--db PATH] [--keep]
//
// Without --db a fresh database is generated in a temporary folder (removed at
// the end unless --keep). With --db an existing file is reused as it is, and a
// missing one is generated there. The measurements run in a child process of
// this executable, so peak RSS is that of opening and reading, not generating.
#include "BenchData.h"
#include "store/Database.h"
#include "store/PaymentFilter.h"
#include "store/PaymentTableModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QModelIndex>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>
#include <sys/resource.h>

#include <array>
#include <cstdio>
#include <random>

using namespace paylink;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void report(const char *what, double valueMs, double targetMs, const char *note = "")
{
    out() << QStringLiteral("%1 %2 ms   target <= %3 ms   %4%5")
                 .arg(QString::fromUtf8(what).leftJustified(44, u' '))
                 .arg(valueMs, 9, 'f', 1)
                 .arg(targetMs, 5, 'f', 0)
                 .arg(valueMs <= targetMs ? QStringLiteral("PASS") : QStringLiteral("OVER"))
                 .arg(QString::fromUtf8(note))
          << Qt::endl;
}

// Reads what a view shows for the first `rows` rows: every column's text and
// alignment, as QTableView asks for them when it paints.
qint64 readFirstRows(const PaymentTableModel &model, int rows = 50)
{
    qint64 chars = 0;
    const int n = std::min(rows, model.rowCount());
    for (int r = 0; r < n; ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            chars += model.data(index, Qt::DisplayRole).toString().size();
            chars += model.data(index, Qt::TextAlignmentRole).isValid() ? 1 : 0;
        }
    }
    return chars;
}

// Until the model's reload is in and its first page shown, as the window
// waits for it (the rows are read on the model's own threads).
void waitShown(const PaymentTableModel &model)
{
    while (model.isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

// Until row `row` is read.
void waitRow(const PaymentTableModel &model, int row)
{
    while (!model.paymentAt(row))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

qint64 peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

int measure(const QString &path)
{
    out() << "measuring " << path << " (page cache warm from generation or a previous run)"
          << Qt::endl;

    // 1. What the GUI does first: open, count, paint the first rows.
    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "open: %s %s\n", qPrintable(db.error().message),
                     qPrintable(db.error().detail));
        return 1;
    }
    const double openMs = ms(timer);
    PaymentTableModel model(**db);
    waitShown(model);
    const double countMs = ms(timer) - openMs;
    readFirstRows(model);
    const double firstMs = ms(timer);
    out() << QStringLiteral("rows in table: %1").arg(model.rowCount()) << Qt::endl;
    out() << QStringLiteral("  (Database::open %1 ms, model count %2 ms, first 50 rows %3 ms)")
                 .arg(openMs, 0, 'f', 1)
                 .arg(countMs, 0, 'f', 1)
                 .arg(firstMs - openMs - countMs, 0, 'f', 1)
          << Qt::endl;
    report("open + count + first 50 rows x 8 columns", firstMs, 500);

    // 2. Search: setFilter re-counts, then the first rows are read.
    struct SearchCase
    {
        const char *label;
        QString term;
        double target;
        const char *note;
    };
    const QList<SearchCase> searches = {
        { "search rare surname \"Quetzal\"", QStringLiteral("Quetzal"), 100, "" },
        { "search order ref \"INV-001234\"", QStringLiteral("INV-001234"), 100, "" },
        { "search 2 chars \"ov\" (LIKE)", QStringLiteral("ov"), 100, "" },
        { "search 2 chars, no match \"ba\" (LIKE)", QStringLiteral("ba"), 1000, "" },
        { "search broad \"Иванов\"", QStringLiteral("Иванов"), 100, "" },
        { "search broad \"example.com\"", QStringLiteral("example.com"), 100, "" },
    };
    for (const SearchCase &s : searches) {
        PaymentFilter filter;
        filter.search = s.term;
        timer.restart();
        model.setFilter(filter);
        waitShown(model);
        readFirstRows(model);
        const double t = ms(timer);
        report(qPrintable(QStringLiteral("%1 (%2 rows)")
                              .arg(QString::fromUtf8(s.label))
                              .arg(model.rowCount())),
               t, s.target, s.note);
    }
    {
        PaymentFilter filter;
        filter.status = PaymentStatus::Expired;
        timer.restart();
        model.setFilter(filter);
        waitShown(model);
        readFirstRows(model);
        report(qPrintable(QStringLiteral("filter status expired (%1 rows)").arg(model.rowCount())),
               ms(timer), 100);
    }

    // 3. Sort the whole table.
    model.setFilter(PaymentFilter());
    waitShown(model);
    readFirstRows(model);
    timer.restart();
    model.sort(PaymentTableModel::AmountColumn, Qt::AscendingOrder);
    waitShown(model);
    readFirstRows(model);
    report("sort Amount ascending + first 50 rows", ms(timer), 250);
    timer.restart();
    model.sort(PaymentTableModel::CustomerColumn, Qt::DescendingOrder);
    waitShown(model);
    readFirstRows(model);
    report("sort Customer descending + first 50 rows", ms(timer), 250);

    // 4. Jumps, as the scroll bar and Ctrl+End make them: the time until the
    // row is shown (read by key on the model's thread; the GUI never waits).
    timer.restart();
    waitRow(model, model.rowCount() - 1);
    report("jump to the last row (Customer desc)", ms(timer), 100, "  (keyset, from the end)");
    timer.restart();
    const int middle = model.rowCount() / 2;
    waitRow(model, middle);
    report("jump to the middle row (Customer desc)", ms(timer), 1000,
           "  (keyset, waits for the bookmarks)");
    timer.restart();
    waitRow(model, middle + PaymentTableModel::kPageSize);
    report("page down from there", ms(timer), 100, "  (keyset, the neighbour's key)");

    const double rssMb = double(peakRssKb()) / 1024;
    out() << QStringLiteral("%1 %2 MB   target <= %3 MB   %4")
                 .arg(QStringLiteral("peak RSS (getrusage ru_maxrss)").leftJustified(44, u' '))
                 .arg(rssMb, 9, 'f', 1)
                 .arg(250)
                 .arg(rssMb <= 250 ? QStringLiteral("PASS") : QStringLiteral("OVER"))
          << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmark of the payments table."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("rows"),
                       QStringLiteral("Rows to generate (default 1000000)."), QStringLiteral("N"),
                       QStringLiteral("1000000") });
    parser.addOption({ QStringLiteral("db"),
                       QStringLiteral("Database to use; reused if it exists, else generated."),
                       QStringLiteral("PATH") });
    parser.addOption({ QStringLiteral("keep"), QStringLiteral("Keep the generated database.") });
    // Internal: the measuring child process.
    QCommandLineOption measureOnly(QStringLiteral("measure-only"));
    measureOnly.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(measureOnly);
    parser.process(app);

    bool ok = false;
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong(&ok);
    if (!ok || rows < 1) {
        std::fprintf(stderr, "--rows takes a positive number\n");
        return 2;
    }
    if (parser.isSet(measureOnly))
        return measure(parser.value(QStringLiteral("db")));

    QTemporaryDir dir;
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        if (!dir.isValid())
            return 1;
        dir.setAutoRemove(!parser.isSet(QStringLiteral("keep")));
        path = dir.filePath(QStringLiteral("bench.sqlite"));
    }
    if (QFileInfo::exists(path)) {
        out() << "reusing " << path << Qt::endl;
    } else {
        out() << "generating " << rows << " payments into " << path << Qt::endl;
        if (!bench::generate(path, rows))
            return 1;
    }

    // Measure in a fresh process: no state from generating, its own peak RSS.
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                { QStringLiteral("--measure-only"), QStringLiteral("--db"), path });
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit)
        return 1;
    if (parser.isSet(QStringLiteral("keep")) && !parser.isSet(QStringLiteral("db")))
        out() << "kept " << path << Qt::endl;
    return child.exitCode();
}
