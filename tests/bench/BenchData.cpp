#include "BenchData.h"

#include "store/Database.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTextStream>

#include <sqlite3.h>

#include <array>
#include <cstdio>
#include <random>

namespace paylink::bench {

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

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
} // namespace

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

} // namespace paylink::bench
