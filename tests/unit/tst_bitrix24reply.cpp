// The Bitrix24 reply parsers on the bodies the notes document: errors as
// numbers and strings (200640400001 is not cut to 32 bits), codes without
// case, batch maps as {} and [] and lists, the untrusted qr, payments.
#include "bitrix24/Bitrix24Reply.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace paylink;
using Kind = Bitrix24Error::Kind;

Q_DECLARE_METATYPE(Bitrix24Error::Kind)

namespace {

// JSON written with ' for " (moc cannot read raw string literals).
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

QByteArray png()
{
    QImage image(21, 21, QImage::Format_RGB32);
    image.fill(Qt::white);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TstBitrix24Reply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("number too big for 32 bits")
            << 400 << json("{'error':200640400001,'error_description':'payment is not exists'}")
            << Kind::PaymentNotFound << QStringLiteral("200640400001");
        QTest::newRow("the same as a string")
            << 400 << json("{'error':'200640400001','error_description':'payment is not exists'}")
            << Kind::PaymentNotFound << QStringLiteral("200640400001");
        QTest::newRow("100")
            << 400
            << QByteArray(json(
                   "{'error':100,'error_description':'Could not find value for parameter {id}'}"))
            << Kind::MissingParameter << QStringLiteral("100");
        QTest::newRow("0") << 400 << json("{'error':0,'error_description':'fatal'}") << Kind::Other
                           << QStringLiteral("0");
        QTest::newRow("empty code") << 200 << json("{'error':'','error_description':'Not found'}")
                                    << Kind::Other << QString();
        QTest::newRow("limit")
            << 503
            << QByteArray(
                   json("{'error':'QUERY_LIMIT_EXCEEDED','error_description':'Too many requests'}"))
            << Kind::QueryLimit << QStringLiteral("QUERY_LIMIT_EXCEEDED");
        QTest::newRow("overload, also 503")
            << 503
            << QByteArray(json("{'error':'OVERLOAD_LIMIT','error_description':'REST API is blocked "
                               "due to overload'}"))
            << Kind::Overload << QStringLiteral("OVERLOAD_LIMIT");
        QTest::newRow("operating")
            << 429
            << QByteArray(json("{'error':'OPERATION_TIME_LIMIT','error_description':'Method is "
                               "blocked due to operation time limit.'}"))
            << Kind::OperationTimeLimit << QStringLiteral("OPERATION_TIME_LIMIT");
        QTest::newRow("lower-case scope")
            << 403
            << QByteArray(json("{'error':'insufficient_scope','error_description':'The request "
                               "requires higher privileges'}"))
            << Kind::InsufficientScope << QStringLiteral("insufficient_scope");
        QTest::newRow("upper-case scope")
            << 403 << json("{'error':'INSUFFICIENT_SCOPE','error_description':''}")
            << Kind::InsufficientScope << QStringLiteral("INSUFFICIENT_SCOPE");
        QTest::newRow("expired") << 401
                                 << QByteArray(json("{'error':'expired_token','error_description':'"
                                                    "The access token provided has expired.'}"))
                                 << Kind::ExpiredToken << QStringLiteral("expired_token");
        QTest::newRow("no auth")
            << 401
            << QByteArray(
                   json("{'error':'NO_AUTH_FOUND','error_description':'Wrong authorization data'}"))
            << Kind::NoAuth << QStringLiteral("NO_AUTH_FOUND");
        QTest::newRow("https")
            << 400 << json("{'error':'INVALID_REQUEST','error_description':'Https required'}")
            << Kind::HttpsRequired << QStringLiteral("INVALID_REQUEST");
        QTest::newRow("html 502") << 502 << QByteArray("<html><body>Bad Gateway</body></html>")
                                  << Kind::ServerError << QString();
        QTest::newRow("html 200") << 200 << QByteArray("<html>busy</html>") << Kind::BadResponse
                                  << QString();
        QTest::newRow("truncated")
            << 200 << json("{'result':{'payment':{'url':'htt") << Kind::BadResponse << QString();
        QTest::newRow("no result") << 200 << json("{'time':{}}") << Kind::BadResponse << QString();
        QTest::newRow("array body") << 200 << QByteArray("[1,2]") << Kind::BadResponse << QString();
    }

    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Kind, kind);
        QFETCH(QString, code);
        const Bitrix24Reply::Envelope env = Bitrix24Reply::parse(status, body);
        QVERIFY(env.error.has_value());
        QCOMPARE(int(env.error->kind), int(kind));
        QCOMPARE(env.error->code, code);
        QCOMPARE(env.error->httpStatus, status);
        // People get a sentence, never the raw description.
        QVERIFY(!env.error->message().isEmpty());
        if (!env.error->description.isEmpty())
            QVERIFY(!env.error->message().contains(env.error->description));
    }

    void tooLargeIsRefused()
    {
        QByteArray body = json("{'result':'");
        body += QByteArray(Bitrix24Reply::kMaxBody, 'a');
        body += json("'}");
        const auto env = Bitrix24Reply::parse(200, body);
        QVERIFY(env.error);
        QCOMPARE(int(env.error->kind), int(Kind::BadResponse));
        QVERIFY(env.error->description.contains(QStringLiteral("cap")));
    }

    void publicUrlWithPhpEscaping()
    {
        const QByteArray qr = png().toBase64();
        const QByteArray body = json("{'result':{'payment':{'url':'https:\\/\\/p.example\\/pub\\/"
                                     "?orderId=1\\u0026paymentId=1063','shortUrl':'https:\\/\\/"
                                     "p.example\\/~tR9sB','qr':'")
            + qr
            + json("'}},'time':{'start':1718372619.16,'operating':0.5,'operating_reset_at':"
                   "1718373219}}");
        const auto env = Bitrix24Reply::parse(200, body);
        QVERIFY(!env.error);
        QCOMPARE(env.time.operatingResetAt, std::optional<qint64>(1718373219));
        const auto url = Bitrix24Reply::publicUrl(env.result);
        QVERIFY(url);
        QCOMPARE(url->url, QStringLiteral("https://p.example/pub/?orderId=1&paymentId=1063"));
        QCOMPARE(url->shortUrl, QStringLiteral("https://p.example/~tR9sB"));
        QCOMPARE(url->qrPng, png());
        QVERIFY(!url->qrRejected);
    }

    // Found by fuzz_bitrix24: a reset time past qint64 was converted unchecked.
    void resetTimeOutOfRange_data()
    {
        QTest::addColumn<QByteArray>("reset");
        QTest::addColumn<qint64>("expected"); // -1: dropped
        QTest::newRow("number") << QByteArray("1718373219") << qint64(1718373219);
        QTest::newRow("string") << QByteArray("\"1718373219\"") << qint64(1718373219);
        QTest::newRow("fraction") << QByteArray("1718373219.75") << qint64(1718373219);
        QTest::newRow("past qint64") << QByteArray("17181718373219373219") << qint64(-1);
        QTest::newRow("string past qint64") << QByteArray("\"9223372036854775807\"") << qint64(-1);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("zero") << QByteArray("0") << qint64(-1);
        QTest::newRow("huge exponent") << QByteArray("1e300") << qint64(-1);
        QTest::newRow("text") << QByteArray("\"soon\"") << qint64(-1);
    }

    void resetTimeOutOfRange()
    {
        QFETCH(QByteArray, reset);
        QFETCH(qint64, expected);
        const QByteArray body =
            "{\"result\":true,\"time\":{\"operating\":0.5,\"operating_reset_at\":" + reset + "}}";
        const auto env = Bitrix24Reply::parse(200, body);
        QVERIFY(!env.error);
        if (expected < 0)
            QVERIFY(!env.time.operatingResetAt);
        else
            QCOMPARE(env.time.operatingResetAt, std::optional<qint64>(expected));
    }

    void brokenQrIsRejected_data()
    {
        QTest::addColumn<QJsonValue>("qr");
        const QByteArray good = png();
        QByteArray truncated = good;
        truncated.chop(20); // IDAT or IEND cut short, as in the documentation's sample
        QByteArray declaredLonger = good;
        // The first chunk (IHDR) claims more bytes than the file has.
        declaredLonger[8 + 3] = char(0x7f);
        QTest::newRow("truncated") << QJsonValue(QString::fromLatin1(truncated.toBase64()));
        QTest::newRow("length beyond the end")
            << QJsonValue(QString::fromLatin1(declaredLonger.toBase64()));
        QTest::newRow("not base64") << QJsonValue(QStringLiteral("%%%not base64%%%"));
        QTest::newRow("not a png")
            << QJsonValue(QString::fromLatin1(QByteArray("GIF89a....").toBase64()));
        QTest::newRow("a number") << QJsonValue(42);
    }

    void brokenQrIsRejected()
    {
        QFETCH(QJsonValue, qr);
        QJsonObject payment { { QStringLiteral("url"), QStringLiteral("https://p.example/a") },
                              { QStringLiteral("shortUrl"),
                                QStringLiteral("https://p.example/~a") },
                              { QStringLiteral("qr"), qr } };
        const auto url =
            Bitrix24Reply::publicUrl(QJsonObject { { QStringLiteral("payment"), payment } });
        QVERIFY(url);
        QVERIFY(url->qrPng.isEmpty());
        QVERIFY(url->qrRejected);
        QCOMPARE(url->shortUrl, QStringLiteral("https://p.example/~a"));
    }

    void wrongTypes()
    {
        const auto noPayment = Bitrix24Reply::publicUrl(QJsonObject {});
        QVERIFY(!noPayment);
        const auto numberUrl = Bitrix24Reply::publicUrl(QJsonObject {
            { QStringLiteral("payment"), QJsonObject { { QStringLiteral("url"), 5 } } } });
        QVERIFY(!numberUrl);
        QVERIFY(numberUrl.error().detail.contains(QStringLiteral("url")));
    }

    void batchMapsInEveryForm()
    {
        // PHP: an empty map is [], keys 0..n-1 make a list.
        const auto empty =
            Bitrix24Reply::parse(200,
                                 json("{'result':{'result':[],'result_error':[],'result_total':[],'"
                                      "result_next':[],'result_time':[]}}"));
        QVERIFY(!empty.error);
        const auto b0 = Bitrix24Reply::batch(empty.result);
        QVERIFY(b0);
        QVERIFY(b0->results.isEmpty() && b0->errors.isEmpty());

        const auto mixed = Bitrix24Reply::parse(
            200,
            json("{'result':{'result':{'p1':{'payment':{'url':'https:\\/\\/x\\/"
                 "1'}}},'result_error':{'p2':{'error':200640400001,'error_description':'payment is "
                 "not "
                 "exists'}},'result_time':{'p1':{'operating':1.5,'operating_reset_at':'1718373219'}"
                 "}}}"));
        const auto b1 = Bitrix24Reply::batch(mixed.result);
        QVERIFY(b1);
        QCOMPARE(b1->results.keys(), QList<QString> { QStringLiteral("p1") });
        QCOMPARE(int(b1->errors.value(QStringLiteral("p2")).kind), int(Kind::PaymentNotFound));
        QCOMPARE(b1->times.value(QStringLiteral("p1")).operatingResetAt,
                 std::optional<qint64>(1718373219));

        const auto listed = Bitrix24Reply::parse(
            200,
            json("{'result':{'result':[true,null],'result_error':[{'error':'','error_description':'"
                 "Not found'},{'error':'ERROR_BATCH_LENGTH_EXCEEDED','error_description':'Max "
                 "batch length exceeded'}]}}"));
        const auto b2 = Bitrix24Reply::batch(listed.result);
        QVERIFY(b2);
        QCOMPARE(b2->results.value(QStringLiteral("0")), QJsonValue(true));
        QVERIFY(b2->results.value(QStringLiteral("1")).isNull());
        QCOMPARE(int(b2->errors.value(QStringLiteral("1")).kind), int(Kind::BatchLengthExceeded));
        QCOMPARE(b2->errors.value(QStringLiteral("0")).code, QString());

        const auto bad =
            Bitrix24Reply::batch(QJsonObject { { QStringLiteral("result_error"), 7 } });
        QVERIFY(!bad);
    }

    void paymentsExact()
    {
        const auto env =
            Bitrix24Reply::parse(200,
                                 json("{'result':[{'id':1036,'accountNumber':'3653\\/"
                                      "1','paid':'Y','datePaid':'2024-05-20T12:32:02+03:00','sum':"
                                      "900,'currency':'RUB'},{'id':'1037','accountNumber':'3653\\/"
                                      "2','paid':'N','datePaid':null,'sum':28.5,'currency':'eur'},{"
                                      "'id':1038,'paid':'N','sum':0.29,'currency':'EUR'}]}"));
        const auto list = Bitrix24Reply::payments(env.result);
        QVERIFY(list);
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).id, 1036);
        QVERIFY(list->at(0).paid);
        QCOMPARE(list->at(0).sumMinor, 90000);
        QCOMPARE(list->at(0).accountNumber, QStringLiteral("3653/1"));
        QCOMPARE(list->at(0).datePaid.toUTC(),
                 QDateTime(QDate(2024, 5, 20), QTime(9, 32, 2), Qt::UTC));
        QCOMPARE(list->at(1).id, 1037);
        QCOMPARE(list->at(1).currency, QStringLiteral("EUR"));
        QCOMPARE(list->at(1).sumMinor, 2850);
        QCOMPARE(list->at(2).sumMinor, 29); // 0.29 * 100 = 28.999…, rounded, not cut
        const auto notList = Bitrix24Reply::payments(QJsonObject {});
        QVERIFY(!notList);
        const auto badPaid = Bitrix24Reply::payment(
            QJsonObject { { QStringLiteral("id"), 1 },
                          { QStringLiteral("paid"), true },
                          { QStringLiteral("currency"), QStringLiteral("EUR") } });
        QVERIFY(!badPaid);
        const auto badCurrency = Bitrix24Reply::payment(
            QJsonObject { { QStringLiteral("id"), 1 },
                          { QStringLiteral("paid"), QStringLiteral("N") },
                          { QStringLiteral("currency"), QStringLiteral("XXQ") } });
        QVERIFY(!badCurrency);
        QCOMPARE(Bitrix24Reply::idFrom(QJsonValue(QStringLiteral("12"))),
                 std::optional<qint64>(12));
        QCOMPARE(Bitrix24Reply::idFrom(QJsonValue(1.5)), std::nullopt);
        QCOMPARE(Bitrix24Reply::idFrom(QJsonValue(-3)), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TstBitrix24Reply)
#include "tst_bitrix24reply.moc"
