// `paylink paybylink sign` through the real binary: the manual's vector from
// raw --params, secrets from a file or the environment only, clear refusals,
// and the password nowhere in output, database or log.
#include "../TestEnv.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kKey = QStringLiteral("2b2b9bff-0c96-4f33-a20d-c831ac87e571");
const QString kHash =
    QStringLiteral("73B58BA21342A257B21A96394818B5C5E61071EE6205FF076AD4450631C2EB62");
const QString kPassword = QStringLiteral("T3st2016!");

QStringList manualArgs()
{
    return { QStringLiteral("paybylink"),
             QStringLiteral("sign"),
             QStringLiteral("--entity-key"),
             kKey,
             QStringLiteral("--user"),
             QStringLiteral("Secretapiuser"),
             QStringLiteral("--mt"),
             QStringLiteral("CreatePaymentLinkMapping"),
             QStringLiteral("--exu"),
             QStringLiteral("https://www.paybylink.com"),
             QStringLiteral("--eru"),
             QStringLiteral("https://www.paybylink.com/en/about-us/contact/"),
             QStringLiteral("--param"),
             QStringLiteral("L=nl-NL"),
             QStringLiteral("--param"),
             QStringLiteral("C=EUR"),
             QStringLiteral("--param"),
             QStringLiteral("A=28,50"),
             QStringLiteral("--param"),
             QStringLiteral("Ex=2016-02-29"),
             QStringLiteral("--param"),
             QStringLiteral("Or=201601171959"),
             QStringLiteral("--param"),
             QStringLiteral("Pn=Belastingaanslag"),
             QStringLiteral("--param"),
             QStringLiteral("G=M"),
             QStringLiteral("--param"),
             QStringLiteral("N=Jan Bakker"),
             QStringLiteral("--param"),
             QStringLiteral("M=jan@paybylink.com"),
             QStringLiteral("--param"),
             QStringLiteral("P=06-12345678") };
}

} // namespace

class TestPayByLinkCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signsTheManualVector_data();
    void signsTheManualVector();
    void rawParamsAreVerbatim();
    void secretFileRules();
    void refusals_data();
    void refusals();
    void shortAlias();
    void saveStoresThePaymentAndNoSecret();

private:
    struct Run
    {
        int code;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args, const QString &password = QString());
    QString writeFile(const QString &name, const QByteArray &data);

    QTemporaryDir m_dir;
    QString m_env;
    QString m_passwordFile;
};

void TestPayByLinkCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_env = m_dir.filePath(QStringLiteral("env"));
    m_passwordFile = writeFile(QStringLiteral("password.txt"), kPassword.toUtf8() + "\n");
}

QString TestPayByLinkCli::writeFile(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(data);
    return path;
}

TestPayByLinkCli::Run TestPayByLinkCli::cli(const QStringList &args, const QString &password)
{
    QProcess p;
    QProcessEnvironment env = paylink::test::isolatedEnvironment(m_env);
    env.remove(QStringLiteral("PAYLINK_PASSWORD"));
    if (!password.isNull())
        env.insert(QStringLiteral("PAYLINK_PASSWORD"), password);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PAYLINK_CLI_PATH), args);
    p.waitForFinished(60000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
             QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}

void TestPayByLinkCli::signsTheManualVector_data()
{
    QTest::addColumn<QString>("length");
    QTest::addColumn<bool>("fromFile");
    QTest::newRow("64 from file") << QStringLiteral("64") << true;
    QTest::newRow("10 from file") << QStringLiteral("10") << true;
    QTest::newRow("64 from environment") << QStringLiteral("64") << false;
}

void TestPayByLinkCli::signsTheManualVector()
{
    QFETCH(QString, length);
    QFETCH(bool, fromFile);
    QStringList args = manualArgs() << QStringLiteral("--hash-length") << length;
    if (fromFile)
        args << QStringLiteral("--password-file") << m_passwordFile;
    const Run r = cli(args, fromFile ? QString() : kPassword);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString url = r.out.trimmed();
    QVERIFY(url.startsWith(
        QStringLiteral("https://testapi.paybylink.com/payment/createUrl/") + kKey
        + QStringLiteral("?mt=CreatePaymentLinkMapping&u=Secretapiuser&exu=https%3A%2F%2F")));
    QVERIFY(url.contains(QStringLiteral("&N=Jan%20Bakker&M=jan%40paybylink.com&P=06-12345678&h=")));
    QVERIFY(url.endsWith(QStringLiteral("&h=") + kHash.left(length.toInt())));
    QVERIFY(!r.out.contains(kPassword) && !r.err.contains(kPassword));
}

void TestPayByLinkCli::rawParamsAreVerbatim()
{
    const Run r =
        cli({ QStringLiteral("paybylink"), QStringLiteral("sign"), QStringLiteral("--entity-key"),
              kKey, QStringLiteral("--user"), QStringLiteral("S"), QStringLiteral("--param"),
              QStringLiteral("Pn=a=b&c d+é"), QStringLiteral("--param"),
              QStringLiteral("Ex=2001-01-01"), QStringLiteral("--json") },
            kPassword);
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(o.value(QStringLiteral("url"))
                .toString()
                .contains(QStringLiteral("u=S&Pn=a%3Db%26c%20d%2B%C3%A9&Ex=2001-01-01&h=")));
    QCOMPARE(o.value(QStringLiteral("hash")).toString().size(), 64);
}

void TestPayByLinkCli::secretFileRules()
{
    QStringList args = manualArgs();
    // CRLF: one line ending stripped, same hash.
    const QString crlf = writeFile(QStringLiteral("crlf.txt"), kPassword.toUtf8() + "\r\n");
    Run r = cli(QStringList(args) << QStringLiteral("--password-file") << crlf);
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.trimmed().endsWith(kHash));
    QVERIFY(r.err.isEmpty());
    // A trailing space is kept (it is part of the secret) but warned about.
    const QString spaced = writeFile(QStringLiteral("spaced.txt"), kPassword.toUtf8() + " \n");
    r = cli(QStringList(args) << QStringLiteral("--password-file") << spaced);
    QCOMPARE(r.code, 0);
    QVERIFY(!r.out.trimmed().endsWith(kHash));
    QVERIFY2(r.err.contains(QStringLiteral("white space")), qPrintable(r.err));
    // A soft hyphen is named by its code point, not echoed.
    const QString hyphen =
        writeFile(QStringLiteral("hyphen.txt"), QStringLiteral("T3st\u00AD2016!\n").toUtf8());
    r = cli(QStringList(args) << QStringLiteral("--password-file") << hyphen);
    QVERIFY2(r.err.contains(QStringLiteral("U+00AD")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("T3st")));
    // Empty and missing files are refused.
    r = cli(QStringList(args) << QStringLiteral("--password-file")
                              << writeFile(QStringLiteral("empty.txt"), "\n"));
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("empty")));
    r = cli(QStringList(args) << QStringLiteral("--password-file")
                              << m_dir.filePath(QStringLiteral("missing.txt")));
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("missing.txt")));
}

void TestPayByLinkCli::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString sign = QStringLiteral("sign");
    const QStringList base { QStringLiteral("paybylink"),      sign,
                             QStringLiteral("--entity-key"),   kKey,
                             QStringLiteral("--user"),         QStringLiteral("S"),
                             QStringLiteral("--password-file") };
    QTest::newRow("key not a GUID")
        << QStringList { QStringLiteral("paybylink"),       sign,
                         QStringLiteral("--entity-key"),    QStringLiteral("not-a-guid"),
                         QStringLiteral("--user"),          QStringLiteral("S"),
                         QStringLiteral("--password-file"), QStringLiteral("@pw") }
        << 1 << QStringLiteral("Entity key");
    QTest::newRow("no user") << QStringList {
        QStringLiteral("paybylink"),       sign,
        QStringLiteral("--entity-key"),    kKey,
        QStringLiteral("--password-file"), QStringLiteral("@pw")
    } << 2 << QStringLiteral("--user");
    QTest::newRow("no password") << QStringList {
        QStringLiteral("paybylink"),    sign,
        QStringLiteral("--entity-key"), kKey,
        QStringLiteral("--user"),       QStringLiteral("S")
    } << 2 << QStringLiteral("password");
    QTest::newRow("param without =")
        << (QStringList(base) << QStringLiteral("@pw") << QStringLiteral("--param")
                              << QStringLiteral("A28"))
        << 2 << QStringLiteral("--param");
    QTest::newRow("param without name")
        << (QStringList(base) << QStringLiteral("@pw") << QStringLiteral("--param")
                              << QStringLiteral("=5"))
        << 2 << QStringLiteral("no name");
    QTest::newRow("h as a param") << (QStringList(base)
                                      << QStringLiteral("@pw") << QStringLiteral("--param")
                                      << QStringLiteral("h=X"))
                                  << 1 << QStringLiteral("hash");
    QTest::newRow("hash length 12")
        << (QStringList(base) << QStringLiteral("@pw") << QStringLiteral("--hash-length")
                              << QStringLiteral("12"))
        << 2 << QStringLiteral("10 or 64");
    QTest::newRow("typed flag without profile")
        << (QStringList(base) << QStringLiteral("@pw") << QStringLiteral("--amount")
                              << QStringLiteral("abc"))
        << 2 << QStringLiteral("--profile");
    QTest::newRow("unknown profile")
        << QStringList { QStringLiteral("paybylink"), sign, QStringLiteral("--profile"),
                         QStringLiteral("nope") }
        << 1 << QStringLiteral("nope");
    QTest::newRow("unknown sub-command")
        << QStringList { QStringLiteral("paybylink"), QStringLiteral("frobnicate") } << 2
        << QStringLiteral("frobnicate");
}

void TestPayByLinkCli::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    args.replaceInStrings(QStringLiteral("@pw"), m_passwordFile);
    args << QStringLiteral("--db") << m_dir.filePath(QStringLiteral("refusals.sqlite"));
    if (args.at(1) == QLatin1String("frobnicate"))
        args = args.mid(0, 2);
    const Run r = cli(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestPayByLinkCli::shortAlias()
{
    QStringList args { QStringLiteral("paybylink"),    QStringLiteral("sign"),
                       QStringLiteral("--entity-key"), kKey,
                       QStringLiteral("--user"),       QStringLiteral("S"),
                       QStringLiteral("--param"),      QStringLiteral("A=28.50"),
                       QStringLiteral("--param"),      QStringLiteral("Or=201601171959"),
                       QStringLiteral("--param"),      QStringLiteral("Ex=20160229"),
                       QStringLiteral("--short-alias") };
    Run r = cli(args, kPassword);
    QCOMPARE(r.code, 1); // test system: no alias
    QVERIFY(r.err.contains(QStringLiteral("production")));
    r = cli(QStringList(args) << QStringLiteral("--production"), kPassword);
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QStringLiteral(
        "https://spbl.eu/cpu/"
        "2b2b9bff0c964f33a20dc831ac87e571u=S&a=28.50&or=201601171959&ex=20160229&h=")));
    QCOMPARE(r.out.trimmed().section(QStringLiteral("h="), -1).size(), 10);
    QVERIFY(r.err.contains(QStringLiteral("not confirmed")));
}

void TestPayByLinkCli::saveStoresThePaymentAndNoSecret()
{
    const QString db = m_dir.filePath(QStringLiteral("saved.sqlite"));
    Run r =
        cli(QStringList(manualArgs()) << QStringLiteral("--save") << QStringLiteral("--db") << db
                                      << QStringLiteral("--password-file") << m_passwordFile);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db });
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    const QJsonObject p = rows.first().toObject();
    QCOMPARE(p.value(QStringLiteral("orderRef")).toString(), QStringLiteral("201601171959"));
    QCOMPARE(p.value(QStringLiteral("amountMinor")).toInteger(), 2850);
    QCOMPARE(p.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(p.value(QStringLiteral("customerName")).toString(), QStringLiteral("Jan Bakker"));
    QCOMPARE(p.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
    QVERIFY(p.value(QStringLiteral("link")).toString().endsWith(kHash));

    // The password is nowhere on disk: database, WAL, settings, logs.
    QStringList files { db, db + QStringLiteral("-wal") };
    QDirIterator it(m_env, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    int read = 0;
    for (const QString &file : std::as_const(files)) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        ++read;
        const QByteArray data = f.readAll();
        QVERIFY2(!data.contains(kPassword.toUtf8()), qPrintable(file));
        const QByteArray utf16(reinterpret_cast<const char *>(kPassword.utf16()),
                               kPassword.size() * 2);
        QVERIFY2(!data.contains(utf16), qPrintable(file));
    }
    QVERIFY(read >= 1); // the database at least (the WAL is checkpointed away on close)
}

QTEST_GUILESS_MAIN(TestPayByLinkCli)
#include "tst_paybylink_cli.moc"
