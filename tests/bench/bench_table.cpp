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

struct Name
{
    const char *native;
    const char *latin; // for the e-mail address
};

// Several scripts, so the trigram index and LIKE see realistic text.
constexpr std::array<Name, 24> kFirstNames { {
    { "Anna", "anna" },       { "Lukas", "lukas" },    { "Marie", "marie" },
    { "Jonas", "jonas" },     { "Sophie", "sophie" },  { "Paul", "paul" },
    { "Иван", "ivan" },       { "Мария", "maria" },    { "Алексей", "aleksei" },
    { "Ольга", "olga" },      { "Дмитрий", "dmitri" }, { "Наталья", "natalia" },
    { "Γιώργος", "giorgos" }, { "Ελένη", "eleni" },    { "Zofia", "zofia" },
    { "Łukasz", "lukasz" },   { "José", "jose" },      { "Lucía", "lucia" },
    { "Ahmet", "ahmet" },     { "Ayşe", "ayse" },      { "太郎", "taro" },
    { "花子", "hanako" },     { "Olivia", "olivia" },  { "Noah", "noah" },
} };

constexpr std::array<Name, 24> kLastNames { {
    { "Müller", "mueller" },
    { "Schmidt", "schmidt" },
    { "Schneider", "schneider" },
    { "Fischer", "fischer" },
    { "Weber", "weber" },
    { "Meyer", "meyer" },
    { "Иванов", "ivanov" },
    { "Смирнова", "smirnova" },
    { "Кузнецов", "kuznetsov" },
    { "Попова", "popova" },
    { "Соколов", "sokolov" },
    { "Лебедева", "lebedeva" },
    { "Παπαδόπουλος", "papadopoulos" },
    { "Νικολάου", "nikolaou" },
    { "Kowalski", "kowalski" },
    { "Nowak", "nowak" },
    { "García", "garcia" },
    { "Fernández", "fernandez" },
    { "Yılmaz", "yilmaz" },
    { "Kaya", "kaya" },
    { "山田", "yamada" },
    { "佐藤", "sato" },
    { "Johnson", "johnson" },
    { "Anderson", "anderson" },
} };

// One row in 10,000 gets this surname: the "small number of rows" search.
constexpr Name kRareLastName { "Quetzalcoatl", "quetzalcoatl" };

constexpr std::array<const char *, 5> kCurrencies { "EUR", "USD", "RUB", "PLN", "JPY" };
constexpr std::array<int, 5> kCurrencyWeights { 50, 20, 15, 10, 5 };
constexpr std::array<const char *, 6> kLanguages { "de", "en", "ru", "pl", "es", "" };
constexpr std::array<const char *, 4> kDomains { "example.com", "mail.example", "firma.example",
                                                 "почта.example" };

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

bool bindText(sqlite3_stmt *stmt, int index, const QByteArray &text)
{
    return sqlite3_bind_text(stmt, index, text.constData(), int(text.size()), SQLITE_TRANSIENT)
        == SQLITE_OK;
}

bool execSql(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", sql, error ? error : "?");
        sqlite3_free(error);
        return false;
    }
    return true;
}

// Creates `path` through the real Database (schema, indexes, triggers) and
// fills it with `rows` payments in one transaction with one prepared INSERT.
bool generate(const QString &path, qint64 rows)
{
    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "open: %s %s\n", qPrintable(db.error().message),
                     qPrintable(db.error().detail));
        return false;
    }
    sqlite3 *handle = (*db)->sqliteHandle();
    if (!handle) {
        std::fprintf(stderr, "no sqlite3 handle\n");
        return false;
    }
    if (!execSql(handle, "BEGIN IMMEDIATE"))
        return false;
    if (!execSql(handle,
                 "INSERT INTO profiles (uid, service, name, settings, created_at, updated_at) "
                 "VALUES ('00000000-0000-4000-8000-000000000001', 'paybylink', 'Shop', '{}', "
                 "'2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'), "
                 "('00000000-0000-4000-8000-000000000002', 'paybylink', 'Магазин', '{}', "
                 "'2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'), "
                 "('00000000-0000-4000-8000-000000000003', 'bitrix24', 'Portal', '{}', "
                 "'2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')"))
        return false;

    const char *sql =
        "INSERT INTO payments (service, profile_id, external_id, order_ref, customer_name, "
        "email, phone, amount_minor, currency, description, language, expiry, link, short_link, "
        "status, last_error, signed_params, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, '', '[]', "
        "?16, ?16)";
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "prepare: %s\n", sqlite3_errmsg(handle));
        return false;
    }

    std::mt19937_64 rng(20240601);
    const auto uniform = [&](qint64 lo, qint64 hi) {
        return std::uniform_int_distribution<qint64>(lo, hi)(rng);
    };
    std::discrete_distribution<int> currencyPick(kCurrencyWeights.begin(), kCurrencyWeights.end());
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    constexpr qint64 kYearMs = 365LL * 24 * 3600 * 1000;
    const QString iso = QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ");

    for (qint64 i = 1; i <= rows; ++i) {
        const bool bitrix = uniform(0, 99) < 15;
        const Name &first = kFirstNames.at(std::size_t(uniform(0, kFirstNames.size() - 1)));
        const Name &last = i % 10000 == 0
            ? kRareLastName
            : kLastNames.at(std::size_t(uniform(0, kLastNames.size() - 1)));
        const QByteArray customer = QByteArray(first.native) + ' ' + last.native;
        const QByteArray email = QByteArray(first.latin) + '.' + last.latin
            + QByteArray::number(uniform(1, 999)) + '@'
            + kDomains.at(std::size_t(uniform(0, kDomains.size() - 1)));
        const QByteArray order = "INV-" + QByteArray::number(i).rightJustified(7, '0');
        const QByteArray phone = "+49 30 " + QByteArray::number(uniform(1000000, 9999999));
        const char *currency = kCurrencies.at(std::size_t(currencyPick(rng)));
        const qint64 amount = uniform(1, 10'000'000);
        const qint64 createdMs = nowMs - uniform(0, kYearMs);
        const QDateTime created = QDateTime::fromMSecsSinceEpoch(createdMs, Qt::UTC);
        const int roll = int(uniform(0, 99));
        const char *status = roll < 5 ? "draft"
            : roll < 65               ? "ready"
            : roll < 95               ? "paid"
                                      : "failed";
        const bool hasLink = qstrcmp(status, "draft") != 0;
        const QByteArray link = hasLink
            ? (bitrix ? "https://portal.example/pay/?id=" : "https://pay.example/p/")
                + QByteArray::number(i) + "&h=" + QByteArray::number(quint64(rng()) >> 16, 16)
            : QByteArray();
        const QByteArray shortLink = hasLink && bitrix
            ? "https://b24.example/~" + QByteArray::number(i * 7919, 36)
            : QByteArray();
        const QByteArray description = "Order " + order + " — services "
            + QByteArray::number(uniform(1, 12)) + "/" + QByteArray::number(created.date().year());

        sqlite3_bind_text(stmt, 1, bitrix ? "bitrix24" : "paybylink", -1, SQLITE_STATIC);
        sqlite3_bind_int64(stmt, 2, bitrix ? 3 : 1 + (i % 2));
        if (bitrix)
            bindText(stmt, 3, QByteArray::number(i));
        else
            sqlite3_bind_null(stmt, 3);
        bindText(stmt, 4, order);
        bindText(stmt, 5, customer);
        bindText(stmt, 6, email);
        bindText(stmt, 7, phone);
        sqlite3_bind_int64(stmt, 8, amount);
        sqlite3_bind_text(stmt, 9, currency, -1, SQLITE_STATIC);
        bindText(stmt, 10, description);
        sqlite3_bind_text(stmt, 11, kLanguages.at(std::size_t(uniform(0, kLanguages.size() - 1))),
                          -1, SQLITE_STATIC);
        if (uniform(0, 9) < 8)
            bindText(stmt, 12,
                     created.date().addDays(uniform(7, 60)).toString(Qt::ISODate).toUtf8());
        else
            sqlite3_bind_null(stmt, 12);
        bindText(stmt, 13, link);
        bindText(stmt, 14, shortLink);
        sqlite3_bind_text(stmt, 15, status, -1, SQLITE_STATIC);
        bindText(stmt, 16, created.toString(iso).toLatin1());
        if (sqlite3_step(stmt) != SQLITE_DONE) {
            std::fprintf(stderr, "insert row %lld: %s\n", static_cast<long long>(i),
                         sqlite3_errmsg(handle));
            sqlite3_finalize(stmt);
            return false;
        }
        sqlite3_reset(stmt);
        if (i % 100000 == 0)
            out() << QStringLiteral("  generated %1 rows, %2 s")
                         .arg(i)
                         .arg(ms(timer) / 1000, 0, 'f', 1)
                  << Qt::endl;
    }
    sqlite3_finalize(stmt);
    if (!execSql(handle, "COMMIT"))
        return false;
    const double insertMs = ms(timer);
    db.value().reset(); // closes and checkpoints the WAL
    out() << QStringLiteral("generated %1 rows in %2 s (file %3 MB)")
                 .arg(rows)
                 .arg(insertMs / 1000, 0, 'f', 1)
                 .arg(double(QFileInfo(path).size()) / (1024 * 1024), 0, 'f', 0)
          << Qt::endl;
    return true;
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
        { "search broad \"Иванов\"", QStringLiteral("Иванов"), 100, "" },
        { "search broad \"example.com\"", QStringLiteral("example.com"), 100, "" },
    };
    for (const SearchCase &s : searches) {
        PaymentFilter filter;
        filter.search = s.term;
        timer.restart();
        model.setFilter(filter);
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
        readFirstRows(model);
        report(qPrintable(QStringLiteral("filter status expired (%1 rows)").arg(model.rowCount())),
               ms(timer), 100);
    }

    // 3. Sort the whole table.
    model.setFilter(PaymentFilter());
    readFirstRows(model);
    timer.restart();
    model.sort(PaymentTableModel::AmountColumn, Qt::AscendingOrder);
    readFirstRows(model);
    report("sort Amount ascending + first 50 rows", ms(timer), 250);
    timer.restart();
    model.sort(PaymentTableModel::CustomerColumn, Qt::DescendingOrder);
    readFirstRows(model);
    report("sort Customer descending + first 50 rows", ms(timer), 250);

    // 4. Jump to the middle, as dragging the scroll bar does (OFFSET paging).
    timer.restart();
    const int middle = model.rowCount() / 2;
    for (int c = 0; c < model.columnCount(); ++c)
        model.data(model.index(middle, c));
    report("jump to the middle row (Customer desc)", ms(timer), 100, "  (info)");

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
        if (!generate(path, rows))
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
