// The PayByLink createUrl signer against the manual's vector, and the exact
// URL and hash for UTF-8 values, reserved characters, empty values and order.
#include "paybylink/PayByLinkOrder.h"
#include "paybylink/PayByLinkSigner.h"

#include <QCryptographicHash>
#include <QTest>

using namespace paylink;

namespace {

const QString kKey = QStringLiteral("2b2b9bff-0c96-4f33-a20d-c831ac87e571");
const QString kPassword = QStringLiteral("T3st2016!");

SignedParameters manualParameters()
{
    return { { QStringLiteral("mt"), QStringLiteral("CreatePaymentLinkMapping") },
             { QStringLiteral("u"), QStringLiteral("Secretapiuser") },
             { QStringLiteral("exu"), QStringLiteral("https://www.paybylink.com") },
             { QStringLiteral("eru"),
               QStringLiteral("https://www.paybylink.com/en/about-us/contact/") },
             { QStringLiteral("L"), QStringLiteral("nl-NL") },
             { QStringLiteral("C"), QStringLiteral("EUR") },
             { QStringLiteral("A"), QStringLiteral("28,50") },
             { QStringLiteral("Ex"), QStringLiteral("2016-02-29") },
             { QStringLiteral("Or"), QStringLiteral("201601171959") },
             { QStringLiteral("Pn"), QStringLiteral("Belastingaanslag") },
             { QStringLiteral("G"), QStringLiteral("M") },
             { QStringLiteral("N"), QStringLiteral("Jan Bakker") },
             { QStringLiteral("M"), QStringLiteral("jan@paybylink.com") },
             { QStringLiteral("P"), QStringLiteral("06-12345678") } };
}

// The hash computed independently of the signer (Qt's SHA-256, not OpenSSL's).
QString independentHash(const QString &key, const SignedParameters &params, const QString &password)
{
    QString input = key;
    for (const auto &p : params)
        input += p.second;
    input += password;
    return QString::fromLatin1(
        QCryptographicHash::hash(input.toUtf8(), QCryptographicHash::Sha256).toHex().toUpper());
}

} // namespace

Q_DECLARE_METATYPE(SignedParameters)

class TestSigner : public QObject
{
    Q_OBJECT

private slots:
    void linkDates_data();
    void linkDates();
    void languages_data();
    void languages();
    void manualVector_data();
    void manualVector();
    void exactUrls_data();
    void exactUrls();
    void orderMatters();
    void basesAndKinds();
    void refusesBadRequests_data();
    void refusesBadRequests();
    void shortAlias();
};

void TestSigner::manualVector_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("h");
    QTest::newRow("full hash")
        << 64 << QStringLiteral("73B58BA21342A257B21A96394818B5C5E61071EE6205FF076AD4450631C2EB62");
    QTest::newRow("10 characters") << 10 << QStringLiteral("73B58BA213");
}

void TestSigner::manualVector()
{
    QFETCH(int, length);
    QFETCH(QString, h);
    PayByLinkSigner::Request r;
    r.entityKey = kKey.toUpper(); // normalised to lower case before use
    r.parameters = manualParameters();
    r.password = kPassword;
    r.hashLength = length;
    const Result<PayByLinkSigner::Link> link = PayByLinkSigner::sign(r);
    QVERIFY2(link.ok(), link.ok() ? "" : qPrintable(link.error().message));
    QCOMPARE(link->hash,
             QStringLiteral("73B58BA21342A257B21A96394818B5C5E61071EE6205FF076AD4450631C2EB62"));
    QCOMPARE(
        link->url,
        QStringLiteral(
            "https://testapi.paybylink.com/payment/createUrl/2b2b9bff-0c96-4f33-a20d-c831ac87e571"
            "?mt=CreatePaymentLinkMapping&u=Secretapiuser&exu=https%3A%2F%2Fwww.paybylink.com"
            "&eru=https%3A%2F%2Fwww.paybylink.com%2Fen%2Fabout-us%2Fcontact%2F&L=nl-NL&C=EUR"
            "&A=28%2C50&Ex=2016-02-29&Or=201601171959&Pn=Belastingaanslag&G=M&N=Jan%20Bakker"
            "&M=jan%40paybylink.com&P=06-12345678&h=")
            + h);
}

void TestSigner::exactUrls_data()
{
    QTest::addColumn<SignedParameters>("params");
    QTest::addColumn<QString>("query");
    const auto u = QPair<QString, QString>(QStringLiteral("u"), QStringLiteral("S"));
    QTest::newRow("accents") << SignedParameters {
        u, { QStringLiteral("N"), QStringLiteral("José Müßig") }
    } << QStringLiteral("u=S&N=Jos%C3%A9%20M%C3%BC%C3%9Fig");
    QTest::newRow("cyrillic") << SignedParameters {
        u, { QStringLiteral("N"), QStringLiteral("Анна") }
    } << QStringLiteral("u=S&N=%D0%90%D0%BD%D0%BD%D0%B0");
    QTest::newRow("cjk") << SignedParameters { u, { QStringLiteral("Pn"), QStringLiteral("注文") } }
                         << QStringLiteral("u=S&Pn=%E6%B3%A8%E6%96%87");
    QTest::newRow("reserved") << SignedParameters {
        u, { QStringLiteral("Pn"), QStringLiteral("a&b=c+d%e#f?g/h i") }
    } << QStringLiteral("u=S&Pn=a%26b%3Dc%2Bd%25e%23f%3Fg%2Fh%20i");
    QTest::newRow("unreserved stay")
        << SignedParameters { u, { QStringLiteral("Or"), QStringLiteral("A-z_0.9~") } }
        << QStringLiteral("u=S&Or=A-z_0.9~");
    QTest::newRow("empty value") << SignedParameters {
        u, { QStringLiteral("M"), QString() }, { QStringLiteral("A"), QStringLiteral("1.00") }
    } << QStringLiteral("u=S&M=&A=1.00");
}

void TestSigner::exactUrls()
{
    QFETCH(SignedParameters, params);
    QFETCH(QString, query);
    PayByLinkSigner::Request r;
    r.entityKey = kKey;
    r.parameters = params;
    r.password = kPassword;
    const Result<PayByLinkSigner::Link> link = PayByLinkSigner::sign(r);
    QVERIFY(link.ok());
    const QString hash = independentHash(kKey, params, kPassword);
    QCOMPARE(link->hash, hash);
    QCOMPARE(
        link->url,
        PayByLinkSigner::baseUrl(PayByLinkSigner::Environment::Test, PayByLinkSigner::Kind::Payment)
            + kKey + u'?' + query + QStringLiteral("&h=") + hash);
}

void TestSigner::orderMatters()
{
    PayByLinkSigner::Request a;
    a.entityKey = kKey;
    a.password = kPassword;
    a.parameters = { { QStringLiteral("u"), QStringLiteral("S") },
                     { QStringLiteral("A"), QStringLiteral("1") },
                     { QStringLiteral("Or"), QStringLiteral("2") } };
    PayByLinkSigner::Request b = a;
    b.parameters = { { QStringLiteral("u"), QStringLiteral("S") },
                     { QStringLiteral("Or"), QStringLiteral("2") },
                     { QStringLiteral("A"), QStringLiteral("1") } };
    const QString ha = PayByLinkSigner::sign(a)->hash;
    const QString hb = PayByLinkSigner::sign(b)->hash;
    QCOMPARE(ha, independentHash(kKey, a.parameters, kPassword));
    QCOMPARE(hb, independentHash(kKey, b.parameters, kPassword));
    QVERIFY(ha != hb); // "12" vs "21"
    QVERIFY(PayByLinkSigner::sign(a)->url.indexOf(QStringLiteral("A=1"))
            < PayByLinkSigner::sign(a)->url.indexOf(QStringLiteral("Or=2")));
}

void TestSigner::basesAndKinds()
{
    using S = PayByLinkSigner;
    QCOMPARE(S::baseUrl(S::Environment::Test, S::Kind::Payment),
             QStringLiteral("https://testapi.paybylink.com/payment/createUrl/"));
    QCOMPARE(S::baseUrl(S::Environment::Production, S::Kind::Payment),
             QStringLiteral("https://api.paybylink.com/payment/createUrl/"));
    QCOMPARE(S::baseUrl(S::Environment::Production, S::Kind::Mandate),
             QStringLiteral("https://api.paybylink.com/mandate/createUrl/"));
    QCOMPARE(S::baseUrl(S::Environment::Test, S::Kind::Mandate),
             QStringLiteral("https://testapi.paybylink.com/mandate/createUrl/"));
}

void TestSigner::refusesBadRequests_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("field");
    QTest::newRow("key not a GUID") << QStringLiteral("key") << QStringLiteral("Entity key");
    QTest::newRow("no password") << QStringLiteral("password") << QStringLiteral("Password");
    QTest::newRow("no user") << QStringLiteral("user") << QStringLiteral("User");
    QTest::newRow("h given") << QStringLiteral("h") << QStringLiteral("Parameters");
    QTest::newRow("hash length 12") << QStringLiteral("length") << QStringLiteral("Hash length");
}

void TestSigner::refusesBadRequests()
{
    QFETCH(QString, what);
    QFETCH(QString, field);
    PayByLinkSigner::Request r;
    r.entityKey = kKey;
    r.parameters = manualParameters();
    r.password = kPassword;
    if (what == QLatin1String("key"))
        r.entityKey = QStringLiteral("2b2b9bff0c964f33");
    else if (what == QLatin1String("password"))
        r.password.clear();
    else if (what == QLatin1String("user"))
        r.parameters.removeAt(1);
    else if (what == QLatin1String("h"))
        r.parameters.append({ QStringLiteral("h"), QStringLiteral("X") });
    else
        r.hashLength = 12;
    const Result<PayByLinkSigner::Link> link = PayByLinkSigner::sign(r);
    QVERIFY(!link.ok());
    QVERIFY2(link.error().message.startsWith(field), qPrintable(link.error().message));
}

void TestSigner::shortAlias()
{
    PayByLinkSigner::Request r;
    r.environment = PayByLinkSigner::Environment::Production;
    r.entityKey = kKey;
    r.password = kPassword;
    r.parameters = { { QStringLiteral("u"), QStringLiteral("S") },
                     { QStringLiteral("A"), QStringLiteral("28.50") },
                     { QStringLiteral("Or"), QStringLiteral("201601171959") },
                     { QStringLiteral("Ex"), QStringLiteral("20160229") } };
    const Result<PayByLinkSigner::Link> link = PayByLinkSigner::signShortAlias(r);
    QVERIFY(link.ok());
    const QString key = QStringLiteral("2b2b9bff0c964f33a20dc831ac87e571");
    QCOMPARE(link->url,
             QStringLiteral("https://spbl.eu/cpu/") + key
                 + QStringLiteral("u=S&a=28.50&or=201601171959&ex=20160229&h=")
                 + independentHash(key, r.parameters, kPassword).left(10));
    r.environment = PayByLinkSigner::Environment::Test;
    QVERIFY(!PayByLinkSigner::signShortAlias(r).ok());
}

void TestSigner::linkDates_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QByteArray>("dashed");
    QTest::addColumn<QByteArray>("compact");
    QTest::newRow("manual") << QDate(2016, 2, 29) << QByteArray("2016-02-29")
                            << QByteArray("20160229");
    QTest::newRow("year end") << QDate(2099, 12, 31) << QByteArray("2099-12-31")
                              << QByteArray("20991231");
    QTest::newRow("small year") << QDate(7, 1, 5) << QByteArray("0007-01-05")
                                << QByteArray("00070105");
    QTest::newRow("five digits") << QDate(12345, 6, 7) << QByteArray("12345-06-07")
                                 << QByteArray("123450607");
}

// The date bytes a link signs, in the profile's two formats.
void TestSigner::linkDates()
{
    QFETCH(QDate, date);
    QFETCH(QByteArray, dashed);
    QFETCH(QByteArray, compact);
    QCOMPARE(PayByLinkOrders::formatDateAscii(date, PayByLinkProfile::DateFormat::Dashed), dashed);
    QCOMPARE(PayByLinkOrders::formatDateAscii(date, PayByLinkProfile::DateFormat::Compact),
             compact);
}

// A checked language code is carried as "nl-NL" or "de", whatever case and
// separator the file wrote; a code already written so is kept as it is.
void TestSigner::languages_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("carried");
    QTest::newRow("as carried") << QStringLiteral("nl-NL") << QStringLiteral("nl-NL");
    QTest::newRow("underscore") << QStringLiteral("nl_nl") << QStringLiteral("nl-NL");
    QTest::newRow("upper language") << QStringLiteral("DE-at") << QStringLiteral("de-AT");
    QTest::newRow("lower region") << QStringLiteral("fr-be") << QStringLiteral("fr-BE");
    QTest::newRow("upper alone") << QStringLiteral("EN") << QStringLiteral("en");
    QTest::newRow("three letters") << QStringLiteral("Fil") << QStringLiteral("fil");
    QTest::newRow("lower alone") << QStringLiteral("ru") << QStringLiteral("ru");
    QTest::newRow("spaces") << QStringLiteral(" pl_PL ") << QStringLiteral("pl-PL");
    QTest::newRow("none") << QString() << QString();
}

void TestSigner::languages()
{
    QFETCH(QString, typed);
    QFETCH(QString, carried);
    PayByLinkOrders::Input input;
    input.set(PayByLinkField::Order, QStringLiteral("INV-1"));
    input.set(PayByLinkField::Amount, QStringLiteral("1,00"));
    input.set(PayByLinkField::Language, typed);
    PayByLinkOrder order;
    const auto problems = PayByLinkOrders::parse(
        input, [](PayByLinkField) { return QStringLiteral("field:"); }, &order);
    QVERIFY(problems.isEmpty());
    QCOMPARE(order.language, carried);
}

QTEST_APPLESS_MAIN(TestSigner)
#include "tst_signer.moc"
