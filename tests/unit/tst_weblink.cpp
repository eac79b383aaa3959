// The link rule (D41), case by case: what is accepted, what is refused and
// that the reason names the problem.
#include "core/WebLink.h"

#include <QTest>

using namespace paylink;

class TstWebLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void hosts();
    void parseHost_data();
    void parseHost();
};

void TstWebLink::check_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("reason"); // empty: accepted

    const QString entity = QStringLiteral("2b2b9bff-0c96-4f33-a20d-c831ac87e571");
    QTest::newRow("https") << QStringLiteral("https://pay.example.com/pay?id=1&h=ab") << QString();
    QTest::newRow("http, as the seed's shortUrl")
        << QStringLiteral("http://account.home/~tR9sB") << QString();
    QTest::newRow("upper-case scheme") << QStringLiteral("HTTPS://pay.example.com/") << QString();
    QTest::newRow("cyrillic host") << QStringLiteral("https://оплата.рф/счёт?n=1") << QString();
    QTest::newRow("@ in the query")
        << QStringLiteral("https://pay.example.com/?mail=jan@example.nl") << QString();
    QTest::newRow("2048 bytes") << QStringLiteral("https://pay.example.com/?x=")
            + QString(2048 - 27, u'a')
                                << QString();

    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("2049 bytes") << QStringLiteral("https://pay.example.com/?x=")
            + QString(2049 - 27, u'a')
                                << QStringLiteral("2049 bytes");
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)")
                                << QStringLiteral("“javascript:”");
    QTest::newRow("data") << QStringLiteral("data:text/html,<script>alert(1)</script>")
                          << QStringLiteral("“data:”");
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << QStringLiteral("“file:”");
    QTest::newRow("relative") << QStringLiteral("/pub/site/10/order/") << QStringLiteral("web");
    QTest::newRow("no host") << QStringLiteral("https:///pay") << QStringLiteral("host");
    QTest::newRow("user-info") << QStringLiteral("https://127.0.0.1@evil.example/")
                               << QStringLiteral("…@evil.example");
    QTest::newRow("empty user-info")
        << QStringLiteral("https://@evil.example/") << QStringLiteral("…@evil.example");
    QTest::newRow("tab") << QStringLiteral("https://pay.example.com/a\tb")
                         << QStringLiteral("U+0009 at position 26");
    QTest::newRow("newline") << QStringLiteral("https://pay.example.com/a\nb")
                             << QStringLiteral("U+000a");
    QTest::newRow("space") << QStringLiteral("https://pay.example.com/a b")
                           << QStringLiteral("U+0020");
    QTest::newRow("NUL") << QStringLiteral("https://pay.example.com/a") + QChar(0)
                         << QStringLiteral("U+0000");
    QTest::newRow("right-to-left override")
        << QStringLiteral("https://pay.example.com/") + QChar(0x202E) + QStringLiteral("fdp.exe")
        << QStringLiteral("U+202e");
    QTest::newRow("backslash") << QStringLiteral("https://pay.example.com\\@evil.example/")
                               << QStringLiteral("U+005c");
    QTest::newRow("entity key only") << entity << QStringLiteral("web");
}

void TstWebLink::check()
{
    QFETCH(QString, link);
    QFETCH(QString, reason);
    const Status s = WebLink::check(link);
    if (reason.isEmpty()) {
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        return;
    }
    QVERIFY(!s);
    QVERIFY2(s.error().message.contains(reason), qPrintable(s.error().message));
}

void TstWebLink::hosts()
{
    const QString own = QStringLiteral("B24.Example.com");
    QVERIFY(WebLink::checkHost(QStringLiteral("https://b24.example.com/pub/1"), own, {}));
    QVERIFY(WebLink::checkHost(QStringLiteral("https://b24.example.com./pub/1"), own, {}));
    const Status other = WebLink::checkHost(QStringLiteral("https://evil.example/pub"), own, {});
    QVERIFY(!other);
    QVERIFY(other.error().message.contains(QStringLiteral("evil.example")));
    QVERIFY(other.error().message.contains(QStringLiteral("b24.example.com")));
    // A sub-domain is another host; only what the merchant listed is allowed.
    QVERIFY(!WebLink::checkHost(QStringLiteral("https://x.b24.example.com/"), own, {}));
    QVERIFY(WebLink::checkHost(QStringLiteral("https://pay.example.org/p"), own,
                               { QStringLiteral("pay.example.org") }));
    QVERIFY(!WebLink::checkHost(QStringLiteral("https://pay.example.org.evil.example/p"), own,
                                { QStringLiteral("pay.example.org") }));
}

void TstWebLink::parseHost_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host"); // empty: refused
    QTest::newRow("plain") << QStringLiteral("pay.example.com")
                           << QStringLiteral("pay.example.com");
    QTest::newRow("case and spaces")
        << QStringLiteral("  Pay.Example.COM ") << QStringLiteral("pay.example.com");
    QTest::newRow("with scheme") << QStringLiteral("https://pay.example.com") << QString();
    QTest::newRow("with path") << QStringLiteral("pay.example.com/x") << QString();
    QTest::newRow("with port") << QStringLiteral("pay.example.com:8443") << QString();
    QTest::newRow("with user") << QStringLiteral("me@pay.example.com") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TstWebLink::parseHost()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    const Result<QString> parsed = WebLink::parseHost(text);
    if (host.isEmpty()) {
        QVERIFY(!parsed);
        QVERIFY(!parsed.error().message.isEmpty());
    } else {
        QVERIFY(parsed);
        QCOMPARE(*parsed, host);
    }
}

QTEST_APPLESS_MAIN(TstWebLink)
#include "tst_weblink.moc"
