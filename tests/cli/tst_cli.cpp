// The real `paylink` binary, run with QProcess against databases seeded through
// the model library. Every child gets its own HOME and XDG tree. CSV exports are
// read back by an independent parser (Python's csv module), never by our own.
#include "../TestEnv.h"

#include "core/AppInfo.h"
#include "csv/CsvWriter.h"
#include "store/Database.h"
#include "store/PaymentStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace paylink;

namespace {

struct Run
{
    QProcess::ExitStatus status = QProcess::CrashExit;
    int code = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // For QVERIFY2 messages.
    QByteArray describe() const
    {
        return "exit status " + QByteArray::number(int(status)) + ", code "
            + QByteArray::number(code) + "\nstdout: " + out.left(2000)
            + "\nstderr: " + err.left(2000);
    }
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// The values the seeded rows hold, spelled out here rather than taken from the
// model's own formatting code.
const QString kSpecialCustomer =
    QStringLiteral("Пётр \"Иванов\"; ООО, Москва\tотдел\nвторая строка");
const QString kSpecialDescription =
    QStringLiteral("Оплата; \"счёт\"\nстрока 2, итог\tконец\r\nконец");
const QString kSpecialPhone = QStringLiteral(" +7 495 000-00-00 ");
const QString kProfileName = QStringLiteral("Портал основной");
constexpr qint64 kHugeAmount = 1'000'000'000'000;

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void usage_data();
    void usage();
    void usageErrorsCreateNoDatabase();
    void defaultDatabaseIsIsolatedAndPrivate();

    void listPlain();
    void listJson();
    void listJsonStatusFilter_data();
    void listJsonStatusFilter();
    void listJsonSearch_data();
    void listJsonSearch();

    void exportCsvRoundTrips_data();
    void exportCsvRoundTrips();
    void exportFilteredByDerivedStatus();
    void exportGuardsFormulas();
    void exportIntoMissingFolderFails();
    void exportReplacesExistingFile();
    void failedExportKeepsExistingFile();

    void markPaidAndUnpaid();
    void markPaidUnknownIdChangesNothing();
    void unknownStatusIsShownNeverActedOn();

    void badDbFolder();
    void badDbNotSqlite();
    void badDbOtherProgram();
    void badDbUnwritableLocation_data();
    void badDbUnwritableLocation();
    void badDbReadOnly();
    void openErrorsNameTheRealCause();

private:
    Run cli(const QStringList &args) const;
    // A fresh database at `name` in the temporary folder with the six payments
    // below; returns its path.
    QString seed(const QString &name);
    QJsonArray listJsonOf(const QString &db, const QStringList &extra = {});
    QJsonArray parseCsv(const QString &file, const QString &delimiter);
    QString python() const;

    QTemporaryDir m_dir;
    QString m_envRoot;
    // Filled by seed(); equal for every seeded database (same order, same ids).
    QList<Payment> m_seeded;
    QStringList m_expectedStatus; // effective status of m_seeded[i]
    QDate m_today;
};

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(PAYLINK_CLI_PATH)).isExecutable(), PAYLINK_CLI_PATH);
    m_envRoot = m_dir.filePath(QStringLiteral("env"));
    for (const char *sub : { "home", "config", "data", "cache", "state", "runtime" })
        QVERIFY(QDir().mkpath(m_envRoot + u'/' + QString::fromLatin1(sub)));
    QVERIFY(QFile::setPermissions(m_envRoot + QStringLiteral("/runtime"),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner));
    QVERIFY2(!python().isEmpty(), "python3 is needed to read CSV back independently");
    m_today = QDate::currentDate();
}

QString TestCli::python() const
{
    if (QFileInfo(QStringLiteral("/usr/bin/python3")).isExecutable())
        return QStringLiteral("/usr/bin/python3");
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

Run TestCli::cli(const QStringList &args) const
{
    QProcess p;
    p.setProcessEnvironment(test::isolatedEnvironment(m_envRoot));
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral(PAYLINK_CLI_PATH), args);
    Run r;
    if (!p.waitForStarted(30000))
        return r;
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.status = p.exitStatus();
    r.code = r.status == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString TestCli::seed(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    auto db = Database::open(path);
    if (!db) {
        qWarning() << db.error().message << db.error().detail;
        return {};
    }
    qint64 profileId = 0;
    {
        QSqlQuery q((*db)->connection());
        q.prepare(QStringLiteral("INSERT INTO profiles (uid, service, name, settings, created_at, "
                                 "updated_at) VALUES (?, 'bitrix24', ?, '{}', ?, ?)"));
        q.addBindValue(QStringLiteral("7f1c1e4a-0c5b-4c1e-9f43-3f9a0d1b2c3d"));
        q.addBindValue(kProfileName);
        q.addBindValue(QStringLiteral("2024-01-02T03:04:05.006Z"));
        q.addBindValue(QStringLiteral("2024-01-02T03:04:05.006Z"));
        if (!q.exec()) {
            qWarning() << q.lastError().text();
            return {};
        }
        profileId = q.lastInsertId().toLongLong();
    }

    QList<Payment> rows;
    QStringList status;
    const auto add = [&](Payment p, const char *effective) {
        rows << p;
        status << QString::fromLatin1(effective);
    };
    Payment plain;
    plain.orderRef = QStringLiteral("INV-000101");
    plain.customerName = QStringLiteral("Anna Schmidt");
    plain.email = QStringLiteral("anna.schmidt@example.com");
    plain.phone = QStringLiteral("+49 30 1234567");
    plain.amountMinor = 2850;
    plain.currency = QStringLiteral("EUR");
    plain.description = QStringLiteral("Consulting, March");
    plain.language = QStringLiteral("de");
    plain.expiry = m_today.addDays(30);
    plain.link = QStringLiteral("https://pay.example/p/101");
    plain.status = PaymentStatus::Ready;
    add(plain, "ready");

    Payment special;
    special.orderRef = QStringLiteral("INV-000102");
    special.customerName = kSpecialCustomer;
    special.email = QStringLiteral("petr@example.ru");
    special.phone = kSpecialPhone;
    special.amountMinor = 12345;
    special.currency = QStringLiteral("RUB");
    special.description = kSpecialDescription;
    special.language = QStringLiteral("ru");
    special.status = PaymentStatus::Draft;
    add(special, "draft");

    Payment huge;
    huge.orderRef = QStringLiteral("INV-000103");
    huge.customerName = QStringLiteral("Big Spender");
    huge.email = QStringLiteral("big@example.com");
    huge.amountMinor = kHugeAmount;
    huge.currency = QStringLiteral("EUR");
    huge.link = QStringLiteral("https://pay.example/p/103");
    huge.status = PaymentStatus::Ready;
    add(huge, "ready");

    Payment expired;
    expired.orderRef = QStringLiteral("INV-000104");
    expired.customerName = QStringLiteral("Old Invoice");
    expired.email = QStringLiteral("old@example.com");
    expired.amountMinor = 100;
    expired.currency = QStringLiteral("USD");
    expired.expiry = m_today.addDays(-3);
    expired.link = QStringLiteral("https://pay.example/p/104");
    expired.status = PaymentStatus::Ready;
    add(expired, "expired");

    Payment paid;
    paid.orderRef = QStringLiteral("INV-000105");
    paid.customerName = QStringLiteral("Ødegård 日本");
    paid.email = QStringLiteral("paid@example.com");
    paid.amountMinor = 5000;
    paid.currency = QStringLiteral("JPY");
    paid.expiry = m_today.addDays(-10); // paid stays paid after its expiry
    paid.link = QStringLiteral("https://pay.example/p/105");
    paid.status = PaymentStatus::Paid;
    add(paid, "paid");

    Payment bitrix;
    bitrix.service = Service::Bitrix24;
    bitrix.profileId = profileId;
    bitrix.externalId = QStringLiteral("4711");
    bitrix.orderRef = QStringLiteral("Сделка 77");
    bitrix.customerName = QStringLiteral("ООО «Ромашка»");
    bitrix.email = QStringLiteral("buh@b24.example");
    bitrix.amountMinor = 150000;
    bitrix.currency = QStringLiteral("RUB");
    bitrix.language = QStringLiteral("ru");
    bitrix.expiry = m_today.addDays(10);
    bitrix.link = QStringLiteral("https://portal.example/pay/?id=4711&sig=abc");
    bitrix.shortLink = QStringLiteral("https://b24.example/~tR9sB");
    bitrix.status = PaymentStatus::Ready;
    add(bitrix, "ready");

    PaymentStore store(**db);
    for (Payment &p : rows) {
        if (Status s = store.insert(p); !s) {
            qWarning() << s.error().message << s.error().detail;
            return {};
        }
        p.profileName = p.profileId ? kProfileName : QString();
    }
    m_seeded = rows;
    m_expectedStatus = status;
    return path;
}

QJsonArray TestCli::listJsonOf(const QString &db, const QStringList &extra)
{
    const Run r = cli(
        QStringList { QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db }
        + extra);
    if (r.status != QProcess::NormalExit || r.code != 0) {
        qWarning("%s", r.describe().constData());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        qWarning("not a JSON array: %s\n%s", qPrintable(error.errorString()), r.out.constData());
        return {};
    }
    return doc.array();
}

// Rows of the CSV as Python's csv module reads them, as a JSON array of arrays.
QJsonArray TestCli::parseCsv(const QString &file, const QString &delimiter)
{
    const QString script =
        QStringLiteral("import csv, json, sys\n"
                       "with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n"
                       "    rows = list(csv.reader(f, delimiter=sys.argv[2], strict=True))\n"
                       "print(json.dumps(rows))\n");
    QProcess p;
    p.start(python(), { QStringLiteral("-c"), script, file, delimiter });
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("python csv failed: %s", p.readAllStandardError().constData());
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput());
    return doc.array();
}

// A status written around the CHECK (by hand, or by a newer program) shows
// as unknown, not draft, and is never changed (issue 21, item 8).
void TestCli::unknownStatusIsShownNeverActedOn()
{
    const QString db = seed(QStringLiteral("status-unknown.sqlite"));
    QVERIFY(!db.isEmpty());
    const qint64 id = m_seeded.at(0).id;
    const auto storedStatus = [&db, id]() -> QString {
        auto open = Database::open(db);
        QSqlQuery q((*open)->connection());
        if (!q.exec(QStringLiteral("SELECT status FROM payments WHERE id = %1").arg(id))
            || !q.next())
            return QStringLiteral("?");
        return q.value(0).toString();
    };
    {
        auto open = Database::open(db);
        QVERIFY(open.ok());
        QSqlQuery q((*open)->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
        QVERIFY(q.exec(
            QStringLiteral("UPDATE payments SET status = 'refunded' WHERE id = %1").arg(id)));
    }
    const Run list = cli({ QStringLiteral("list"), QStringLiteral("--db"), db });
    QVERIFY2(list.code == 0, list.describe().constData());
    bool shown = false;
    for (const QString &line : QString::fromUtf8(list.out).split(u'\n'))
        if (line.startsWith(QString::number(id) + u'\t'))
            shown = line.split(u'\t').at(2) == QLatin1String("unknown");
    QVERIFY2(shown, list.out.constData());

    for (const char *command : { "mark-paid", "mark-unpaid" }) {
        const Run r = cli({ QString::fromLatin1(command), QStringLiteral("--db"), db,
                            QStringLiteral("--id"), QString::number(id) });
        QVERIFY2(r.code == 1, r.describe().constData());
        QVERIFY2(r.errText().contains(QStringLiteral("does not know")), r.describe().constData());
        QCOMPARE(storedStatus(), QStringLiteral("refunded"));
    }
}

// ---------------------------------------------------------------------------
// Usage: exit codes 0 and 2, output on the right stream.

void TestCli::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("stdoutHas"); // empty: stdout must be empty
    QTest::addColumn<QString>("stderrHas"); // empty: no requirement

    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    const auto l = [](std::initializer_list<const char *> items) {
        QStringList list;
        for (const char *i : items)
            list << QString::fromUtf8(i);
        return list;
    };

    QTest::newRow("--version") << l({ "--version" }) << 0
                               << s("paylink ") + AppInfo::version() + u'\n' << QString();
    QTest::newRow("--help") << l({ "--help" }) << 0 << s("mark-unpaid") << QString();
    QTest::newRow("no args") << QStringList() << 2 << QString() << s("Usage: paylink");
    QTest::newRow("unknown command") << l({ "frobnicate" }) << 2 << QString() << s("frobnicate");
    for (const char *command : { "list", "export", "mark-paid", "mark-unpaid", "qr" }) {
        QTest::addRow("%s --help", command)
            << l({ command, "--help" }) << 0 << s("paylink %1 [options]").arg(s(command))
            << QString();
    }
    QTest::newRow("list --bogus") << l({ "list", "--bogus" }) << 2 << QString() << s("bogus");
    QTest::newRow("export --bogus")
        << l({ "export", "--bogus", "-o", "x.csv" }) << 2 << QString() << s("bogus");
    QTest::newRow("list --db without value") << l({ "list", "--db" }) << 2 << QString() << s("db");
    QTest::newRow("mark-paid without --id") << l({ "mark-paid" }) << 2 << QString() << s("--id");
    QTest::newRow("mark-unpaid without --id")
        << l({ "mark-unpaid" }) << 2 << QString() << s("--id");
    QTest::newRow("mark-paid --id abc")
        << l({ "mark-paid", "--id", "abc" }) << 2 << QString() << s("abc");
    QTest::newRow("mark-paid --id 0")
        << l({ "mark-paid", "--id", "0" }) << 2 << QString() << s("“0”");
    QTest::newRow("mark-paid --id 1,x")
        << l({ "mark-paid", "--id", "1,x" }) << 2 << QString() << s("“x”");
    QTest::newRow("export without -o") << l({ "export" }) << 2 << QString() << s("-o");
    QTest::newRow("export --delimiter x")
        << l({ "export", "-o", "x.csv", "--delimiter", "x" }) << 2 << QString() << s("“x”");
    QTest::newRow("export --delimiter tab") << l({ "export", "-o", "x.csv", "--delimiter", "\t" })
                                            << 2 << QString() << s("--delimiter");
    QTest::newRow("list --status bogus")
        << l({ "list", "--status", "bogus" }) << 2 << QString() << s("bogus");
    QTest::newRow("export --status bogus")
        << l({ "export", "-o", "x.csv", "--status", "bogus" }) << 2 << QString() << s("bogus");
    QTest::newRow("list --service bogus")
        << l({ "list", "--service", "bogus" }) << 2 << QString() << s("bogus");
}

void TestCli::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, stdoutHas);
    QFETCH(QString, stderrHas);
    const Run r = cli(args);
    QVERIFY2(r.status == QProcess::NormalExit, r.describe().constData());
    QVERIFY2(r.code == code, r.describe().constData());
    if (stdoutHas.isEmpty())
        QVERIFY2(r.out.isEmpty(), r.describe().constData());
    else
        QVERIFY2(r.outText().contains(stdoutHas), r.describe().constData());
    if (code != 0)
        QVERIFY2(!r.err.trimmed().isEmpty(), r.describe().constData());
    if (!stderrHas.isEmpty())
        QVERIFY2(r.errText().contains(stderrHas), r.describe().constData());
    if (QTest::currentDataTag() == QByteArrayLiteral("--version"))
        QVERIFY(QRegularExpression(QStringLiteral("^paylink \\d+\\.\\d+\\.\\d+\\n$"))
                    .match(r.outText())
                    .hasMatch());
    if (QTest::currentDataTag() == QByteArrayLiteral("--help")) {
        for (const char *command : { "list", "export", "mark-paid", "mark-unpaid", "qr" })
            QVERIFY2(r.out.contains(QByteArray("\n  " + QByteArray(command) + ' ')), command);
    }
}

void TestCli::usageErrorsCreateNoDatabase()
{
    const QString db = m_dir.filePath(QStringLiteral("never-created.sqlite"));
    const QList<QStringList> cases = {
        { QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("bogus") },
        { QStringLiteral("export"), QStringLiteral("-o"), QStringLiteral("x.csv"),
          QStringLiteral("--delimiter"), QStringLiteral("|") },
        { QStringLiteral("mark-paid"), QStringLiteral("--id"), QStringLiteral("abc") },
        { QStringLiteral("list"), QStringLiteral("--help") },
    };
    for (const QStringList &c : cases) {
        const Run r = cli(c + QStringList { QStringLiteral("--db"), db });
        QVERIFY2(r.status == QProcess::NormalExit, r.describe().constData());
        QVERIFY2(r.code == (c.contains(QStringLiteral("--help")) ? 0 : 2),
                 r.describe().constData());
        QVERIFY2(!QFileInfo::exists(db), qPrintable(c.join(u' ')));
    }
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x.csv"))));
}

void TestCli::defaultDatabaseIsIsolatedAndPrivate()
{
    const QString expected =
        m_envRoot + QStringLiteral("/data/paylinkdesk/paylink-desk/payments.sqlite");
    QVERIFY(!QFileInfo::exists(expected));
    const Run r = cli({ QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(r.status == QProcess::NormalExit && r.code == 0, r.describe().constData());
    QCOMPARE(r.out, QByteArray("[]\n"));
    QVERIFY2(QFileInfo::exists(expected), qPrintable(expected));
    // D3: the file 0600, its folder 0700.
    const QFileDevice::Permissions groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    const QFileDevice::Permissions file = QFileInfo(expected).permissions();
    QVERIFY(file.testFlag(QFileDevice::ReadOwner) && file.testFlag(QFileDevice::WriteOwner));
    QVERIFY(!file.testFlag(QFileDevice::ExeOwner));
    QCOMPARE(file & groupOrOther, QFileDevice::Permissions());
    const QFileDevice::Permissions folder =
        QFileInfo(QFileInfo(expected).absolutePath()).permissions();
    QVERIFY(folder.testFlag(QFileDevice::ExeOwner));
    QCOMPARE(folder & groupOrOther, QFileDevice::Permissions());
    const Run plain = cli({ QStringLiteral("list") });
    QVERIFY2(plain.status == QProcess::NormalExit && plain.code == 0, plain.describe().constData());
    QVERIFY2(plain.out.isEmpty(), plain.describe().constData());
}

// ---------------------------------------------------------------------------
// list

void TestCli::listPlain()
{
    const QString db = seed(QStringLiteral("list-plain.sqlite"));
    QVERIFY(!db.isEmpty());
    const Run r = cli({ QStringLiteral("list"), QStringLiteral("--db"), db });
    QVERIFY2(r.status == QProcess::NormalExit && r.code == 0, r.describe().constData());
    QVERIFY(r.out.endsWith('\n'));
    const QStringList lines = r.outText().chopped(1).split(u'\n');
    QCOMPARE(lines.size(), m_seeded.size());
    for (const QString &line : lines)
        QCOMPARE(line.split(u'\t').size(), 8);

    const auto id = [&](int i) { return QString::number(m_seeded.at(i).id); };
    QCOMPARE(lines.at(0),
             id(0)
                 + QStringLiteral("\tpaybylink\tready\tINV-000101\tAnna Schmidt\t28.50\tEUR\t"
                                  "https://pay.example/p/101"));
    // Tabs and line breaks inside values become spaces; the rest is verbatim.
    QCOMPARE(lines.at(1),
             id(1)
                 + QStringLiteral("\tpaybylink\tdraft\tINV-000102\tПётр \"Иванов\"; ООО, Москва "
                                  "отдел вторая строка\t123.45\tRUB\t"));
    QCOMPARE(lines.at(2),
             id(2)
                 + QStringLiteral("\tpaybylink\tready\tINV-000103\tBig Spender\t10000000000.00\t"
                                  "EUR\thttps://pay.example/p/103"));
    QCOMPARE(lines.at(3),
             id(3)
                 + QStringLiteral("\tpaybylink\texpired\tINV-000104\tOld Invoice\t1.00\tUSD\t"
                                  "https://pay.example/p/104"));
    QCOMPARE(lines.at(4),
             id(4)
                 + QStringLiteral("\tpaybylink\tpaid\tINV-000105\tØdegård 日本\t5000\tJPY\t"
                                  "https://pay.example/p/105"));
    // The short link is preferred over the link.
    QCOMPARE(lines.at(5),
             id(5)
                 + QStringLiteral("\tbitrix24\tready\tСделка 77\tООО «Ромашка»\t1500.00\tRUB\t"
                                  "https://b24.example/~tR9sB"));
}

void TestCli::listJson()
{
    const QString db = seed(QStringLiteral("list-json.sqlite"));
    QVERIFY(!db.isEmpty());
    const Run r =
        cli({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db });
    QVERIFY2(r.status == QProcess::NormalExit && r.code == 0, r.describe().constData());
    QVERIFY2(r.err.isEmpty(), r.describe().constData());
    // 10^12 is written as an integer, not as 1e+12 or 1000000000000.0.
    QVERIFY2(r.out.contains("\"amountMinor\":1000000000000,"), r.out.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isArray());
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), m_seeded.size());

    QStringList fields = {
        QStringLiteral("id"),         QStringLiteral("service"),     QStringLiteral("profile"),
        QStringLiteral("externalId"), QStringLiteral("orderRef"),    QStringLiteral("customerName"),
        QStringLiteral("email"),      QStringLiteral("phone"),       QStringLiteral("amountMinor"),
        QStringLiteral("currency"),   QStringLiteral("description"), QStringLiteral("language"),
        QStringLiteral("expiry"),     QStringLiteral("link"),        QStringLiteral("shortLink"),
        QStringLiteral("status"),     QStringLiteral("createdAt"),   QStringLiteral("updatedAt")
    };
    fields.sort();

    for (qsizetype i = 0; i < array.size(); ++i) {
        QVERIFY(array.at(i).isObject());
        const QJsonObject o = array.at(i).toObject();
        const Payment &p = m_seeded.at(i);
        QStringList keys = o.keys();
        keys.sort();
        QCOMPARE(keys, fields);

        QVERIFY(o.value(QStringLiteral("id")).isDouble());
        QCOMPARE(o.value(QStringLiteral("id")).toInteger(), p.id);
        QCOMPARE(o.value(QStringLiteral("service")).toString(),
                 p.service == Service::Bitrix24 ? QStringLiteral("bitrix24")
                                                : QStringLiteral("paybylink"));
        QCOMPARE(o.value(QStringLiteral("profile")).toString(), p.profileName);
        QCOMPARE(o.value(QStringLiteral("externalId")).toString(), p.externalId);
        QCOMPARE(o.value(QStringLiteral("orderRef")).toString(), p.orderRef);
        QCOMPARE(o.value(QStringLiteral("customerName")).toString(), p.customerName);
        QCOMPARE(o.value(QStringLiteral("email")).toString(), p.email);
        QCOMPARE(o.value(QStringLiteral("phone")).toString(), p.phone);
        QVERIFY(o.value(QStringLiteral("amountMinor")).isDouble());
        QCOMPARE(o.value(QStringLiteral("amountMinor")).toInteger(), p.amountMinor);
        QCOMPARE(o.value(QStringLiteral("currency")).toString(), p.currency);
        QCOMPARE(o.value(QStringLiteral("description")).toString(), p.description);
        QCOMPARE(o.value(QStringLiteral("language")).toString(), p.language);
        if (p.expiry.isValid())
            QCOMPARE(o.value(QStringLiteral("expiry")).toString(),
                     p.expiry.toString(QStringLiteral("yyyy-MM-dd")));
        else
            QVERIFY(o.value(QStringLiteral("expiry")).isNull());
        QCOMPARE(o.value(QStringLiteral("link")).toString(), p.link);
        QCOMPARE(o.value(QStringLiteral("shortLink")).toString(), p.shortLink);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), m_expectedStatus.at(i));
        const QString iso = QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ");
        QCOMPARE(o.value(QStringLiteral("createdAt")).toString(),
                 p.createdAt.toUTC().toString(iso));
        QCOMPARE(o.value(QStringLiteral("updatedAt")).toString(),
                 p.updatedAt.toUTC().toString(iso));
    }
    // The literal values, not only "what was inserted".
    QCOMPARE(array.at(1).toObject().value(QStringLiteral("customerName")).toString(),
             QStringLiteral("Пётр \"Иванов\"; ООО, Москва\tотдел\nвторая строка"));
    QCOMPARE(array.at(1).toObject().value(QStringLiteral("description")).toString(),
             QStringLiteral("Оплата; \"счёт\"\nстрока 2, итог\tконец\r\nконец"));
    QCOMPARE(array.at(1).toObject().value(QStringLiteral("phone")).toString(),
             QStringLiteral(" +7 495 000-00-00 "));
    QCOMPARE(array.at(2).toObject().value(QStringLiteral("amountMinor")).toInteger(),
             Q_INT64_C(1000000000000));
    QCOMPARE(array.at(5).toObject().value(QStringLiteral("profile")).toString(),
             QStringLiteral("Портал основной"));
}

void TestCli::listJsonStatusFilter_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("orderRefs");
    QTest::newRow("expired") << QStringLiteral("expired")
                             << QStringList { QStringLiteral("INV-000104") };
    QTest::newRow("ready excludes expired")
        << QStringLiteral("ready")
        << QStringList { QStringLiteral("INV-000101"), QStringLiteral("INV-000103"),
                         QStringLiteral("Сделка 77") };
    QTest::newRow("paid") << QStringLiteral("paid") << QStringList { QStringLiteral("INV-000105") };
    QTest::newRow("draft") << QStringLiteral("draft")
                           << QStringList { QStringLiteral("INV-000102") };
    QTest::newRow("failed") << QStringLiteral("failed") << QStringList();
}

void TestCli::listJsonStatusFilter()
{
    QFETCH(QString, status);
    QFETCH(QStringList, orderRefs);
    const QString db = seed(QStringLiteral("status.sqlite"));
    QVERIFY(!db.isEmpty());
    const QJsonArray rows = listJsonOf(db, { QStringLiteral("--status"), status });
    QStringList got;
    for (const QJsonValue &v : rows) {
        got << v.toObject().value(QStringLiteral("orderRef")).toString();
        QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), status);
    }
    QCOMPARE(got, orderRefs);
}

void TestCli::listJsonSearch_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<QStringList>("orderRefs");
    const QStringList special { QStringLiteral("INV-000102") };
    QTest::newRow("cyrillic substring (trigram)") << QStringLiteral("Иванов") << special;
    QTest::newRow("cyrillic, 2 chars (LIKE)") << QStringLiteral("Пё") << special;
    QTest::newRow("with double quotes") << QStringLiteral("\"Иванов\";") << special;
    QTest::newRow("ascii, other case")
        << QStringLiteral("schmidt") << QStringList { QStringLiteral("INV-000101") };
    QTest::newRow("ascii, 2 chars")
        << QStringLiteral("b2") << QStringList { QStringLiteral("Сделка 77") };
    QTest::newRow("order fragment")
        << QStringLiteral("INV-00010")
        << QStringList { QStringLiteral("INV-000101"), QStringLiteral("INV-000102"),
                         QStringLiteral("INV-000103"), QStringLiteral("INV-000104"),
                         QStringLiteral("INV-000105") };
    QTest::newRow("e-mail") << QStringLiteral("old@example")
                            << QStringList { QStringLiteral("INV-000104") };
    QTest::newRow("percent is literal") << QStringLiteral("%") << QStringList();
    QTest::newRow("underscore is literal") << QStringLiteral("_") << QStringList();
    QTest::newRow("no match") << QStringLiteral("Zzyzx") << QStringList();
}

void TestCli::listJsonSearch()
{
    QFETCH(QString, term);
    QFETCH(QStringList, orderRefs);
    const QString db = seed(QStringLiteral("search.sqlite"));
    QVERIFY(!db.isEmpty());
    const Run r = cli({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"),
                        db, QStringLiteral("--search"), term });
    QVERIFY2(r.status == QProcess::NormalExit && r.code == 0, r.describe().constData());
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QStringList got;
    for (const QJsonValue &v : rows)
        got << v.toObject().value(QStringLiteral("orderRef")).toString();
    QCOMPARE(got, orderRefs);
}

// ---------------------------------------------------------------------------
// export

void TestCli::exportCsvRoundTrips_data()
{
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<bool>("bom");
    QTest::newRow("comma") << QStringLiteral(",") << false;
    QTest::newRow("semicolon") << QStringLiteral(";") << false;
    QTest::newRow("comma with BOM") << QStringLiteral(",") << true;
    QTest::newRow("semicolon with BOM") << QStringLiteral(";") << true;
}

void TestCli::exportCsvRoundTrips()
{
    QFETCH(QString, delimiter);
    QFETCH(bool, bom);
    const QString db = seed(QStringLiteral("export.sqlite"));
    QVERIFY(!db.isEmpty());
    const QJsonArray json = listJsonOf(db);
    QCOMPARE(json.size(), m_seeded.size());

    const QString file = m_dir.filePath(QStringLiteral("export.csv"));
    QFile::remove(file);
    QStringList args { QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("-o"),
                       file };
    if (delimiter != QLatin1String(","))
        args << QStringLiteral("--delimiter") << delimiter;
    if (bom)
        args << QStringLiteral("--bom");
    const Run r = cli(args);
    QVERIFY2(r.status == QProcess::NormalExit && r.code == 0, r.describe().constData());
    QVERIFY2(r.out.isEmpty(), r.describe().constData());

    const QByteArray bytes = readAll(file);
    QVERIFY(!bytes.isEmpty());
    const QByteArray utf8Bom("\xEF\xBB\xBF");
    QCOMPARE(bytes.startsWith(utf8Bom), bom);
    const QByteArray body = bom ? bytes.mid(3) : bytes;
    QVERIFY(body.startsWith(QByteArray("id" + delimiter.toUtf8() + "service")));
    // Valid UTF-8 throughout, records end in CRLF.
    QCOMPARE(QString::fromUtf8(body).toUtf8(), body);
    QVERIFY(body.endsWith("\r\n"));
    QVERIFY(body.contains("Оплата; \"\"счёт\"\""));

    const QJsonArray rows = parseCsv(file, delimiter);
    QCOMPARE(rows.size(), m_seeded.size() + 1);
    const QStringList header = {
        QStringLiteral("id"),         QStringLiteral("service"),     QStringLiteral("profile"),
        QStringLiteral("externalId"), QStringLiteral("orderRef"),    QStringLiteral("customerName"),
        QStringLiteral("email"),      QStringLiteral("phone"),       QStringLiteral("amountMinor"),
        QStringLiteral("currency"),   QStringLiteral("description"), QStringLiteral("language"),
        QStringLiteral("expiry"),     QStringLiteral("link"),        QStringLiteral("shortLink"),
        QStringLiteral("status"),     QStringLiteral("createdAt"),   QStringLiteral("updatedAt")
    };
    QStringList gotHeader;
    for (const QJsonValue &v : rows.at(0).toArray())
        gotHeader << v.toString();
    QCOMPARE(gotHeader, header);

    // Every field equals what `list --json` says.
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QJsonArray row = rows.at(i).toArray();
        QCOMPARE(row.size(), header.size());
        const QJsonObject o = json.at(i - 1).toObject();
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QJsonValue v = o.value(header.at(c));
            // Guarded against formulas as a spreadsheet would run them.
            const QString expected =
                CsvWriter::guardFormula(v.isDouble()     ? QString::number(v.toInteger())
                                            : v.isNull() ? QString()
                                                         : v.toString());
            QVERIFY2(row.at(c).toString() == expected,
                     qPrintable(QStringLiteral("row %1 column %2: “%3” != “%4”")
                                    .arg(i)
                                    .arg(header.at(c), row.at(c).toString(), expected)));
        }
    }
    // And the literals, independently of the JSON.
    const QJsonArray special = rows.at(2).toArray();
    QCOMPARE(special.at(5).toString(),
             QStringLiteral("Пётр \"Иванов\"; ООО, Москва\tотдел\nвторая строка"));
    QCOMPARE(special.at(7).toString(), QStringLiteral(" +7 495 000-00-00 "));
    QCOMPARE(special.at(10).toString(),
             QStringLiteral("Оплата; \"счёт\"\nстрока 2, итог\tконец\r\nконец"));
    QCOMPARE(special.at(15).toString(), QStringLiteral("draft"));
    QCOMPARE(rows.at(3).toArray().at(8).toString(), QStringLiteral("1000000000000"));
    QCOMPARE(rows.at(4).toArray().at(15).toString(), QStringLiteral("expired"));
    QCOMPARE(rows.at(6).toArray().at(2).toString(), QStringLiteral("Портал основной"));
    QCOMPARE(rows.at(6).toArray().at(14).toString(), QStringLiteral("https://b24.example/~tR9sB"));
}

void TestCli::exportFilteredByDerivedStatus()
{
    const QString db = seed(QStringLiteral("export-expired.sqlite"));
    QVERIFY(!db.isEmpty());
    const QString file = m_dir.filePath(QStringLiteral("expired.csv"));
    const Run r = cli({ QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("-o"),
                        file, QStringLiteral("--status"), QStringLiteral("expired") });
    QVERIFY2(r.status == QProcess::NormalExit && r.code == 0, r.describe().constData());
    const QJsonArray rows = parseCsv(file, QStringLiteral(","));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).toArray().at(4).toString(), QStringLiteral("INV-000104"));
    QCOMPARE(rows.at(1).toArray().at(15).toString(), QStringLiteral("expired"));
}

// OWASP's CSV injection: by default a value a spreadsheet would run as a
// formula is written with a leading ', --raw writes it as it is, and an
// import of the export gets the original values back.
void TestCli::exportGuardsFormulas()
{
    const QString db = m_dir.filePath(QStringLiteral("formulas.sqlite"));
    QFile::remove(db);
    const QStringList names { QStringLiteral("=1+2"),
                              QStringLiteral("=HYPERLINK(\"https://evil.example\",\"x\")"),
                              QStringLiteral("+31 6 1234 5678"),
                              QStringLiteral("-2+3"),
                              QStringLiteral("@SUM(A1:A2)"),
                              QStringLiteral("\tTab"),
                              QStringLiteral("'quoted already"),
                              QStringLiteral("Plain Name") };
    {
        auto open = Database::open(db);
        QVERIFY(open.ok());
        for (int i = 0; i < names.size(); ++i) {
            Payment p;
            p.orderRef = QStringLiteral("F-%1").arg(i);
            p.customerName = names.at(i);
            p.amountMinor = 100 + i;
            QVERIFY(PaymentStore(**open).insert(p));
        }
    }
    const QString guarded = m_dir.filePath(QStringLiteral("guarded.csv"));
    const QString raw = m_dir.filePath(QStringLiteral("raw.csv"));
    QFile::remove(guarded);
    QFile::remove(raw);
    Run r = cli(
        { QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("-o"), guarded });
    QVERIFY2(r.code == 0, r.describe().constData());
    r = cli({ QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("-o"), raw,
              QStringLiteral("--raw") });
    QVERIFY2(r.code == 0, r.describe().constData());

    const QJsonArray safe = parseCsv(guarded, QStringLiteral(","));
    const QJsonArray asIs = parseCsv(raw, QStringLiteral(","));
    QCOMPARE(safe.size(), names.size() + 1);
    QCOMPARE(asIs.size(), names.size() + 1);
    for (int i = 0; i < names.size(); ++i) {
        const QString name = names.at(i);
        const bool formula = QStringLiteral("=+-@\t").contains(name.front());
        // Rows come newest first: find the row by its order reference.
        for (int row = 1; row <= names.size(); ++row) {
            if (safe.at(row).toArray().at(4).toString() != QStringLiteral("F-%1").arg(i))
                continue;
            QCOMPARE(safe.at(row).toArray().at(5).toString(), formula ? u'\'' + name : name);
            QCOMPARE(asIs.at(row).toArray().at(5).toString(), name);
        }
    }
    // A real spreadsheet reads the guarded cell as text and the raw one as a
    // formula: Gnumeric's ssconvert evaluates the CSV and writes the values.
    const QString ssconvert = QStandardPaths::findExecutable(QStringLiteral("ssconvert"));
    if (ssconvert.isEmpty() && qEnvironmentVariableIsSet("CI"))
        QFAIL("ssconvert (Debian package gnumeric) is missing; CI installs it");
    if (!ssconvert.isEmpty()) {
        const auto shown = [&](const QString &csv) {
            const QString values = csv + QStringLiteral(".values.csv");
            QProcess convert;
            convert.start(ssconvert, { csv, values });
            if (!convert.waitForFinished(60000) || convert.exitCode() != 0)
                qWarning("ssconvert: %s", convert.readAllStandardError().constData());
            const QJsonArray rows = parseCsv(values, QStringLiteral(","));
            for (const QJsonValue &row : rows)
                if (row.toArray().at(4).toString() == QLatin1String("F-0"))
                    return row.toArray().at(5).toString();
            return QStringLiteral("(no row F-0)");
        };
        QCOMPARE(shown(guarded), QStringLiteral("=1+2"));
        QCOMPARE(shown(raw), QStringLiteral("3"));
    }

    // The guarded file imports with the original names.
    const QString back = m_dir.filePath(QStringLiteral("back.sqlite"));
    QFile::remove(back);
    QProcess import;
    import.setProcessEnvironment(
        test::sessionSecretsEnvironment(m_envRoot, QStringLiteral("T3st2016!")));
    import.start(QStringLiteral(PAYLINK_CLI_PATH),
                 { QStringLiteral("paybylink"), QStringLiteral("import"), guarded,
                   QStringLiteral("--entity-key"),
                   QStringLiteral("2b2b9bff-0c96-4f33-a20d-c831ac87e571"), QStringLiteral("--user"),
                   QStringLiteral("Secretapiuser"), QStringLiteral("--db"), back });
    QVERIFY(import.waitForFinished(60000));
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
    auto opened = Database::open(back);
    QVERIFY(opened.ok());
    QStringList stored;
    for (const Payment &p : *PaymentStore(**opened).list({}))
        stored << p.customerName;
    stored.sort();
    QStringList expected;
    for (const QString &name : names)
        expected << name.trimmed(); // the import trims every value
    expected.sort();
    QCOMPARE(stored, expected);
}

void TestCli::exportIntoMissingFolderFails()
{
    const QString db = seed(QStringLiteral("export-missing.sqlite"));
    QVERIFY(!db.isEmpty());
    const QString folder = m_dir.filePath(QStringLiteral("no-such-folder"));
    const QString file = folder + QStringLiteral("/sub/out.csv");
    const Run r =
        cli({ QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("-o"), file });
    QVERIFY2(r.status == QProcess::NormalExit, r.describe().constData());
    QVERIFY2(r.code == 1, r.describe().constData());
    QVERIFY2(r.errText().contains(file), r.describe().constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(folder));
}

void TestCli::exportReplacesExistingFile()
{
    const QString db = seed(QStringLiteral("export-replace.sqlite"));
    QVERIFY(!db.isEmpty());
    const QString folder = m_dir.filePath(QStringLiteral("replace"));
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + QStringLiteral("/out.csv");
    // Longer than the export, so a write without truncation would leave a tail.
    QVERIFY(writeFile(file, QByteArray(256 * 1024, 'G') + "\ntail-of-old-file\n"));
    const Run r =
        cli({ QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("-o"), file });
    QVERIFY2(r.status == QProcess::NormalExit && r.code == 0, r.describe().constData());
    const QByteArray bytes = readAll(file);
    QVERIFY(bytes.startsWith("id,service,"));
    QVERIFY(!bytes.contains("GGGG"));
    QVERIFY(!bytes.contains("tail-of-old-file"));
    QVERIFY(bytes.size() < 8 * 1024);
    QCOMPARE(parseCsv(file, QStringLiteral(",")).size(), m_seeded.size() + 1);
    // No temporary file left beside it.
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList { QStringLiteral("out.csv") });
}

void TestCli::failedExportKeepsExistingFile()
{
    const QString notDb = m_dir.filePath(QStringLiteral("export-not-a-db.sqlite"));
    QVERIFY(writeFile(notDb, "not a database\n"));
    const QString file = m_dir.filePath(QStringLiteral("keep.csv"));
    const QByteArray old = "id,service\r\n1,paybylink\r\n";
    QVERIFY(writeFile(file, old));
    const Run r = cli(
        { QStringLiteral("export"), QStringLiteral("--db"), notDb, QStringLiteral("-o"), file });
    QVERIFY2(r.status == QProcess::NormalExit && r.code == 1, r.describe().constData());
    QCOMPARE(readAll(file), old);
}

// ---------------------------------------------------------------------------
// mark-paid, mark-unpaid

void TestCli::markPaidAndUnpaid()
{
    const QString db = seed(QStringLiteral("mark.sqlite"));
    QVERIFY(!db.isEmpty());
    const QString plainId = QString::number(m_seeded.at(0).id);
    const QString draftId = QString::number(m_seeded.at(1).id);
    const QString expiredId = QString::number(m_seeded.at(3).id);
    const auto statusOf = [&](const QJsonArray &rows, qint64 id) {
        for (const QJsonValue &v : rows) {
            if (v.toObject().value(QStringLiteral("id")).toInteger() == id)
                return v.toObject().value(QStringLiteral("status")).toString();
        }
        return QStringLiteral("<missing>");
    };

    Run r = cli({ QStringLiteral("mark-paid"), QStringLiteral("--db"), db, QStringLiteral("--id"),
                  plainId + u',' + draftId + u',' + expiredId });
    QVERIFY2(r.status == QProcess::NormalExit && r.code == 0, r.describe().constData());
    QVERIFY(r.out.isEmpty());
    QJsonArray rows = listJsonOf(db);
    QCOMPARE(statusOf(rows, m_seeded.at(0).id), QStringLiteral("paid"));
    QCOMPARE(statusOf(rows, m_seeded.at(1).id), QStringLiteral("paid"));
    QCOMPARE(statusOf(rows, m_seeded.at(3).id), QStringLiteral("paid"));
    QCOMPARE(statusOf(rows, m_seeded.at(2).id), QStringLiteral("ready")); // untouched
    QCOMPARE(listJsonOf(db, { QStringLiteral("--status"), QStringLiteral("paid") }).size(), 4);

    r = cli({ QStringLiteral("mark-unpaid"), QStringLiteral("--db"), db, QStringLiteral("--id"),
              plainId, QStringLiteral("--id"), draftId + u',' + expiredId });
    QVERIFY2(r.status == QProcess::NormalExit && r.code == 0, r.describe().constData());
    rows = listJsonOf(db);
    QCOMPARE(statusOf(rows, m_seeded.at(0).id), QStringLiteral("ready"));
    // Without a link it goes back to draft, not ready.
    QCOMPARE(statusOf(rows, m_seeded.at(1).id), QStringLiteral("draft"));
    // Back to ready, and ready past its expiry reads as expired.
    QCOMPARE(statusOf(rows, m_seeded.at(3).id), QStringLiteral("expired"));
}

void TestCli::markPaidUnknownIdChangesNothing()
{
    const QString db = seed(QStringLiteral("mark-unknown.sqlite"));
    QVERIFY(!db.isEmpty());
    const Run before =
        cli({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db });
    QVERIFY2(before.code == 0, before.describe().constData());

    Run r = cli({ QStringLiteral("mark-paid"), QStringLiteral("--db"), db, QStringLiteral("--id"),
                  QStringLiteral("987654") });
    QVERIFY2(r.status == QProcess::NormalExit && r.code == 1, r.describe().constData());
    QVERIFY2(r.errText().contains(QStringLiteral("987654")), r.describe().constData());

    // A known id together with an unknown one: all or nothing.
    r = cli({ QStringLiteral("mark-paid"), QStringLiteral("--db"), db, QStringLiteral("--id"),
              QString::number(m_seeded.at(0).id) + QStringLiteral(",987654") });
    QVERIFY2(r.status == QProcess::NormalExit && r.code == 1, r.describe().constData());
    QVERIFY2(r.errText().contains(QStringLiteral("987654")), r.describe().constData());
    QVERIFY2(!r.errText().contains(QStringLiteral("Marked")), r.describe().constData());

    r = cli({ QStringLiteral("mark-unpaid"), QStringLiteral("--db"), db, QStringLiteral("--id"),
              QStringLiteral("987655") });
    QVERIFY2(r.status == QProcess::NormalExit && r.code == 1, r.describe().constData());
    QVERIFY2(r.errText().contains(QStringLiteral("987655")), r.describe().constData());

    const Run after =
        cli({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db });
    QCOMPARE(after.out, before.out);
}

// ---------------------------------------------------------------------------
// A bad --db: exit 1 with the path named, never a crash, nothing overwritten.

void TestCli::badDbFolder()
{
    const QString folder = m_dir.filePath(QStringLiteral("a-folder"));
    QVERIFY(QDir().mkpath(folder));
    for (const QString &command : { QStringLiteral("list"), QStringLiteral("export") }) {
        QStringList args { command, QStringLiteral("--db"), folder };
        if (command == QLatin1String("export"))
            args << QStringLiteral("-o") << m_dir.filePath(QStringLiteral("folder.csv"));
        const Run r = cli(args);
        QVERIFY2(r.status == QProcess::NormalExit, r.describe().constData());
        QVERIFY2(r.code == 1, r.describe().constData());
        QVERIFY2(r.errText().contains(folder), r.describe().constData());
        QVERIFY(r.out.isEmpty());
    }
    QVERIFY(QDir(folder).isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("folder.csv"))));
}

void TestCli::badDbNotSqlite()
{
    const QString file = m_dir.filePath(QStringLiteral("not-a-db.sqlite"));
    const QByteArray content = "not a database\n";
    QVERIFY(writeFile(file, content));
    const QList<QStringList> commands = {
        { QStringLiteral("list") },
        { QStringLiteral("list"), QStringLiteral("--json") },
        { QStringLiteral("mark-paid"), QStringLiteral("--id"), QStringLiteral("1") },
        { QStringLiteral("export"), QStringLiteral("-o"),
          m_dir.filePath(QStringLiteral("not-a-db.csv")) },
    };
    for (const QStringList &c : commands) {
        const Run r = cli(c + QStringList { QStringLiteral("--db"), file });
        QVERIFY2(r.status == QProcess::NormalExit, r.describe().constData());
        QVERIFY2(r.code == 1, r.describe().constData());
        QVERIFY2(r.errText().contains(file), r.describe().constData());
        QVERIFY2(r.out.isEmpty(), r.describe().constData());
        QCOMPARE(readAll(file), content);
    }
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-shm")));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("not-a-db.csv"))));
}

void TestCli::badDbOtherProgram()
{
    // A real SQLite file, but not ours: refused and left byte-identical.
    const QString file = m_dir.filePath(QStringLiteral("other-program.sqlite"));
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-program"));
        other.setDatabaseName(file);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('keep me')")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
    const QByteArray content = readAll(file);
    QVERIFY(content.startsWith("SQLite format 3"));
    const Run r = cli({ QStringLiteral("list"), QStringLiteral("--db"), file });
    QVERIFY2(r.status == QProcess::NormalExit && r.code == 1, r.describe().constData());
    QVERIFY2(r.errText().contains(file), r.describe().constData());
    QCOMPARE(readAll(file), content);
}

void TestCli::badDbUnwritableLocation_data()
{
    QTest::addColumn<QString>("db");
    QTest::addColumn<QString>("named"); // what the message must name
    QTest::newRow("under /proc") << QStringLiteral("/proc/paylink/x.sqlite")
                                 << QStringLiteral("/proc/paylink");
    QTest::newRow("under a regular file") << QStringLiteral("%TMP%/regular-file/x.sqlite")
                                          << QStringLiteral("%TMP%/regular-file/x.sqlite");
}

void TestCli::badDbUnwritableLocation()
{
    QFETCH(QString, db);
    QFETCH(QString, named);
    const QString regular = m_dir.filePath(QStringLiteral("regular-file"));
    QVERIFY(writeFile(regular, "plain file\n"));
    db.replace(QStringLiteral("%TMP%"), m_dir.path());
    named.replace(QStringLiteral("%TMP%"), m_dir.path());
    for (const QString &command : { QStringLiteral("list"), QStringLiteral("mark-paid") }) {
        QStringList args { command, QStringLiteral("--db"), db };
        if (command == QLatin1String("mark-paid"))
            args << QStringLiteral("--id") << QStringLiteral("1");
        const Run r = cli(args);
        QVERIFY2(r.status == QProcess::NormalExit, r.describe().constData());
        QVERIFY2(r.code == 1, r.describe().constData());
        QVERIFY2(r.errText().contains(named), r.describe().constData());
    }
    QCOMPARE(readAll(regular), QByteArray("plain file\n"));
}

void TestCli::badDbReadOnly()
{
    if (::geteuid() == 0)
        QSKIP("Running as root: file permissions do not stop root from writing, so a 0400 "
              "database is writable here. Run the tests as a normal user to cover this case.");
    const QString db = seed(QStringLiteral("read-only.sqlite"));
    QVERIFY(!db.isEmpty());
    QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner));
    const QByteArray content = readAll(db);
    const Run r = cli({ QStringLiteral("mark-paid"), QStringLiteral("--db"), db,
                        QStringLiteral("--id"), QString::number(m_seeded.at(0).id) });
    QVERIFY2(r.status == QProcess::NormalExit, r.describe().constData());
    QVERIFY2(r.code == 1, r.describe().constData());
    QVERIFY2(r.errText().contains(db), r.describe().constData());
    QCOMPARE(readAll(db), content);
    QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

// A folder that refuses the -wal/-shm files, and a full disk, are named as
// what they are, with the real path; never "damaged, restore a backup",
// which could lose data (issue 21, item 6). Root is not stopped by
// permissions, so as root the command runs as "nobody"; the full disk is a
// small tmpfs in a user and mount namespace of its own.
void TestCli::openErrorsNameTheRealCause()
{
    const QString db = seed(QStringLiteral("cause.sqlite"));
    QVERIFY(!db.isEmpty());
    QTemporaryDir shared(QDir::tempPath() + QStringLiteral("/paylink-cause-XXXXXX"));
    QVERIFY(shared.isValid());
    const auto everyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(shared.path(), everyone));
    // The program and an environment that "nobody" can reach.
    const QString program = shared.filePath(QStringLiteral("paylink"));
    QVERIFY(QFile::copy(QStringLiteral(PAYLINK_CLI_PATH), program));
    const QString env = shared.filePath(QStringLiteral("env"));
    for (const char *sub : { "home", "config", "data", "cache", "state", "runtime" }) {
        const QString dir = env + u'/' + QString::fromLatin1(sub);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::setPermissions(dir, everyone | QFileDevice::WriteOther));
    }
    QVERIFY(QFile::setPermissions(env, everyone));
    const auto run = [&env](const QString &exe, const QStringList &args) {
        QProcess p;
        p.setProcessEnvironment(test::isolatedEnvironment(env));
        p.start(exe, args);
        p.waitForFinished(60000);
        return std::pair { p.exitCode(), QString::fromUtf8(p.readAllStandardError()) };
    };
    const auto honest = [](const QString &err) {
        return !err.contains(QStringLiteral("damaged")) && !err.contains(QStringLiteral("restore"))
            && !err.contains(QStringLiteral("“”"));
    };

    // The file may be written, its folder not.
    const QString folder = shared.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + QStringLiteral("/cause.sqlite");
    QVERIFY(QFile::copy(db, file));
    QVERIFY(QFile::setPermissions(file,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                      | QFileDevice::ReadOther | QFileDevice::WriteOther));
    const QByteArray before = readAll(file);
    QVERIFY(QFile::setPermissions(folder, everyone)); // no one but root may add files
    const auto [code, err] = ::geteuid() == 0
        ? run(QStringLiteral("runuser"),
              { QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), program,
                QStringLiteral("list"), QStringLiteral("--db"), file })
        : run(program, { QStringLiteral("list"), QStringLiteral("--db"), file });
    QVERIFY2(code == 1, qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("its folder “%1” is not writable").arg(folder)),
             qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("“%1”").arg(file)), qPrintable(err));
    QVERIFY2(honest(err), qPrintable(err));
    QCOMPARE(readAll(file), before);
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));

    // A full disk: a 1 MB tmpfs holding the database and filled up.
    const QString mount = shared.filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(mount));
    const QString script =
        QStringLiteral("mount -t tmpfs -o size=1m none '%1' || exit 99; cp '%2' '%1/x.sqlite' || "
                       "exit 98; dd if=/dev/zero of='%1/fill' bs=4k 2>/dev/null; exec '%3' list "
                       "--db '%1/x.sqlite'")
            .arg(mount, db, program);
    const auto [fullCode, fullErr] =
        run(QStringLiteral("unshare"),
            { QStringLiteral("-Urm"), QStringLiteral("sh"), QStringLiteral("-c"), script });
    if (fullCode == 99 || fullErr.contains(QStringLiteral("unshare failed")))
        QSKIP(qPrintable(
            QStringLiteral("No mount namespace here for a small disk: %1").arg(fullErr.trimmed())));
    QVERIFY2(fullCode == 1, qPrintable(fullErr));
    QVERIFY2(fullErr.contains(QStringLiteral("“%1/x.sqlite” cannot be opened: the disk that holds "
                                             "it is full")
                                  .arg(mount)),
             qPrintable(fullErr));
    QVERIFY2(honest(fullErr), qPrintable(fullErr));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
