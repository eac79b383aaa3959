// `paylink paybylink import` and typed `paylink paybylink sign --profile`
// through the real binary (CLI.md, docs/DECISIONS.md D11, D14, D23, D24):
// imported links equal what `paybylink sign` gives for the same parameters,
// every rejected row is named with its row and column, and what the contract
// says is not stored is really absent from the SQLite file. Secrets are
// session-only here (PAYLINK_KEYCHAIN=session); tst_profiles_keyring covers
// the keychain.
#include "../TestEnv.h"
#include "CliHarness.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using paylink::test::CliRun;
using paylink::test::sqlCount;
using paylink::test::sqlRows;

namespace {

const QString kKey = QStringLiteral("2b2b9bff-0c96-4f33-a20d-c831ac87e571");
const QString kUser = QStringLiteral("Secretapiuser");
const QString kPassword = QStringLiteral("T3st2016!");

const QString kCountPayments = QStringLiteral("SELECT count(*) FROM payments");
const QString kCountBatches = QStringLiteral("SELECT count(*) FROM import_batches");

QString hashOf(const QString &link)
{
    return link.section(QStringLiteral("&h="), -1);
}

QStringList paramArgs(const QStringList &params)
{
    QStringList args;
    for (const QString &p : params)
        args << QStringLiteral("--param") << p;
    return args;
}

// The stderr lines that report a rejected row.
QStringList rowLines(const QString &err)
{
    QStringList lines;
    for (const QString &line : err.split(u'\n'))
        if (line.startsWith(QLatin1String("row ")))
            lines.append(line);
    return lines;
}

QJsonObject byOrder(const QJsonArray &rows, const QString &order)
{
    for (const QJsonValue &v : rows)
        if (v.toObject().value(QStringLiteral("orderRef")).toString() == order)
            return v.toObject();
    return {};
}

QString future(int days = 90)
{
    return QDate::currentDate().addDays(days).toString(Qt::ISODate);
}

} // namespace

class TestPayByLinkImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsUtf8SemicolonFile();
    void importThroughProfileMapping();
    void badRowsAmongGoodOnes();
    void dryRunAndRejectedFile();
    void dryRunCatchesWhatSigningRefuses();
    void rejectedFileKeepsTheErrorUnderItsHeader();
    void rowErrors_data();
    void rowErrors();
    void fileErrors_data();
    void fileErrors();
    void explicitMap();
    void duplicatesArePerProfile();
    void exportReimports_data();
    void exportReimports();
    void typedSignErrors_data();
    void typedSignErrors();

private:
    CliRun cli(const QStringList &args, const QString &password = QString()) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString freshDb() { return path(QStringLiteral("db-%1.sqlite").arg(++m_dbs)); }
    QString writeCsv(const QString &name, const QByteArray &bytes) const;
    QStringList credentials() const;
    QStringList importArgs(const QString &csv, const QString &db) const;
    QJsonArray listJson(const QString &db) const;
    bool addProfile(const QString &name, const QString &db, const QStringList &extra = {}) const;
    // The URL that `paybylink sign` prints for these raw parameters.
    QString signRaw(const QStringList &params, const QStringList &flags = {}) const;

    QTemporaryDir m_dir;
    QString m_env;
    QString m_passwordFile;
    QString m_signDb;
    int m_dbs = 0;
};

void TestPayByLinkImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_env = m_dir.filePath(QStringLiteral("env"));
    m_passwordFile = path(QStringLiteral("password.txt"));
    QVERIFY(paylink::test::writeBytes(m_passwordFile, kPassword.toUtf8() + "\n"));
    m_signDb = path(QStringLiteral("sign.sqlite"));
    QVERIFY(addProfile(QStringLiteral("shop"), m_signDb));
}

CliRun TestPayByLinkImport::cli(const QStringList &args, const QString &password) const
{
    QProcessEnvironment env = paylink::test::isolatedEnvironment(m_env);
    env.insert(QStringLiteral("PAYLINK_KEYCHAIN"), QStringLiteral("session"));
    env.remove(QStringLiteral("PAYLINK_PASSWORD"));
    if (!password.isNull())
        env.insert(QStringLiteral("PAYLINK_PASSWORD"), password);
    return paylink::test::runCli(env, args);
}

QString TestPayByLinkImport::writeCsv(const QString &name, const QByteArray &bytes) const
{
    const QString file = path(name);
    if (!paylink::test::writeBytes(file, bytes))
        qWarning("cannot write %s", qPrintable(file));
    return file;
}

QStringList TestPayByLinkImport::credentials() const
{
    return { QStringLiteral("--entity-key"),    kKey,          QStringLiteral("--user"), kUser,
             QStringLiteral("--password-file"), m_passwordFile };
}

QStringList TestPayByLinkImport::importArgs(const QString &csv, const QString &db) const
{
    return QStringList { QStringLiteral("paybylink"), QStringLiteral("import"), csv }
    + credentials() + QStringList { QStringLiteral("--db"), db };
}

QJsonArray TestPayByLinkImport::listJson(const QString &db) const
{
    const CliRun r =
        cli({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db });
    if (r.code != 0)
        qWarning("list failed: %s", r.describe().constData());
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

bool TestPayByLinkImport::addProfile(const QString &name, const QString &db,
                                     const QStringList &extra) const
{
    const CliRun r = cli(QStringList { QStringLiteral("profile"), QStringLiteral("add"),
                                       QStringLiteral("paybylink"), name }
                         + credentials() + QStringList { QStringLiteral("--db"), db } + extra);
    // Session-only secrets are announced, never silently lost.
    const bool ok = r.code == 0 && r.out.isEmpty()
        && r.err.startsWith(QStringLiteral("Added PayByLink profile “%1” (test).\n").arg(name))
        && r.err.contains(QLatin1String("for this session only"));
    if (!ok)
        qWarning("profile add %s: %s", qPrintable(name), r.describe().constData());
    return ok;
}

QString TestPayByLinkImport::signRaw(const QStringList &params, const QStringList &flags) const
{
    const CliRun r =
        cli(QStringList { QStringLiteral("paybylink"), QStringLiteral("sign") } + credentials()
            + flags + paramArgs(params) + QStringList { QStringLiteral("--json") });
    if (r.code != 0) {
        qWarning("sign failed: %s", r.describe().constData());
        return {};
    }
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QString url = o.value(QStringLiteral("url")).toString();
    if (hashOf(url) != o.value(QStringLiteral("hash")).toString())
        qWarning("sign: url and hash disagree: %s", qPrintable(r.out));
    return url;
}

// A `;` file as Dutch spreadsheets save it: BOM, CRLF, decimal commas, UTF-8
// names, and a quoted field holding a line break and a `;`.
void TestPayByLinkImport::importsUtf8SemicolonFile()
{
    const QDate day = QDate::currentDate().addDays(90);
    const QString iso = day.toString(Qt::ISODate);
    const QString text =
        QStringLiteral("order;name;amount;currency;description;expiry;email;language\r\n")
        + QStringLiteral("A-1;René Straße;28,50;EUR;\"line one\r\nline; two\";%1;"
                         "rene@example.de;nl_nl\r\n")
              .arg(iso)
        + QStringLiteral("A-2;Иван Петров;1.234,56;eur;Счёт № 7;%1;;\r\n")
              .arg(day.toString(QStringLiteral("dd-MM-yyyy")))
        + QStringLiteral("A-3;山田太郎;1000;JPY;請求書;;;ja\r\n")
        + QStringLiteral("A-4;\"Ærø \"\"Q\"\" ß\";0,05;EUR;\"a;b\";%1;;\r\n")
              .arg(day.toString(QStringLiteral("dd.MM.yyyy")))
        + QStringLiteral("A-5;Ahmad;1,234;KWD;;%1;;\r\n")
              .arg(day.toString(QStringLiteral("yyyyMMdd")));
    const QString csv = writeCsv(QStringLiteral("utf8.csv"), "\xEF\xBB\xBF" + text.toUtf8());
    const QString db = freshDb();

    const CliRun r = cli(importArgs(csv, db));
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.out, QStringLiteral("imported 5, rejected 0\n"));
    QVERIFY2(rowLines(r.err).isEmpty(), r.describe().constData());
    QCOMPARE(sqlCount(db, kCountBatches), 1);
    QCOMPARE(sqlCount(db,
                      QStringLiteral("SELECT count(*) FROM payments WHERE import_batch_id = "
                                     "(SELECT id FROM import_batches)")),
             5);

    struct Expected
    {
        QString order;
        qint64 minor;
        QString currency;
        QString name;
        QString description;
        QString email;
        QString language;
        bool hasExpiry;
        QStringList params; // in the profile's (default) mapping order
    };
    const QString exParam = QStringLiteral("Ex=") + iso;
    const QList<Expected> expected {
        { QStringLiteral("A-1"),
          2850,
          QStringLiteral("EUR"),
          QStringLiteral("René Straße"),
          QStringLiteral("line one\r\nline; two"),
          QStringLiteral("rene@example.de"),
          QStringLiteral("nl-NL"),
          true,
          { QStringLiteral("L=nl-NL"), QStringLiteral("C=EUR"), QStringLiteral("A=28,50"), exParam,
            QStringLiteral("Or=A-1"), QStringLiteral("Pn=line one\r\nline; two"),
            QStringLiteral("N=René Straße"), QStringLiteral("M=rene@example.de") } },
        { QStringLiteral("A-2"),
          123456,
          QStringLiteral("EUR"),
          QStringLiteral("Иван Петров"),
          QStringLiteral("Счёт № 7"),
          {},
          {},
          true,
          { QStringLiteral("C=EUR"), QStringLiteral("A=1234,56"), exParam, QStringLiteral("Or=A-2"),
            QStringLiteral("Pn=Счёт № 7"), QStringLiteral("N=Иван Петров") } },
        { QStringLiteral("A-3"),
          1000,
          QStringLiteral("JPY"),
          QStringLiteral("山田太郎"),
          QStringLiteral("請求書"),
          {},
          QStringLiteral("ja"),
          false,
          { QStringLiteral("L=ja"), QStringLiteral("C=JPY"), QStringLiteral("A=1000"),
            QStringLiteral("Or=A-3"), QStringLiteral("Pn=請求書"), QStringLiteral("N=山田太郎") } },
        { QStringLiteral("A-4"),
          5,
          QStringLiteral("EUR"),
          QStringLiteral("Ærø \"Q\" ß"),
          QStringLiteral("a;b"),
          {},
          {},
          true,
          { QStringLiteral("C=EUR"), QStringLiteral("A=0,05"), exParam, QStringLiteral("Or=A-4"),
            QStringLiteral("Pn=a;b"), QStringLiteral("N=Ærø \"Q\" ß") } },
        { QStringLiteral("A-5"),
          1234,
          QStringLiteral("KWD"),
          QStringLiteral("Ahmad"),
          {},
          {},
          {},
          true,
          { QStringLiteral("C=KWD"), QStringLiteral("A=1,234"), exParam, QStringLiteral("Or=A-5"),
            QStringLiteral("N=Ahmad") } },
    };

    const QJsonArray rows = listJson(db);
    QCOMPARE(rows.size(), expected.size());
    for (const Expected &e : expected) {
        const QJsonObject o = byOrder(rows, e.order);
        QVERIFY2(!o.isEmpty(), qPrintable(e.order));
        QCOMPARE(o.value(QStringLiteral("amountMinor")).toInteger(), e.minor);
        QCOMPARE(o.value(QStringLiteral("currency")).toString(), e.currency);
        QCOMPARE(o.value(QStringLiteral("customerName")).toString(), e.name);
        QCOMPARE(o.value(QStringLiteral("description")).toString(), e.description);
        QCOMPARE(o.value(QStringLiteral("email")).toString(), e.email);
        QCOMPARE(o.value(QStringLiteral("language")).toString(), e.language);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
        if (e.hasExpiry)
            QCOMPARE(o.value(QStringLiteral("expiry")).toString(), iso);
        else
            QVERIFY(o.value(QStringLiteral("expiry")).isNull());
        // The import's fast signer gives byte for byte what the signer gives.
        const QString link = o.value(QStringLiteral("link")).toString();
        const QString signedUrl = signRaw(e.params);
        QVERIFY(!signedUrl.isEmpty());
        QCOMPARE(link, signedUrl);
        QCOMPARE(hashOf(link).size(), 64);
    }
    // The encoding itself, independent of the signer: UTF-8 bytes, %20, CRLF.
    QVERIFY(byOrder(rows, QStringLiteral("A-1"))
                .value(QStringLiteral("link"))
                .toString()
                .contains(QStringLiteral("&Pn=line%20one%0D%0Aline%3B%20two&N=Ren%C3%A9%20Stra%C3%"
                                         "9Fe&M=rene%40example.de&h=")));
}

// A profile with its own parameter names, formats, default currency, mapping
// template and expired URL; a constant --param on every row. The import, typed
// `sign --profile` and raw `sign` agree.
void TestPayByLinkImport::importThroughProfileMapping()
{
    const QString db = freshDb();
    QVERIFY(addProfile(
        QStringLiteral("mapped"), db,
        { QStringLiteral("--mapping"),
          QStringLiteral("order=ref,amount=amt,currency=cur,expiry=exp,name=nm"),
          QStringLiteral("--amount-format"), QStringLiteral("point"),
          QStringLiteral("--date-format"), QStringLiteral("compact"), QStringLiteral("--currency"),
          QStringLiteral("GBP"), QStringLiteral("--mt"), QStringLiteral("MyMapping"),
          QStringLiteral("--exu"), QStringLiteral("https://shop.example/expired") }));
    const QDate day = QDate::currentDate().addDays(30);
    const QString compact = day.toString(QStringLiteral("yyyyMMdd"));
    const QString csv =
        writeCsv(QStringLiteral("mapped.csv"),
                 (QStringLiteral("order,amount,name,expiry,email\n")
                  + QStringLiteral("M-1,12.5,Zoë,%1,z@example.com\n").arg(day.toString(Qt::ISODate))
                  + QStringLiteral("M-2,\"1,234.56\",Łukasz,,\n"))
                     .toUtf8());
    const QString extra = QStringLiteral("Src=csv import");
    const CliRun r = cli({ QStringLiteral("paybylink"), QStringLiteral("import"), csv,
                           QStringLiteral("--profile"), QStringLiteral("mapped"),
                           QStringLiteral("--password-file"), m_passwordFile,
                           QStringLiteral("--param"), extra, QStringLiteral("--db"), db });
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.out, QStringLiteral("imported 2, rejected 0\n"));
    QCOMPARE(sqlCount(db,
                      QStringLiteral("SELECT count(*) FROM payments p JOIN profiles r ON r.id = "
                                     "p.profile_id WHERE r.name = 'mapped'")),
             2);
    const QJsonArray rows = listJson(db);
    QCOMPARE(rows.size(), 2);
    const QJsonObject m1 = byOrder(rows, QStringLiteral("M-1"));
    const QJsonObject m2 = byOrder(rows, QStringLiteral("M-2"));
    QCOMPARE(m1.value(QStringLiteral("amountMinor")).toInteger(), 1250);
    QCOMPARE(m2.value(QStringLiteral("amountMinor")).toInteger(), 123456);
    QCOMPARE(m1.value(QStringLiteral("currency")).toString(), QStringLiteral("GBP"));
    QCOMPARE(m1.value(QStringLiteral("profile")).toString(), QStringLiteral("mapped"));
    const QString link1 = m1.value(QStringLiteral("link")).toString();
    QCOMPARE(link1.section(QStringLiteral("&h="), 0, 0),
             QString(QStringLiteral("https://testapi.paybylink.com/payment/createUrl/") + kKey
                     + QStringLiteral("?mt=MyMapping&u=Secretapiuser&exu=https%3A%2F%2Fshop."
                                      "example%2Fexpired&ref=M-1&amt=12.50&cur=GBP&exp=")
                     + compact + QStringLiteral("&nm=Zo%C3%AB&Src=csv%20import")));

    const QStringList leading { QStringLiteral("--mt"), QStringLiteral("MyMapping"),
                                QStringLiteral("--exu"),
                                QStringLiteral("https://shop.example/expired") };
    QCOMPARE(
        signRaw({ QStringLiteral("ref=M-1"), QStringLiteral("amt=12.50"), QStringLiteral("cur=GBP"),
                  QStringLiteral("exp=") + compact, QStringLiteral("nm=Zoë"), extra },
                leading),
        link1);
    QCOMPARE(signRaw({ QStringLiteral("ref=M-2"), QStringLiteral("amt=1234.56"),
                       QStringLiteral("cur=GBP"), QStringLiteral("nm=Łukasz"), extra },
                     leading),
             m2.value(QStringLiteral("link")).toString());

    const CliRun typed = cli({ QStringLiteral("paybylink"),
                               QStringLiteral("sign"),
                               QStringLiteral("--profile"),
                               QStringLiteral("mapped"),
                               QStringLiteral("--password-file"),
                               m_passwordFile,
                               QStringLiteral("--db"),
                               db,
                               QStringLiteral("--order"),
                               QStringLiteral("M-1"),
                               QStringLiteral("--amount"),
                               QStringLiteral("12.5"),
                               QStringLiteral("--name"),
                               QStringLiteral("Zoë"),
                               QStringLiteral("--expiry"),
                               day.toString(Qt::ISODate),
                               QStringLiteral("--email"),
                               QStringLiteral("z@example.com"),
                               QStringLiteral("--param"),
                               extra });
    QVERIFY2(typed.code == 0, typed.describe().constData());
    QCOMPARE(typed.out, QString(link1 + u'\n'));
}

namespace {

const QByteArray kTwoBadRows = "order,amount,email\r\n"
                               "G1,10.00,a@example.nl\r\n"
                               "B1,abc,\r\n"
                               "G2,\"1,5\",\r\n"
                               "B2,3,jan@\r\n"
                               "G3,4,\r\n";

const QStringList kTwoBadRowsLines {
    QStringLiteral("row 3: amount: “abc” is not a number: use digits and one decimal separator, "
                   "e.g. 28.50 or 28,50."),
    QStringLiteral("row 5: email: “jan@” is not an e-mail address such as jan@example.nl."),
};

} // namespace

void TestPayByLinkImport::badRowsAmongGoodOnes()
{
    const QString csv = writeCsv(QStringLiteral("two-bad.csv"), kTwoBadRows);
    const QString db = freshDb();
    const CliRun r = cli(importArgs(csv, db));
    QCOMPARE(r.code, 1);
    QCOMPARE(r.out, QStringLiteral("imported 3, rejected 2\n"));
    QCOMPARE(rowLines(r.err), kTwoBadRowsLines);

    // The good rows, all in the one import batch.
    bool ok = false;
    const QList<QVariantList> rows = sqlRows(
        db,
        QStringLiteral("SELECT p.order_ref, p.amount_minor, p.email, b.row_count, b.source FROM "
                       "payments p JOIN import_batches b ON b.id = p.import_batch_id ORDER BY "
                       "p.id"),
        &ok);
    QVERIFY(ok);
    QCOMPARE(rows.size(), 3);
    const QList<QVariantList> expected {
        { QStringLiteral("G1"), 1000, QStringLiteral("a@example.nl"), 3,
          QStringLiteral("two-bad.csv") },
        { QStringLiteral("G2"), 150, QString(), 3, QStringLiteral("two-bad.csv") },
        { QStringLiteral("G3"), 400, QString(), 3, QStringLiteral("two-bad.csv") },
    };
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).at(0).toString(), expected.at(i).at(0).toString());
        QCOMPARE(rows.at(i).at(1).toLongLong(), expected.at(i).at(1).toLongLong());
        QCOMPARE(rows.at(i).at(2).toString(), expected.at(i).at(2).toString());
        QCOMPARE(rows.at(i).at(3).toLongLong(), expected.at(i).at(3).toLongLong());
        QCOMPARE(rows.at(i).at(4).toString(), expected.at(i).at(4).toString());
    }
    QCOMPARE(sqlCount(db, kCountBatches), 1);
    QCOMPARE(sqlCount(db, kCountPayments), 3);
}

void TestPayByLinkImport::dryRunAndRejectedFile()
{
    const QString csv = writeCsv(QStringLiteral("two-bad-dry.csv"), kTwoBadRows);
    const QString db = freshDb();
    const QString out = path(QStringLiteral("rejected.csv"));
    CliRun r = cli(importArgs(csv, db)
                   << QStringLiteral("--dry-run") << QStringLiteral("--rejected") << out);
    QCOMPARE(r.code, 1);
    QCOMPARE(r.out, QStringLiteral("dry run: would import 3, rejected 2\n"));
    QCOMPARE(rowLines(r.err), kTwoBadRowsLines);
    QCOMPARE(sqlCount(db, kCountPayments), 0);
    QCOMPARE(sqlCount(db, kCountBatches), 0);

    // The original header plus `error`; the rows as read, with their message.
    const QByteArray rejected = paylink::test::readBytes(out);
    const QList<QByteArray> lines = rejected.split('\n');
    QCOMPARE(lines.size(), 4); // three lines, each ending in CRLF
    QCOMPARE(lines.at(0), QByteArray("order,amount,email,error\r"));
    QVERIFY2(lines.at(1).startsWith("B1,abc,,"), lines.at(1).constData());
    QVERIFY(QString::fromUtf8(lines.at(1)).contains(kTwoBadRowsLines.at(0).left(40)));
    QVERIFY2(lines.at(2).startsWith("B2,3,jan@,"), lines.at(2).constData());
    QVERIFY(QString::fromUtf8(lines.at(2)).contains(kTwoBadRowsLines.at(1)));
    QVERIFY(lines.at(3).isEmpty());

    // The real import writes the same file.
    const QString out2 = path(QStringLiteral("rejected-2.csv"));
    const QString db2 = freshDb();
    r = cli(importArgs(csv, db2) << QStringLiteral("--rejected") << out2);
    QCOMPARE(r.code, 1);
    QCOMPARE(paylink::test::readBytes(out2), rejected);

    // Fixed in place, the rejected file imports (its `error` column is ignored).
    QByteArray fixed = rejected;
    fixed.replace("B1,abc,", "B1,7,").replace("B2,3,jan@,", "B2,3,jan@example.nl,");
    r = cli(importArgs(writeCsv(QStringLiteral("fixed.csv"), fixed), db));
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.out, QStringLiteral("imported 2, rejected 0\n"));
    bool ok = false;
    const QList<QVariantList> rows = sqlRows(
        db, QStringLiteral("SELECT order_ref, amount_minor, email FROM payments ORDER BY id"), &ok);
    QVERIFY(ok);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).at(0).toString(), QStringLiteral("B1"));
    QCOMPARE(rows.at(0).at(1).toLongLong(), 700);
    QCOMPARE(rows.at(1).at(0).toString(), QStringLiteral("B2"));
    QCOMPARE(rows.at(1).at(1).toLongLong(), 300);
    QCOMPARE(rows.at(1).at(2).toString(), QStringLiteral("jan@example.nl"));
}

// One bad row (row 3) after a good one: exit 1, the row and column named, the
// good row alone stored.
void TestPayByLinkImport::rowErrors_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<QString>("line"); // the start of the one `row K:` line
    QTest::addColumn<QString>("also"); // and a part of it further on

    QTest::newRow("amount abc") << QByteArray("BAD,abc,EUR,,")
                                << QStringLiteral("row 3: amount: “abc” is not a number: use "
                                                  "digits and one decimal separator")
                                << QString();
    QTest::newRow("negative amount")
        << QByteArray("BAD,-5,EUR,,")
        << QStringLiteral("row 3: amount: “-5” is negative: enter an amount of zero or more.")
        << QString();
    QTest::newRow("1,234 for EUR")
        << QByteArray("BAD,\"1,234\",EUR,,")
        << QStringLiteral("row 3: amount: “1,234” has 3 decimals, but EUR allows at most 2.")
        << QString();
    QTest::newRow("1.234 for EUR")
        << QByteArray("BAD,1.234,EUR,,")
        << QStringLiteral("row 3: amount: “1.234” has 3 decimals, but EUR allows at most 2.")
        << QString();
    QTest::newRow("decimals for JPY") << QByteArray("BAD,1.5,JPY,,")
                                      << QStringLiteral("row 3: amount: “1.5” has decimals, but "
                                                        "JPY has no minor unit")
                                      << QString();
    QTest::newRow("empty amount") << QByteArray("BAD,,EUR,,")
                                  << QStringLiteral("row 3: amount: is empty") << QString();
    QTest::newRow("unknown currency") << QByteArray("BAD,1,XYZ,,")
                                      << QStringLiteral("row 3: currency: “XYZ” is not an ISO "
                                                        "4217 currency code such as EUR.")
                                      << QString();
    QTest::newRow("expiry in the past")
        << QByteArray("BAD,1,EUR,2020-01-31,") << QStringLiteral("row 3: expiry: ")
        << QStringLiteral("2020 is in the past: a link that has already expired cannot be paid.");
    QTest::newRow("expiry yesterday")
        << QByteArray(QByteArray("BAD,1,EUR,")
                      + QDate::currentDate().addDays(-1).toString(Qt::ISODate).toUtf8() + ",")
        << QStringLiteral("row 3: expiry: ") << QStringLiteral("is in the past");
    QTest::newRow("expiry not a day")
        << QByteArray("BAD,1,EUR,2027-02-30,")
        << QStringLiteral("row 3: expiry: “2027-02-30” is not a day of the calendar.") << QString();
    QTest::newRow("e-mail without domain")
        << QByteArray("BAD,1,EUR,,jan@")
        << QStringLiteral("row 3: email: “jan@” is not an e-mail address such as jan@example.nl.")
        << QString();
    QTest::newRow("e-mail without dot") << QByteArray("BAD,1,EUR,,jan@example")
                                        << QStringLiteral("row 3: email: “jan@example” is not an "
                                                          "e-mail address")
                                        << QString();
    QTest::newRow("empty order")
        << QByteArray(",1,EUR,,")
        << QStringLiteral("row 3: order: is empty: every link needs an order reference.")
        << QString();
    QTest::newRow("too many fields")
        << QByteArray("BAD,1,EUR,,,x")
        << QStringLiteral(
               "row 3: the row has 6 fields, but the header has 5: look for a missing or "
               "extra “,” or quote.")
        << QString();
    QTest::newRow("too few fields") << QByteArray("BAD,1")
                                    << QStringLiteral("row 3: the row has 2 fields, but the header "
                                                      "has 5")
                                    << QString();
    QTest::newRow("duplicate order in the file")
        << QByteArray(" OK ,2,EUR,,")
        << QStringLiteral("row 3: order: “OK” is also on row 2: each order reference may be "
                          "imported once.")
        << QString();
}

void TestPayByLinkImport::rowErrors()
{
    QFETCH(QByteArray, bad);
    QFETCH(QString, line);
    QFETCH(QString, also);
    const QString csv = writeCsv(QStringLiteral("row-error.csv"),
                                 "order,amount,currency,expiry,email\nOK,1,EUR,,\n" + bad + "\n");
    const QString db = freshDb();
    const CliRun r = cli(importArgs(csv, db));
    QVERIFY2(r.code == 1, r.describe().constData());
    QCOMPARE(r.out, QStringLiteral("imported 1, rejected 1\n"));
    const QStringList lines = rowLines(r.err);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(line), qPrintable(lines.first()));
    QVERIFY2(lines.first().contains(also), qPrintable(lines.first()));
    bool ok = false;
    const QList<QVariantList> rows =
        sqlRows(db, QStringLiteral("SELECT order_ref, amount_minor FROM payments"), &ok);
    QVERIFY(ok);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().at(0).toString(), QStringLiteral("OK"));
    QCOMPARE(rows.first().at(1).toLongLong(), 100);
    QCOMPARE(sqlCount(db, kCountBatches), 1);
}

// Whole-file problems and usage errors: nothing is written, not even a batch.
void TestPayByLinkImport::fileErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QStringList>("err");

    const QString empty = QStringLiteral("The file is empty: it has no header row.");
    QTest::newRow("empty file") << QByteArray("") << QStringList() << 1 << QString()
                                << QStringList { empty };
    QTest::newRow("BOM and blank lines") << QByteArray("\xEF\xBB\xBF\r\n  \r\n") << QStringList()
                                         << 1 << QString() << QStringList { empty };
    QTest::newRow("header only") << QByteArray("order,amount\r\n") << QStringList() << 1
                                 << QString()
                                 << QStringList { QStringLiteral(
                                        "The file has a header but no rows to import.") };
    QTest::newRow("header and an empty line")
        << QByteArray("order;amount\n\n") << QStringList() << 1 << QString()
        << QStringList { QStringLiteral("The file has a header but no rows to import.") };
    QTest::newRow("unclosed quote")
        << QByteArray("order,amount\nA,1\nB,\"2\nC,3\n") << QStringList() << 1 << QString()
        << QStringList { QStringLiteral("row 3: a quoted field is never closed (a \" is "
                                        "missing).") };
    QTest::newRow("text after a closing quote")
        << QByteArray("order,amount\nA,1\n\"B\"x,2\n") << QStringList() << 1 << QString()
        << QStringList { QStringLiteral("row 3, column 1: text follows a closing quote; write a "
                                        "quote inside a quoted field as \"\".") };
    QTest::newRow("text after a closing quote, column 2")
        << QByteArray("order,amount\nA,1\n\nB,\"2\" \n") << QStringList() << 1 << QString()
        << QStringList { QStringLiteral("row 4, column 2: text follows a closing quote") };
    QTest::newRow("zero valid rows")
        << QByteArray("order,amount\nA,abc\nB,-1\n") << QStringList() << 1
        << QStringLiteral("imported 0, rejected 2\n")
        << QStringList { QStringLiteral("row 2: amount: “abc” is not a number"),
                         QStringLiteral("row 3: amount: “-1” is negative"),
                         QStringLiteral("No row was valid; nothing was written.") };
    QTest::newRow("zero valid rows, dry run")
        << QByteArray("order,amount\nA,abc\nB,-1\n") << QStringList { QStringLiteral("--dry-run") }
        << 1 << QStringLiteral("dry run: would import 0, rejected 2\n")
        << QStringList { QStringLiteral("row 2: amount: “abc”"),
                         QStringLiteral("row 3: amount: “-1”") };
    QTest::newRow("no order column")
        << QByteArray("ref,amount\nA,1\n") << QStringList() << 1 << QString()
        << QStringList { QStringLiteral("No column gives the order reference. Name a column "
                                        "“order”, or map one (--map COLUMN=order). The file's "
                                        "columns are: ref, amount.") };
    QTest::newRow("no amount column")
        << QByteArray("order;Wert;name\nA;1;x\n") << QStringList() << 1 << QString()
        << QStringList { QStringLiteral("No column gives the amount."),
                         QStringLiteral("The file's columns are: order, Wert, name.") };
    QTest::newRow("--map unknown field")
        << QByteArray("ref,sum\nA,1\n")
        << QStringList { QStringLiteral("--map"), QStringLiteral("ref=bogus"),
                         QStringLiteral("--map"), QStringLiteral("sum=amount") }
        << 2 << QString()
        << QStringList { QStringLiteral("--map “ref=bogus” is not COLUMN=FIELD") };
    QTest::newRow("--map one field twice")
        << QByteArray("ref,sum\nA,1\n")
        << QStringList { QStringLiteral("--map"), QStringLiteral("ref=order"),
                         QStringLiteral("--map"), QStringLiteral("sum=order") }
        << 2 << QString()
        << QStringList { QStringLiteral("--map gives the field order twice (“ref” and “sum”).") };
    QTest::newRow("--map missing column")
        << QByteArray("ref,sum\nA,1\n")
        << QStringList { QStringLiteral("--map"), QStringLiteral("nope=order"),
                         QStringLiteral("--map"), QStringLiteral("sum=amount") }
        << 1 << QString()
        << QStringList { QStringLiteral("The file has no column “nope”; its columns are: ref, "
                                        "sum.") };
    QTest::newRow("--delimiter x")
        << QByteArray("order,amount\nA,1\n")
        << QStringList { QStringLiteral("--delimiter"), QStringLiteral("x") } << 2 << QString()
        << QStringList { QStringLiteral("--delimiter is “,”, “;” or “tab”.") };
    QTest::newRow("--param without =")
        << QByteArray("order,amount\nA,1\n")
        << QStringList { QStringLiteral("--param"), QStringLiteral("A28") } << 2 << QString()
        << QStringList { QStringLiteral("--param “A28” is not NAME=VALUE.") };
    QTest::newRow("--profile with --entity-key")
        << QByteArray("order,amount\nA,1\n")
        << QStringList { QStringLiteral("--profile"), QStringLiteral("shop") } << 2 << QString()
        << QStringList { QStringLiteral("--entity-key cannot be combined with --profile") };
    QTest::newRow("missing file") << QByteArray() << QStringList() << 1 << QString()
                                  << QStringList { QStringLiteral("The file “"),
                                                   QStringLiteral("missing.csv” cannot be "
                                                                  "opened") };
}

void TestPayByLinkImport::fileErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, extra);
    QFETCH(int, code);
    QFETCH(QString, out);
    QFETCH(QStringList, err);
    const bool missing = QByteArray(QTest::currentDataTag()) == "missing file";
    const QString file = missing ? path(QStringLiteral("missing.csv"))
                                 : writeCsv(QStringLiteral("file-error.csv"), csv);
    const QString db = freshDb();
    const CliRun r = cli(importArgs(file, db) + extra);
    QVERIFY2(r.code == code, r.describe().constData());
    QCOMPARE(r.out, out);
    for (const QString &part : err)
        QVERIFY2(r.err.contains(part), r.describe().constData());
    QVERIFY2(!r.err.contains(QLatin1String("Import batch")), r.describe().constData());
    QCOMPARE(sqlCount(db, kCountPayments), 0);
    QCOMPARE(sqlCount(db, kCountBatches), 0);
}

// --map ties other headers to fields; case and spaces do not matter and
// unmapped columns are ignored.
void TestPayByLinkImport::explicitMap()
{
    const QString csv =
        writeCsv(QStringLiteral("mapped-columns.csv"),
                 QStringLiteral("Ref;Betrag;Kunde;Notiz\nX-1;12,50;Jürgen;egal\n").toUtf8());
    const QString db = freshDb();
    const CliRun r =
        cli(importArgs(csv, db) << QStringLiteral("--map") << QStringLiteral("Ref=order")
                                << QStringLiteral("--map") << QStringLiteral("betrag=amount")
                                << QStringLiteral("--map") << QStringLiteral(" KUNDE =name"));
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.out, QStringLiteral("imported 1, rejected 0\n"));
    const QJsonArray rows = listJson(db);
    QCOMPARE(rows.size(), 1);
    const QJsonObject o = rows.first().toObject();
    QCOMPARE(o.value(QStringLiteral("orderRef")).toString(), QStringLiteral("X-1"));
    QCOMPARE(o.value(QStringLiteral("amountMinor")).toInteger(), 1250);
    QCOMPARE(o.value(QStringLiteral("customerName")).toString(), QStringLiteral("Jürgen"));
    QCOMPARE(o.value(QStringLiteral("description")).toString(), QString());
    QCOMPARE(o.value(QStringLiteral("link")).toString(),
             signRaw({ QStringLiteral("C=EUR"), QStringLiteral("A=12,50"), QStringLiteral("Or=X-1"),
                       QStringLiteral("N=Jürgen") }));
}

// Order references are unique per profile, against the store as well; the
// same reference under another profile is fine.
void TestPayByLinkImport::duplicatesArePerProfile()
{
    const QString db = freshDb();
    QVERIFY(addProfile(QStringLiteral("shop"), db));
    QVERIFY(addProfile(QStringLiteral("other"), db));
    const auto runImport = [&](const QString &csv, const QString &profile, bool viaEnvironment,
                               const QStringList &extra = {}) {
        QStringList args { QStringLiteral("paybylink"),
                           QStringLiteral("import"),
                           csv,
                           QStringLiteral("--profile"),
                           profile,
                           QStringLiteral("--db"),
                           db };
        if (!viaEnvironment)
            args << QStringLiteral("--password-file") << m_passwordFile;
        return cli(args + extra, viaEnvironment ? kPassword : QString());
    };
    const QString first = writeCsv(QStringLiteral("first.csv"), "order,amount\nA-1,5\nB-1,6\n");
    const QString second = writeCsv(QStringLiteral("second.csv"), "order,amount\nA-1,7\nC-1,8\n");

    CliRun r = runImport(first, QStringLiteral("shop"), false);
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.out, QStringLiteral("imported 2, rejected 0\n"));

    r = runImport(second, QStringLiteral("shop"), false);
    QCOMPARE(r.code, 1);
    QCOMPARE(r.out, QStringLiteral("imported 1, rejected 1\n"));
    QCOMPARE(rowLines(r.err),
             QStringList { QStringLiteral("row 2: order: “A-1” already has a payment in profile "
                                          "“shop”: delete or re-issue that one instead.") });

    r = runImport(second, QStringLiteral("other"), true);
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.out, QStringLiteral("imported 2, rejected 0\n"));

    // A dry run checks against the store too, and writes nothing.
    r = runImport(second, QStringLiteral("shop"), false, { QStringLiteral("--dry-run") });
    QCOMPARE(r.code, 1);
    QCOMPARE(r.out, QStringLiteral("dry run: would import 0, rejected 2\n"));
    QCOMPARE(rowLines(r.err).size(), 2);
    QVERIFY(rowLines(r.err).at(1).startsWith(
        QStringLiteral("row 3: order: “C-1” already has a payment in profile “shop”")));

    // `sign --save` refuses a taken reference as well.
    r = cli({ QStringLiteral("paybylink"), QStringLiteral("sign"), QStringLiteral("--profile"),
              QStringLiteral("shop"), QStringLiteral("--password-file"), m_passwordFile,
              QStringLiteral("--db"), db, QStringLiteral("--order"), QStringLiteral("B-1"),
              QStringLiteral("--amount"), QStringLiteral("1"), QStringLiteral("--save") });
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QStringLiteral("--order “B-1” already has a payment in profile "
                                           "“shop”; nothing was saved.")),
             r.describe().constData());

    bool ok = false;
    const QList<QVariantList> rows =
        sqlRows(db,
                QStringLiteral("SELECT r.name, p.order_ref, p.amount_minor FROM payments p JOIN "
                               "profiles r ON r.id = p.profile_id ORDER BY p.id"),
                &ok);
    QVERIFY(ok);
    QStringList got;
    for (const QVariantList &row : rows)
        got << row.at(0).toString() + u' ' + row.at(1).toString() + u' ' + row.at(2).toString();
    QCOMPARE(got,
             (QStringList { QStringLiteral("shop A-1 500"), QStringLiteral("shop B-1 600"),
                            QStringLiteral("shop C-1 800"), QStringLiteral("other A-1 700"),
                            QStringLiteral("other C-1 800") }));
    QCOMPARE(sqlCount(db, kCountPayments), 5);
    QCOMPARE(sqlCount(db, kCountBatches), 3);
}

// `paylink export` headers (orderRef, customerName, amountMinor, …) import
// back without --map, with exact amounts and the same links.
void TestPayByLinkImport::exportReimports_data()
{
    QTest::addColumn<QStringList>("exportFlags");
    QTest::addColumn<bool>("bom");
    QTest::newRow("comma") << QStringList() << false;
    QTest::newRow("semicolon with BOM")
        << QStringList { QStringLiteral("--delimiter"), QStringLiteral(";"),
                         QStringLiteral("--bom") }
        << true;
}

void TestPayByLinkImport::exportReimports()
{
    QFETCH(QStringList, exportFlags);
    QFETCH(bool, bom);
    const QString db = freshDb();
    QVERIFY(addProfile(QStringLiteral("shop"), db));
    const QString expiry = future(45);
    const QList<QStringList> orders {
        { QStringLiteral("--order"), QStringLiteral("E-1"), QStringLiteral("--amount"),
          QStringLiteral("28,50"), QStringLiteral("--currency"), QStringLiteral("EUR"),
          QStringLiteral("--name"), QStringLiteral("René Straße"), QStringLiteral("--description"),
          QStringLiteral("line one\nline; two, \"quoted\""), QStringLiteral("--email"),
          QStringLiteral("rene@example.de"), QStringLiteral("--language"), QStringLiteral("nl-NL"),
          QStringLiteral("--expiry"), expiry },
        { QStringLiteral("--order"), QStringLiteral("E-2"), QStringLiteral("--amount"),
          QStringLiteral("1000"), QStringLiteral("--currency"), QStringLiteral("JPY"),
          QStringLiteral("--name"), QStringLiteral("山田"), QStringLiteral("--expiry"), expiry },
        { QStringLiteral("--order"), QStringLiteral("E-3"), QStringLiteral("--amount"),
          QStringLiteral("1,234"), QStringLiteral("--currency"), QStringLiteral("KWD"),
          QStringLiteral("--name"), QStringLiteral("Иван"), QStringLiteral("--phone"),
          QStringLiteral("+31 6 1234 5678"), QStringLiteral("--expiry"), expiry },
    };
    for (const QStringList &order : orders) {
        const CliRun r = cli(QStringList { QStringLiteral("paybylink"), QStringLiteral("sign"),
                                           QStringLiteral("--profile"), QStringLiteral("shop"),
                                           QStringLiteral("--password-file"), m_passwordFile,
                                           QStringLiteral("--db"), db, QStringLiteral("--save") }
                             + order);
        QVERIFY2(r.code == 0, r.describe().constData());
    }
    const QJsonArray before = listJson(db);
    QCOMPARE(before.size(), 3);
    QCOMPARE(
        byOrder(before, QStringLiteral("E-3")).value(QStringLiteral("amountMinor")).toInteger(),
        1234);

    const QString exported = path(QStringLiteral("export.csv"));
    CliRun r = cli(QStringList { QStringLiteral("export"), QStringLiteral("--db"), db,
                                 QStringLiteral("-o"), exported }
                   + exportFlags);
    QVERIFY2(r.code == 0, r.describe().constData());
    const QByteArray bytes = paylink::test::readBytes(exported);
    QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom);
    QVERIFY(bytes.contains("orderRef"));
    QVERIFY(bytes.contains("amountMinor"));

    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(db + suffix);
    QVERIFY(!QFile::exists(db));

    r = cli(importArgs(exported, db));
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.out, QStringLiteral("imported 3, rejected 0\n"));
    const QJsonArray after = listJson(db);
    QCOMPARE(after.size(), 3);
    for (const QString &ref :
         { QStringLiteral("E-1"), QStringLiteral("E-2"), QStringLiteral("E-3") }) {
        const QJsonObject a = byOrder(before, ref);
        const QJsonObject b = byOrder(after, ref);
        QVERIFY2(!b.isEmpty(), qPrintable(ref));
        for (const char *field : { "amountMinor", "currency", "customerName", "email", "phone",
                                   "description", "language", "expiry", "status", "link" })
            QVERIFY2(
                a.value(QLatin1String(field)) == b.value(QLatin1String(field)),
                qPrintable(ref + u' ' + QLatin1String(field) + u' '
                           + QString::fromUtf8(
                               QJsonDocument(QJsonArray { a, b }).toJson(QJsonDocument::Compact))));
    }
    QCOMPARE(byOrder(after, QStringLiteral("E-1")).value(QStringLiteral("description")).toString(),
             QStringLiteral("line one\nline; two, \"quoted\""));
    QCOMPARE(byOrder(after, QStringLiteral("E-2")).value(QStringLiteral("amountMinor")).toInteger(),
             1000);
    QCOMPARE(byOrder(after, QStringLiteral("E-3")).value(QStringLiteral("amountMinor")).toInteger(),
             1234);
}

// Typed flags are validated and named; --save then stores nothing.
void TestPayByLinkImport::typedSignErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("messages");

    const QStringList profile { QStringLiteral("paybylink"),
                                QStringLiteral("sign"),
                                QStringLiteral("--profile"),
                                QStringLiteral("shop"),
                                QStringLiteral("--password-file"),
                                QStringLiteral("@pw"),
                                QStringLiteral("--db"),
                                QStringLiteral("@db"),
                                QStringLiteral("--save"),
                                QStringLiteral("--order"),
                                QStringLiteral("T-1") };
    const auto typed = [&profile](const QString &flag, const QString &value) {
        return QStringList(profile)
            << QStringLiteral("--amount") << QStringLiteral("1") << flag << value;
    };
    QTest::newRow("amount abc")
        << (QStringList(profile) << QStringLiteral("--amount") << QStringLiteral("abc")) << 1
        << QStringList { QStringLiteral("paylink: --amount “abc” is not a number") };
    QTest::newRow("negative amount")
        << (QStringList(profile) << QStringLiteral("--amount") << QStringLiteral("-1")) << 1
        << QStringList { QStringLiteral("--amount “-1” is negative") };
    QTest::newRow("3 decimals for EUR")
        << (QStringList(profile) << QStringLiteral("--amount") << QStringLiteral("1,234")
                                 << QStringLiteral("--currency") << QStringLiteral("EUR"))
        << 1
        << QStringList { QStringLiteral("--amount “1,234” has 3 decimals, but EUR allows at "
                                        "most 2.") };
    QTest::newRow("unknown currency")
        << typed(QStringLiteral("--currency"), QStringLiteral("XYZ")) << 1
        << QStringList { QStringLiteral(
               "paylink: --currency “XYZ” is not an ISO 4217 currency code") };
    QTest::newRow("expiry in the past")
        << typed(QStringLiteral("--expiry"), QStringLiteral("2020-01-31")) << 1
        << QStringList { QStringLiteral("--expiry "), QStringLiteral("2020 is in the past") };
    QTest::newRow("expiry not a date")
        << typed(QStringLiteral("--expiry"), QStringLiteral("2027-13-01")) << 1
        << QStringList { QStringLiteral("--expiry “2027-13-01” is not a day of the calendar.") };
    QTest::newRow("bad e-mail") << typed(QStringLiteral("--email"), QStringLiteral("jan@")) << 1
                                << QStringList { QStringLiteral(
                                       "--email “jan@” is not an e-mail address") };
    QTest::newRow("bad phone") << typed(QStringLiteral("--phone"), QStringLiteral("call me")) << 1
                               << QStringList { QStringLiteral(
                                      "--phone “call me” is not a phone number") };
    QTest::newRow("bad language") << typed(QStringLiteral("--language"), QStringLiteral("nl NL"))
                                  << 1
                                  << QStringList { QStringLiteral(
                                         "--language “nl NL” is not a language code") };
    QTest::newRow("typed flag without --profile")
        << QStringList { QStringLiteral("paybylink"),       QStringLiteral("sign"),
                         QStringLiteral("--entity-key"),    kKey,
                         QStringLiteral("--user"),          kUser,
                         QStringLiteral("--password-file"), QStringLiteral("@pw"),
                         QStringLiteral("--amount"),        QStringLiteral("5") }
        << 2 << QStringList { QStringLiteral("--amount needs --profile") };
    QTest::newRow("--param without =")
        << (QStringList(profile) << QStringLiteral("--amount") << QStringLiteral("1")
                                 << QStringLiteral("--param") << QStringLiteral("A28"))
        << 2 << QStringList { QStringLiteral("--param “A28” has no “=”: write NAME=VALUE.") };
    QTest::newRow("key not a GUID")
        << QStringList { QStringLiteral("paybylink"),       QStringLiteral("sign"),
                         QStringLiteral("--entity-key"),    QStringLiteral("not-a-guid"),
                         QStringLiteral("--user"),          kUser,
                         QStringLiteral("--password-file"), QStringLiteral("@pw"),
                         QStringLiteral("--param"),         QStringLiteral("A=1") }
        << 1 << QStringList { QStringLiteral("Entity key: “not-a-guid” is not a GUID") };
    QTest::newRow("missing user") << QStringList {
        QStringLiteral("paybylink"),       QStringLiteral("sign"),
        QStringLiteral("--entity-key"),    kKey,
        QStringLiteral("--password-file"), QStringLiteral("@pw")
    } << 2 << QStringList { QStringLiteral("--user USER is required without --profile.") };
    QTest::newRow("missing password")
        << QStringList { QStringLiteral("paybylink"),    QStringLiteral("sign"),
                         QStringLiteral("--entity-key"), kKey,
                         QStringLiteral("--user"),       kUser }
        << 2
        << QStringList { QStringLiteral("the password is missing: give --password-file FILE or "
                                        "set $PAYLINK_PASSWORD") };
    QTest::newRow("profile password not in a session keychain")
        << QStringList { QStringLiteral("paybylink"), QStringLiteral("sign"),
                         QStringLiteral("--profile"), QStringLiteral("shop"),
                         QStringLiteral("--db"),      QStringLiteral("@db"),
                         QStringLiteral("--order"),   QStringLiteral("T-1"),
                         QStringLiteral("--amount"),  QStringLiteral("1") }
        << 1
        << QStringList { QStringLiteral("Profile “shop”: no keychain is reachable, so its "
                                        "password is not available.") };
    QTest::newRow("unknown profile")
        << QStringList { QStringLiteral("paybylink"),
                         QStringLiteral("sign"),
                         QStringLiteral("--profile"),
                         QStringLiteral("nope"),
                         QStringLiteral("--password-file"),
                         QStringLiteral("@pw"),
                         QStringLiteral("--db"),
                         QStringLiteral("@db"),
                         QStringLiteral("--order"),
                         QStringLiteral("T-1"),
                         QStringLiteral("--amount"),
                         QStringLiteral("1") }
        << 1
        << QStringList { QStringLiteral("There is no PayByLink profile named “nope”; the "
                                        "profiles are: shop.") };
}

void TestPayByLinkImport::typedSignErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QStringList, messages);
    args.replaceInStrings(QStringLiteral("@pw"), m_passwordFile);
    args.replaceInStrings(QStringLiteral("@db"), m_signDb);
    const CliRun r = cli(args);
    QVERIFY2(r.code == code, r.describe().constData());
    QVERIFY2(r.out.isEmpty(), r.describe().constData());
    for (const QString &m : messages)
        QVERIFY2(r.err.contains(m), r.describe().constData());
    QCOMPARE(sqlCount(m_signDb, kCountPayments), 0);

    // The same order signs once the flag is right (the refusal is the value's).
    if (code == 1 && args.contains(QLatin1String("--save"))) {
        const CliRun good =
            cli({ QStringLiteral("paybylink"), QStringLiteral("sign"), QStringLiteral("--profile"),
                  QStringLiteral("shop"), QStringLiteral("--password-file"), m_passwordFile,
                  QStringLiteral("--db"), m_signDb, QStringLiteral("--order"),
                  QStringLiteral("T-1"), QStringLiteral("--amount"), QStringLiteral("1") });
        QVERIFY2(good.code == 0, good.describe().constData());
    }
}

void TestPayByLinkImport::dryRunCatchesWhatSigningRefuses()
{
    // A raw parameter named h can never be signed; the dry run says so too.
    const QString csv = writeCsv(QStringLiteral("h.csv"), "order,amount\nA,1.00\n");
    const QString db = freshDb();
    for (const bool dry : { true, false }) {
        QStringList args =
            importArgs(csv, db) + QStringList { QStringLiteral("--param"), QStringLiteral("h=X") };
        if (dry)
            args << QStringLiteral("--dry-run");
        const CliRun r = cli(args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("“h” is the hash")), r.describe().constData());
        QVERIFY(!r.out.contains(QStringLiteral("would import 1")));
    }
    QCOMPARE(sqlCount(db, kCountPayments), 0);
}

void TestPayByLinkImport::rejectedFileKeepsTheErrorUnderItsHeader()
{
    const QString csv =
        writeCsv(QStringLiteral("spaces.csv"), "order, Amount \nA,abc\nB,1,extra\nC,2\n");
    const QString out = path(QStringLiteral("spaces-rejected.csv"));
    const CliRun r =
        cli(importArgs(csv, freshDb())
            + QStringList { QStringLiteral("--dry-run"), QStringLiteral("--rejected"), out });
    QCOMPARE(r.code, 1);
    // The column is named as written, without its spaces.
    QVERIFY2(r.err.contains(QStringLiteral("row 2: Amount: “abc”")), r.describe().constData());
    const QList<QByteArray> lines = paylink::test::readBytes(out).split('\n');
    QCOMPARE(lines.at(0).trimmed(), QByteArray("order,\" Amount \",error")); // spaces kept, quoted
    QVERIFY(lines.at(1).startsWith("A,abc,\"row 2: Amount:"));
    // The too-long row: its error under "error", the extra field after it.
    QVERIFY2(lines.at(2).startsWith("B,1,\"row 3: the row has 3 fields"), lines.at(2).constData());
    QVERIFY(lines.at(2).trimmed().endsWith(",extra"));
}

QTEST_GUILESS_MAIN(TestPayByLinkImport)
#include "tst_paybylink_import.moc"
