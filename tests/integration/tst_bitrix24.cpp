// The Bitrix24 client and `paylink bitrix24` against a real HTTPS server on
// 127.0.0.1 (tests/bitrix24/fake_portal.py, with a CA made for the test) that
// behaves as the notes document: errors, the leaky bucket, batch quirks,
// OAuth refresh with rotation, and fault modes.
#include "../FakePortal.h"
#include "../QrDecode.h"
#include "../TestEnv.h"

#include "bitrix24/Bitrix24Client.h"
#include "bitrix24/Bitrix24Portals.h"
#include "store/Database.h"
#include "store/PaymentStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace paylink;
using Kind = Bitrix24Error::Kind;

class TstBitrix24 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void oneLink();
    void unknownIdAndMissingId();
    void wrongCodeAndMissingScope();
    void expiredTokenRefreshesOnceAndRotates();
    void queryLimitIsInvisible();
    void overloadIsNeverRetried();
    void operatingLimitIsAClearMessage();
    void brokenQrFallsBack();
    void serverErrorsAndBadBodies_data();
    void serverErrorsAndBadBodies();
    void timeouts();
    void redirectIsReportedNotFollowed();
    void tlsAndHttp();
    void connectionRefused();
    void batchMapsErrorsToIds();
    void syncPayAndUnpay();
    void cliUrlSyncAndErrors();
    void slowLorisEndsWithinTheDeadline();
    void refusedLinks_data();
    void refusedLinks();
    void allowedLinkHosts();
    void caAddedLaterIsUsed();

private:
    Bitrix24Client *client(Bitrix24Portal portal = {}, Bitrix24Credentials credentials = {});
    Bitrix24Reply::Envelope callAndWait(Bitrix24Client *c, const QString &method,
                                        const QJsonObject &params);
    std::pair<std::optional<Bitrix24Reply::PublicUrl>, std::optional<Bitrix24Error>>
    urlAndWait(Bitrix24Client *c, qint64 id);
    struct Run
    {
        int code;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args);
    QStringList webhookConnection(const QString &db);

    std::unique_ptr<test::FakePortal> m_portal;
    QTemporaryDir m_dir;
    QList<Bitrix24Client *> m_clients;
};

void TstBitrix24::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_portal = std::make_unique<test::FakePortal>();
    QVERIFY2(m_portal->isReady(), qPrintable(m_portal->startError()));
}

void TstBitrix24::init()
{
    QVERIFY(m_portal->control({ { QStringLiteral("reset"), true } }));
    Bitrix24Client::resetBucketsForTests();
    qDeleteAll(m_clients);
    m_clients.clear();
}

// Each test's clients go with it (the last test's too: LeakSanitizer).
void TstBitrix24::cleanup()
{
    qDeleteAll(m_clients);
    m_clients.clear();
}

Bitrix24Client *TstBitrix24::client(Bitrix24Portal portal, Bitrix24Credentials credentials)
{
    if (portal.extraCas.isEmpty())
        portal.extraCas = m_portal->ca();
    if (portal.auth == Bitrix24Portal::Auth::Webhook && credentials.webhookUrl.isEmpty())
        credentials.webhookUrl = m_portal->webhook();
    portal.timeoutMs = std::min(portal.timeoutMs, 5000);
    auto *c = new Bitrix24Client(portal, credentials);
    m_clients.append(c);
    return c;
}

Bitrix24Reply::Envelope TstBitrix24::callAndWait(Bitrix24Client *c, const QString &method,
                                                 const QJsonObject &params)
{
    std::optional<Bitrix24Reply::Envelope> result;
    c->call(method, params, [&result](const Bitrix24Reply::Envelope &e) { result = e; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
        qFatal("no answer from the client");
    return *result;
}

std::pair<std::optional<Bitrix24Reply::PublicUrl>, std::optional<Bitrix24Error>>
TstBitrix24::urlAndWait(Bitrix24Client *c, qint64 id)
{
    bool done = false;
    std::optional<Bitrix24Reply::PublicUrl> url;
    std::optional<Bitrix24Error> error;
    c->publicUrl(id, [&](Result<Bitrix24Reply::PublicUrl> u, std::optional<Bitrix24Error> e) {
        if (u)
            url = *u;
        error = e;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        qFatal("no answer from the client");
    return { url, error };
}

void TstBitrix24::oneLink()
{
    Bitrix24Client *c = client();
    const auto [url, error] = urlAndWait(c, 1063);
    QVERIFY(!error);
    QVERIFY(url);
    QVERIFY2(url->url.startsWith(m_portal->base()
                                 + QStringLiteral("/pub/site/10/order/?orderId=4063&access=")),
             qPrintable(url->url));
    QVERIFY(url->url.endsWith(QStringLiteral("&paymentId=1063")));
    QVERIFY(url->shortUrl.startsWith(m_portal->base() + QStringLiteral("/~")));
    // The portal's own QR image, when sound, decodes to the short link.
    QVERIFY(!url->qrRejected);
    const QString png = m_dir.filePath(QStringLiteral("portal-qr.png"));
    QFile f(png);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(url->qrPng);
    f.close();
    QCOMPARE(test::decodeQr(png), url->shortUrl.toUtf8());
    const QJsonObject stats = m_portal->stats();
    QCOMPARE(stats.value(QStringLiteral("total")).toInt(), 1);
    QVERIFY(stats.value(QStringLiteral("user_agents"))
                .toArray()
                .first()
                .toString()
                .startsWith(QStringLiteral("PaylinkDesk/")));
}

void TstBitrix24::unknownIdAndMissingId()
{
    Bitrix24Client *c = client();
    const auto [url, error] = urlAndWait(c, 999999);
    QVERIFY(!url);
    QVERIFY(error);
    QCOMPARE(int(error->kind), int(Kind::PaymentNotFound));
    QCOMPARE(error->code, QStringLiteral("200640400001"));
    QVERIFY(error->message().contains(QStringLiteral("no payment with this id")));
    QVERIFY(!error->message().contains(QStringLiteral("is not exists")));

    const auto missing = callAndWait(c, QStringLiteral("salescenter.payment.getPublicUrl"), {});
    QVERIFY(missing.error);
    QCOMPARE(int(missing.error->kind), int(Kind::MissingParameter));
    QCOMPARE(missing.error->code, QStringLiteral("100"));
    // Neither is retried: the answer would not change.
    QCOMPARE(m_portal->stats().value(QStringLiteral("total")).toInt(), 2);

    QVERIFY(m_portal->control({ { QStringLiteral("fault"), QStringLiteral("error_string_number") },
                                { QStringLiteral("count"), 1 } }));
    const auto [url2, error2] = urlAndWait(c, 1063);
    QVERIFY(error2);
    QCOMPARE(int(error2->kind), int(Kind::PaymentNotFound));
}

void TstBitrix24::wrongCodeAndMissingScope()
{
    Bitrix24Credentials wrong;
    wrong.webhookUrl = m_portal->webhook(QStringLiteral("not-the-code"));
    const auto [u1, e1] = urlAndWait(client({}, wrong), 1063);
    QVERIFY(e1);
    QCOMPARE(int(e1->kind), int(Kind::NoAuth));
    QVERIFY(e1->message().contains(QStringLiteral("webhook")));
    QVERIFY(!e1->message().contains(QStringLiteral("not-the-code")));

    Bitrix24Credentials noscope;
    noscope.webhookUrl = m_portal->webhook(QStringLiteral("noscope456"));
    const auto [u2, e2] = urlAndWait(client({}, noscope), 1063);
    QVERIFY(e2);
    QCOMPARE(int(e2->kind), int(Kind::InsufficientScope));
    QVERIFY(e2->message().contains(QStringLiteral("salescenter")));
}

void TstBitrix24::expiredTokenRefreshesOnceAndRotates()
{
    Bitrix24Portal portal;
    portal.auth = Bitrix24Portal::Auth::OAuth;
    portal.portalUrl = QUrl(m_portal->base());
    portal.oauthServer = QUrl(m_portal->base());
    Bitrix24Credentials tokens;
    const QJsonObject before = m_portal->stats().value(QStringLiteral("tokens")).toObject();
    tokens.accessToken = before.value(QStringLiteral("access_token")).toString();
    tokens.refreshToken = before.value(QStringLiteral("refresh_token")).toString();
    tokens.clientId = QStringLiteral("app.test");
    tokens.clientSecret = QStringLiteral("secret-1");
    Bitrix24Client *c = client(portal, tokens);
    QSignalSpy rotated(c, &Bitrix24Client::tokensRotated);

    QVERIFY(m_portal->control({ { QStringLiteral("expire_token"), true } }));
    // Three calls find the token expired at once: one refresh serves them all.
    int answered = 0;
    QList<std::optional<Bitrix24Error>> errors;
    for (qint64 id : { 1063, 1064, 1065 })
        c->publicUrl(id, [&](Result<Bitrix24Reply::PublicUrl>, std::optional<Bitrix24Error> e) {
            errors.append(e);
            ++answered;
        });
    QTRY_COMPARE_WITH_TIMEOUT(answered, 3, 30000);
    for (const auto &e : errors)
        QVERIFY2(!e, e ? qPrintable(e->detail()) : "");
    QCOMPARE(rotated.size(), 1);
    const QJsonObject after = m_portal->stats().value(QStringLiteral("tokens")).toObject();
    QCOMPARE(m_portal->stats().value(QStringLiteral("refreshes")).toInt(), 1);
    QCOMPARE(rotated.first().at(0).toString(),
             after.value(QStringLiteral("access_token")).toString());
    QCOMPARE(rotated.first().at(1).toString(),
             after.value(QStringLiteral("refresh_token")).toString());
    QVERIFY(rotated.first().at(1).toString() != tokens.refreshToken);
    QCOMPARE(c->credentials().refreshToken,
             after.value(QStringLiteral("refresh_token")).toString());
    QVERIFY(m_portal->stats().value(QStringLiteral("auth_in_query")).toArray().isEmpty());

    // The old refresh token is spent: a client still holding it cannot renew.
    Bitrix24Client *stale = client(portal, tokens);
    QVERIFY(m_portal->control({ { QStringLiteral("expire_token"), true } }));
    const auto [url, error] = urlAndWait(stale, 1063);
    QVERIFY(error);
    QCOMPARE(int(error->kind), int(Kind::OAuthRefreshFailed));
}

void TstBitrix24::queryLimitIsInvisible()
{
    // A portal with a tiny bucket the client does not know about: it is told
    // QUERY_LIMIT_EXCEEDED, backs off, and every call still succeeds.
    test::FakePortal small({ QStringLiteral("--burst"), QStringLiteral("3"),
                             QStringLiteral("--drain"), QStringLiteral("10") });
    QVERIFY2(small.isReady(), qPrintable(small.startError()));
    Bitrix24Portal portal;
    portal.extraCas = small.ca();
    portal.drainPerSecond = 50;
    portal.burst = 100;
    Bitrix24Credentials webhook;
    webhook.webhookUrl = small.webhook();
    Bitrix24Client *c = client(portal, webhook);
    int answered = 0;
    int failed = 0;
    for (qint64 id = 1000; id < 1012; ++id)
        c->publicUrl(id, [&](Result<Bitrix24Reply::PublicUrl> u, std::optional<Bitrix24Error>) {
            ++answered;
            failed += u ? 0 : 1;
        });
    QTRY_COMPARE_WITH_TIMEOUT(answered, 12, 60000);
    QCOMPARE(failed, 0);
    const QJsonObject stats = small.stats();
    QVERIFY2(stats.value(QStringLiteral("total")).toInt() > 12, "the portal never refused");
    QCOMPARE(stats.value(QStringLiteral("executed"))
                 .toObject()
                 .value(QStringLiteral("salescenter.payment.getpublicurl"))
                 .toInt(),
             12);
}

void TstBitrix24::overloadIsNeverRetried()
{
    QVERIFY(m_portal->control({ { QStringLiteral("fault"), QStringLiteral("overload") } }));
    const auto [url, error] = urlAndWait(client(), 1063);
    QVERIFY(error);
    QCOMPARE(int(error->kind), int(Kind::Overload));
    QVERIFY(error->message().contains(QStringLiteral("support")));
    QCOMPARE(m_portal->stats().value(QStringLiteral("total")).toInt(), 1);
}

void TstBitrix24::operatingLimitIsAClearMessage()
{
    test::FakePortal strict({ QStringLiteral("--operating-limit"), QStringLiteral("0.02"),
                              QStringLiteral("--processing"), QStringLiteral("0.01") });
    QVERIFY(strict.isReady());
    Bitrix24Portal portal;
    portal.extraCas = strict.ca();
    portal.maxOperatingWaitMs = 1000; // the reset is minutes away: do not wait for it
    Bitrix24Credentials webhook;
    webhook.webhookUrl = strict.webhook();
    Bitrix24Client *c = client(portal, webhook);
    std::optional<Bitrix24Error> last;
    for (int i = 0; i < 4; ++i)
        last = urlAndWait(c, 1063).second;
    QVERIFY(last);
    QCOMPARE(int(last->kind), int(Kind::OperationTimeLimit));
    QVERIFY(last->message().contains(QStringLiteral("ten minutes")));
    QCOMPARE(strict.stats().value(QStringLiteral("total")).toInt(), 4);
}

void TstBitrix24::brokenQrFallsBack()
{
    for (const char *fault : { "broken_qr", "no_qr" }) {
        QVERIFY(m_portal->control({ { QStringLiteral("fault"), QString::fromLatin1(fault) },
                                    { QStringLiteral("count"), 1 } }));
        const auto [url, error] = urlAndWait(client(), 1063);
        QVERIFY(!error);
        QVERIFY(url);
        QVERIFY(url->qrPng.isEmpty());
        QCOMPARE(url->qrRejected, qstrcmp(fault, "broken_qr") == 0);
        QVERIFY(!url->shortUrl.isEmpty()); // our own QR is drawn from it
    }
}

void TstBitrix24::serverErrorsAndBadBodies_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("requests");
    QTest::newRow("html 502, retried twice")
        << QStringLiteral("html_502") << Kind::ServerError << 3;
    QTest::newRow("500, retried twice") << QStringLiteral("internal") << Kind::ServerError << 3;
    QTest::newRow("html 200") << QStringLiteral("html_200") << Kind::BadResponse << 3;
    QTest::newRow("truncated JSON") << QStringLiteral("truncated_json") << Kind::BadResponse << 3;
    QTest::newRow("over 8 MB") << QStringLiteral("huge") << Kind::BadResponse << 3;
}

void TstBitrix24::serverErrorsAndBadBodies()
{
    QFETCH(QString, fault);
    QFETCH(Kind, kind);
    QFETCH(int, requests);
    QVERIFY(m_portal->control({ { QStringLiteral("fault"), fault } }));
    const auto [url, error] = urlAndWait(client(), 1063);
    QVERIFY(!url);
    QVERIFY(error);
    QCOMPARE(int(error->kind), int(kind));
    QCOMPARE(m_portal->stats().value(QStringLiteral("total")).toInt(), requests);

    QVERIFY(m_portal->control({ { QStringLiteral("reset"), true } }));
    QVERIFY(m_portal->control({ { QStringLiteral("fault"), QStringLiteral("wrong_types") } }));
    const auto [url2, error2] = urlAndWait(client(), 1063);
    QVERIFY(!url2); // url as a number is refused, not guessed
}

void TstBitrix24::timeouts()
{
    Bitrix24Portal portal;
    portal.timeoutMs = 800;
    for (const char *fault : { "slow", "silence" }) {
        QVERIFY(m_portal->control({ { QStringLiteral("reset"), true } }));
        QVERIFY(m_portal->control({ { QStringLiteral("fault"), QString::fromLatin1(fault) },
                                    { QStringLiteral("delay"), 3 } }));
        QElapsedTimer t;
        t.start();
        const auto [url, error] = urlAndWait(client(portal), 1063);
        QVERIFY(error);
        QCOMPARE(int(error->kind), int(Kind::Timeout));
        QCOMPARE(m_portal->stats().value(QStringLiteral("total")).toInt(), 3);
        QVERIFY(t.elapsed() < 15000);
    }
}

void TstBitrix24::redirectIsReportedNotFollowed()
{
    QVERIFY(m_portal->control({ { QStringLiteral("fault"), QStringLiteral("moved") } }));
    const auto [url, error] = urlAndWait(client(), 1063);
    QVERIFY(error);
    QCOMPARE(int(error->kind), int(Kind::Moved));
    QCOMPARE(error->movedTo, QStringLiteral("https://moved.example"));
    QVERIFY(error->message().contains(QStringLiteral("https://moved.example")));
    QCOMPARE(m_portal->stats().value(QStringLiteral("total")).toInt(), 1);
}

void TstBitrix24::tlsAndHttp()
{
    Bitrix24Portal otherCa;
    otherCa.extraCas = QSslCertificate::fromPath(m_portal->otherCaPath(), QSsl::Pem);
    QVERIFY(!otherCa.extraCas.isEmpty());
    // No connection made earlier with the right CA is reused (each client
    // has its own network manager).
    auto *c1 = new Bitrix24Client(otherCa, { m_portal->webhook(), {}, {}, {}, {} });
    m_clients.append(c1);
    const auto [u1, e1] = urlAndWait(c1, 1063);
    QVERIFY(e1);
    QCOMPARE(int(e1->kind), int(Kind::Tls));
    QVERIFY(e1->message().contains(QStringLiteral("certificate")));

    Bitrix24Credentials http;
    http.webhookUrl =
        QStringLiteral("http://127.0.0.1:%1/rest/1/testcode123/").arg(m_portal->port());
    QVERIFY(!Bitrix24Client::checkWebhookUrl(http.webhookUrl));
    Bitrix24Client *c = client({}, http);
    const auto [u2, e2] = urlAndWait(c, 1063);
    QVERIFY(e2);
    QCOMPARE(int(e2->kind), int(Kind::HttpsRequired));
    QCOMPARE(c->requestsSent(), 0);
}

void TstBitrix24::connectionRefused()
{
    // A port where nothing listens: a clear "could not be reached", after the
    // two retries a safe call gets.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    Bitrix24Credentials closed;
    closed.webhookUrl = QStringLiteral("https://127.0.0.1:%1/rest/1/testcode123/").arg(port);
    Bitrix24Client *c = client({}, closed);
    const auto [url, error] = urlAndWait(c, 1063);
    QVERIFY(error);
    QCOMPARE(int(error->kind), int(Kind::Network));
    QVERIFY(error->message().contains(QStringLiteral("could not be reached")));
    QCOMPARE(c->requestsSent(), 3);
}

void TstBitrix24::batchMapsErrorsToIds()
{
    Bitrix24Client *c = client();
    QList<qint64> ids;
    for (qint64 id = 1000; id < 1110; ++id)
        ids.append(id);
    ids.insert(5, 999999);
    ids.insert(70, 888888);
    QList<Bitrix24Client::UrlOutcome> outcomes;
    QList<qint64> progress;
    c->publicUrls(
        ids, [&](qint64 done, qint64) { progress.append(done); }, {},
        [&](const QList<Bitrix24Client::UrlOutcome> &list) { outcomes = list; });
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), ids.size(), 30000);
    QCOMPARE(progress, (QList<qint64> { 50, 100, 112 }));
    for (qsizetype i = 0; i < ids.size(); ++i) {
        QCOMPARE(outcomes.at(i).id, ids.at(i));
        const bool unknown = ids.at(i) >= 888888;
        QCOMPARE(outcomes.at(i).error.has_value(), unknown);
        if (unknown)
            QCOMPARE(int(outcomes.at(i).error->kind), int(Kind::PaymentNotFound));
        else
            QVERIFY(
                outcomes.at(i).url->url.endsWith(QStringLiteral("&paymentId=%1").arg(ids.at(i))));
    }
    const QJsonObject stats = m_portal->stats();
    QCOMPARE(
        stats.value(QStringLiteral("requests")).toObject().value(QStringLiteral("batch")).toInt(),
        3);
}

void TstBitrix24::syncPayAndUnpay()
{
    Bitrix24Client *c = client();
    const auto listed =
        callAndWait(c, QStringLiteral("crm.item.payment.list"),
                    { { QStringLiteral("entityTypeId"), 2 }, { QStringLiteral("entityId"), 7 } });
    QVERIFY(!listed.error);
    const auto payments = Bitrix24Reply::payments(listed.result);
    QVERIFY(payments);
    QCOMPARE(payments->size(), 3);
    QCOMPARE(payments->at(0).id, 1063);
    QVERIFY(payments->at(0).paid);
    QCOMPARE(payments->at(1).sumMinor, 2850);
    QCOMPARE(payments->at(1).currency, QStringLiteral("EUR"));
    QCOMPARE(payments->at(2).sumMinor, 125075);

    const auto paid =
        callAndWait(c, QStringLiteral("crm.item.payment.pay"), { { QStringLiteral("id"), 1064 } });
    QVERIFY(!paid.error);
    QCOMPARE(paid.result, QJsonValue(true));
    const auto got =
        callAndWait(c, QStringLiteral("crm.item.payment.get"), { { QStringLiteral("id"), 1064 } });
    QVERIFY(Bitrix24Reply::payment(got.result)->paid);
    const auto unknown =
        callAndWait(c, QStringLiteral("crm.item.payment.unpay"), { { QStringLiteral("id"), 5 } });
    QVERIFY(unknown.error);
    QCOMPARE(unknown.error->code, QStringLiteral("0"));
}

TstBitrix24::Run TstBitrix24::cli(const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(test::isolatedEnvironment(m_dir.path()));
    p.start(QStringLiteral(PAYLINK_CLI_PATH), args);
    if (!p.waitForFinished(120000))
        qFatal("paylink did not finish");
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}

void TstBitrix24::cliUrlSyncAndErrors()
{
    const QString webhookFile = m_dir.filePath(QStringLiteral("webhook.txt"));
    QFile f(webhookFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_portal->webhook().toUtf8() + "\n");
    f.close();
    const QString db = m_dir.filePath(QStringLiteral("b24.sqlite"));
    const QStringList conn { QStringLiteral("--webhook-file"), webhookFile,
                             QStringLiteral("--ca-file"),      m_portal->caPath(),
                             QStringLiteral("--db"),           db };

    Run one =
        cli(QStringList { QStringLiteral("bitrix24"), QStringLiteral("url"), QStringLiteral("--id"),
                          QStringLiteral("1063"), QStringLiteral("--save") }
            + conn);
    QCOMPARE(one.code, 0);
    // A broken qr: the link is still saved, without the portal's image (the
    // app draws its own from the short link).
    QVERIFY(m_portal->control({ { QStringLiteral("fault"), QStringLiteral("broken_qr") },
                                { QStringLiteral("count"), 1 } }));
    Run broken =
        cli(QStringList { QStringLiteral("bitrix24"), QStringLiteral("url"), QStringLiteral("--id"),
                          QStringLiteral("1100"), QStringLiteral("--save") }
            + conn);
    QCOMPARE(broken.code, 0);
    QVERIFY(broken.err.contains(QStringLiteral("draws its own")));
    {
        auto opened = Database::open(db);
        QVERIFY(opened);
        const auto saved = PaymentStore(**opened).findExternal(Service::Bitrix24, std::nullopt,
                                                               QStringLiteral("1100"));
        QVERIFY(saved && saved->has_value());
        QVERIFY((*saved)->qrPng.isEmpty());
        QVERIFY(!(*saved)->shortLink.isEmpty());
        QCOMPARE(int((*saved)->status), int(PaymentStatus::Ready));
        const auto good = PaymentStore(**opened).findExternal(Service::Bitrix24, std::nullopt,
                                                              QStringLiteral("1063"));
        QVERIFY(!(*good)->qrPng.isEmpty()); // a sound image is kept
    }
    const QStringList fields = one.out.trimmed().split(u'\t');
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields.at(0), QStringLiteral("1063"));
    QVERIFY(fields.at(1).endsWith(QStringLiteral("&paymentId=1063")));

    Run many = cli(QStringList { QStringLiteral("bitrix24"), QStringLiteral("url"),
                                 QStringLiteral("--id"), QStringLiteral("1000-1059,999999") }
                   + conn);
    QCOMPARE(many.code, 3);
    QCOMPARE(many.out.trimmed().split(u'\n').size(), 60);
    QVERIFY2(many.err.startsWith(QStringLiteral("999999\t200640400001\t")), qPrintable(many.err));

    Run sync = cli(QStringList { QStringLiteral("bitrix24"), QStringLiteral("sync"),
                                 QStringLiteral("--entity-type"), QStringLiteral("2"),
                                 QStringLiteral("--entity-id"), QStringLiteral("7") }
                   + conn);
    QCOMPARE(sync.code, 0);
    {
        auto opened = Database::open(db);
        QVERIFY(opened);
        PaymentStore store(**opened);
        const auto p1063 =
            store.findExternal(Service::Bitrix24, std::nullopt, QStringLiteral("1063"));
        QVERIFY(p1063 && p1063->has_value());
        QCOMPARE(int((*p1063)->status), int(PaymentStatus::Paid));
        QVERIFY((*p1063)->link.endsWith(QStringLiteral("&paymentId=1063"))); // kept from url --save
        QCOMPARE((*p1063)->amountMinor, 90000);
        const auto p1064 =
            store.findExternal(Service::Bitrix24, std::nullopt, QStringLiteral("1064"));
        QCOMPARE(int((*p1064)->status), int(PaymentStatus::Draft));
    }

    QVERIFY(m_portal->control({ { QStringLiteral("fault"), QStringLiteral("moved") } }));
    Run moved = cli(QStringList { QStringLiteral("bitrix24"), QStringLiteral("url"),
                                  QStringLiteral("--id"), QStringLiteral("1063") }
                    + conn);
    QCOMPARE(moved.code, 3);
    QVERIFY(moved.err.contains(QStringLiteral("https://moved.example")));
    QVERIFY(m_portal->control({ { QStringLiteral("reset"), true } }));

    Run pay = cli(QStringList { QStringLiteral("bitrix24"), QStringLiteral("unpay"),
                                QStringLiteral("--id"), QStringLiteral("1063") }
                  + conn);
    QCOMPARE(pay.code, 0);

    // The webhook code is in no output and no log line.
    for (const Run &r : { one, many, sync, moved, pay }) {
        QVERIFY(!r.out.contains(QStringLiteral("testcode123")));
        QVERIFY(!r.err.contains(QStringLiteral("testcode123")));
    }
    QDirIterator logs(m_dir.path(), { QStringLiteral("*.log*") }, QDir::Files,
                      QDirIterator::Subdirectories);
    int logFiles = 0;
    while (logs.hasNext()) {
        QFile log(logs.next());
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(!log.readAll().contains("testcode123"));
        ++logFiles;
    }
    QVERIFY(logFiles > 0);
}

QStringList TstBitrix24::webhookConnection(const QString &db)
{
    const QString webhookFile = m_dir.filePath(QStringLiteral("webhook.txt"));
    QFile f(webhookFile);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write the webhook file");
    f.write(m_portal->webhook().toUtf8() + "\n");
    f.close();
    return { QStringLiteral("--webhook-file"), webhookFile,
             QStringLiteral("--ca-file"),      m_portal->caPath(),
             QStringLiteral("--db"),           db };
}

// A portal that sends its headers, then a byte a second: every request has
// an overall time (not one that restarts with each byte), and the command a
// total one, retries included (issue 21, item 1).
void TstBitrix24::slowLorisEndsWithinTheDeadline()
{
    const QStringList conn = webhookConnection(m_dir.filePath(QStringLiteral("loris.sqlite")));
    const QStringList url { QStringLiteral("bitrix24"), QStringLiteral("url"),
                            QStringLiteral("--id"), QStringLiteral("1063") };
    QVERIFY(m_portal->control({ { QStringLiteral("fault"), QStringLiteral("slow_loris") },
                                { QStringLiteral("delay"), 1 } }));
    QElapsedTimer t;
    t.start();
    // --timeout 2: three tries of 2 s and the waits between them, well
    // inside the default deadline of 60 s.
    const Run perRequest =
        cli(url + conn + QStringList { QStringLiteral("--timeout"), QStringLiteral("2") });
    const qint64 perRequestMs = t.restart();
    QCOMPARE(perRequest.code, 3);
    QVERIFY2(perRequest.err.startsWith(QStringLiteral("1063\tTimeout\t")),
             qPrintable(perRequest.err));
    QVERIFY(perRequest.out.isEmpty());
    QVERIFY2(perRequestMs < 20000, qPrintable(QString::number(perRequestMs)));
    QCOMPARE(m_portal->stats().value(QStringLiteral("total")).toInt(), 3);

    // The command's own deadline ends it inside the first request's 30 s.
    const Run total =
        cli(url + conn + QStringList { QStringLiteral("--deadline"), QStringLiteral("3") });
    const qint64 totalMs = t.elapsed();
    QCOMPARE(total.code, 3);
    QVERIFY2(total.err.startsWith(QStringLiteral("1063\tDeadline\t")), qPrintable(total.err));
    QVERIFY(total.err.contains(QStringLiteral("3 s")));
    QVERIFY2(totalMs >= 2900 && totalMs < 8000, qPrintable(QString::number(totalMs)));

    // The defaults are stated where a script writer looks.
    const Run help =
        cli({ QStringLiteral("bitrix24"), QStringLiteral("url"), QStringLiteral("--help") });
    QVERIFY(help.out.contains(QStringLiteral("default 30")));
    QVERIFY(help.out.contains(QStringLiteral("default 60")));
}

void TstBitrix24::refusedLinks_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("shortUrl");
    QTest::addColumn<QString>("reason");
    const QString own = m_portal->base();
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << QString()
                                << QStringLiteral("“javascript:”");
    QTest::newRow("data") << QStringLiteral("data:text/html,<b>pay</b>") << QString()
                          << QStringLiteral("“data:”");
    QTest::newRow("another host") << QStringLiteral("https://evil.example/pay") << QString()
                                  << QStringLiteral("evil.example");
    QTest::newRow("user-info") << QStringLiteral("https://127.0.0.1@evil.example/pay") << QString()
                               << QStringLiteral("…@evil.example");
    QTest::newRow("tab") << own + QStringLiteral("/pub/a\tb") << QString()
                         << QStringLiteral("U+0009");
    QTest::newRow("short link newline")
        << own + QStringLiteral("/pub/1") << own + QStringLiteral("/~a\nb")
        << QStringLiteral("U+000a");
    QTest::newRow("too long") << own + QStringLiteral("/pub/?x=") + QString(2100, u'a') << QString()
                              << QStringLiteral("bytes long");
}

// Links from a portal pass the rule of D41 before they are printed or saved;
// a refused one is exit 3 with the id and the reason (issue 21, item 3).
void TstBitrix24::refusedLinks()
{
    QFETCH(QString, url);
    QFETCH(QString, shortUrl);
    QFETCH(QString, reason);
    const QString db =
        m_dir.filePath(QStringLiteral("refused-%1.sqlite")
                           .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    const QStringList conn = webhookConnection(db);
    QJsonObject fault { { QStringLiteral("fault"), QStringLiteral("link") },
                        { QStringLiteral("url"), url } };
    if (!shortUrl.isEmpty())
        fault.insert(QStringLiteral("short_url"), shortUrl);
    for (const char *ids : { "1063", "1063,1064" }) { // one call, and through batch
        QVERIFY(m_portal->control({ { QStringLiteral("reset"), true } }));
        QVERIFY(m_portal->control(fault));
        const Run r = cli(QStringList { QStringLiteral("bitrix24"), QStringLiteral("url"),
                                        QStringLiteral("--id"), QString::fromLatin1(ids),
                                        QStringLiteral("--save") }
                          + conn);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.startsWith(QStringLiteral("1063\tLinkRefused\t")), qPrintable(r.err));
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("1063")), qPrintable(r.out));
        auto opened = Database::open(db);
        QVERIFY(opened);
        const auto saved = PaymentStore(**opened).findExternal(Service::Bitrix24, std::nullopt,
                                                               QStringLiteral("1063"));
        QVERIFY(saved && !saved->has_value()); // nothing stored for it
    }
}

// The portal's own host (plain http too, as the seed's shortUrl) and the
// hosts the merchant allowed pass; the list is kept with a saved portal.
void TstBitrix24::allowedLinkHosts()
{
    const QString db = m_dir.filePath(QStringLiteral("allowed.sqlite"));
    const QStringList conn = webhookConnection(db);
    const QStringList url { QStringLiteral("bitrix24"), QStringLiteral("url"),
                            QStringLiteral("--id"), QStringLiteral("1063"),
                            QStringLiteral("--save") };
    const QString http = QStringLiteral("http://127.0.0.1/~tR9sB");
    QVERIFY(m_portal->control({ { QStringLiteral("fault"), QStringLiteral("link") },
                                { QStringLiteral("short_url"), http },
                                { QStringLiteral("count"), 1 } }));
    const Run plain = cli(url + conn);
    QCOMPARE(plain.code, 0);
    QVERIFY(plain.out.trimmed().endsWith(u'\t' + http));

    const QString elsewhere = QStringLiteral("https://pay.example.org/order/1063");
    for (int allowed = 0; allowed < 2; ++allowed) {
        QVERIFY(m_portal->control({ { QStringLiteral("fault"), QStringLiteral("link") },
                                    { QStringLiteral("url"), elsewhere },
                                    { QStringLiteral("count"), 1 } }));
        const Run r = cli(url + conn
                          + (allowed ? QStringList { QStringLiteral("--link-host"),
                                                     QStringLiteral("Pay.Example.org") }
                                     : QStringList()));
        QCOMPARE(r.code, allowed ? 0 : 3);
        QCOMPARE(r.out.contains(elsewhere), bool(allowed));
    }
    auto opened = Database::open(db);
    QVERIFY(opened);
    const auto saved = PaymentStore(**opened).findExternal(Service::Bitrix24, std::nullopt,
                                                           QStringLiteral("1063"));
    QVERIFY(saved && saved->has_value());
    QCOMPARE((*saved)->link, elsewhere);

    const Run bad = cli(url + conn
                        + QStringList { QStringLiteral("--link-host"),
                                        QStringLiteral("https://pay.example.org/") });
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.err.contains(QStringLiteral("--link-host")));

    Bitrix24Profile profile;
    profile.portal.portalUrl = QUrl(m_portal->base());
    profile.portal.linkHosts = { QStringLiteral("pay.example.org") };
    const Result<Bitrix24Profile> back = Bitrix24Profile::fromJson(profile.toJson());
    QVERIFY(back);
    QCOMPARE(back->portal.linkHosts, profile.portal.linkHosts);
}

// The window keeps one network manager for every call: a portal's CA added
// after a failed attempt must be used at once, and a portal without it must
// not ride on a connection trusted through it (issue 20, walkthrough).
void TstBitrix24::caAddedLaterIsUsed()
{
    Bitrix24Portal bare;
    bare.extraCas = { QSslCertificate() }; // not the portal's CA: nothing extra trusted
    bare.timeoutMs = 5000;
    Bitrix24Credentials credentials;
    credentials.webhookUrl = m_portal->webhook();
    auto *untrusted = new Bitrix24Client(bare, credentials);
    m_clients.append(untrusted);
    const auto [url1, error1] = urlAndWait(untrusted, 1063);
    QVERIFY(error1);
    QCOMPARE(int(error1->kind), int(Kind::Tls));

    const auto [url2, error2] = urlAndWait(client(), 1063); // with the portal's CA
    QVERIFY2(!error2, error2 ? qPrintable(error2->detail()) : "");
    QVERIFY(url2);

    auto *again = new Bitrix24Client(bare, credentials);
    m_clients.append(again);
    const auto [url3, error3] = urlAndWait(again, 1063);
    QVERIFY(error3);
    QCOMPARE(int(error3->kind), int(Kind::Tls));
}

QTEST_MAIN(TstBitrix24)
#include "tst_bitrix24.moc"
