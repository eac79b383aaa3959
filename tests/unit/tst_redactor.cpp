// Secrets never reach a log line: webhook codes, tokens and registered
// secrets are masked; the h of a link is not a secret and stays.
#include "core/Logger.h"
#include "core/Redactor.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>

using namespace paylink;

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void masks_data();
    void masks();
    void logIsRedactedPrivateAndRotated();
};

void TestRedactor::masks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("kept");
    QTest::newRow("webhook") << QStringLiteral(
        "POST https://b24.example/rest/1/abc123def/salescenter.payment.getPublicUrl")
                             << QStringLiteral("abc123def")
                             << QStringLiteral("/rest/1/•••/salescenter");
    QTest::newRow("json token") << QStringLiteral(R"({"access_token":"tok-9f8e7d","expires":3600})")
                                << QStringLiteral("tok-9f8e7d") << QStringLiteral("expires");
    QTest::newRow("auth query") << QStringLiteral("https://b24.example/rest/x?auth=zz11yy22&id=5")
                                << QStringLiteral("zz11yy22") << QStringLiteral("id=5");
    QTest::newRow("refresh token")
        << QStringLiteral("refresh_token=rt-555666") << QStringLiteral("rt-555666") << QString();
    QTest::newRow("client secret")
        << QStringLiteral("client_secret: cs-4242") << QStringLiteral("cs-4242") << QString();
    QTest::newRow("password") << QStringLiteral("password=T3st2016!") << QStringLiteral("T3st2016!")
                              << QString();
    QTest::newRow("link hash stays")
        << QStringLiteral("https://api.paybylink.com/payment/createUrl/k?u=S&h=73B58BA213")
        << QString() << QStringLiteral("h=73B58BA213");
}

void TestRedactor::masks()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    QFETCH(QString, kept);
    const QString out = Redactor::redact(text);
    if (!secret.isEmpty())
        QVERIFY2(!out.contains(secret), qPrintable(out));
    if (!kept.isEmpty())
        QVERIFY2(out.contains(kept), qPrintable(out));
    if (secret.isEmpty())
        QCOMPARE(out, text);
}

void TestRedactor::logIsRedactedPrivateAndRotated()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(Logger::logDirectory()).removeRecursively();
    Redactor::registerSecret(QStringLiteral("s0-distinct-secret"));
    Logger::install(QStringLiteral("tst-redactor"));
    qWarning("signing with s0-distinct-secret for https://p.example/rest/7/hookcode77/x");
    const QString path = Logger::logFilePath();
    QFile log(path);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    log.close();
    QVERIFY(!text.contains("s0-distinct-secret"));
    QVERIFY(!text.contains("hookcode77"));
    QVERIFY(text.contains("/rest/7/•••/x"));
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    QVERIFY(Logger::lastLines(5).join(u'\n').contains(QStringLiteral("•••")));

    // Rotation: past 1 MiB the file moves to .1, and at most 3 old files stay.
    const QByteArray filler(1000, 'x');
    for (int i = 0; i < 5000; ++i)
        qInfo("%s", filler.constData());
    Logger::uninstall();
    QVERIFY(QFileInfo(path).size() < Logger::kRotateBytes + 2000);
    QVERIFY(QFile::exists(path + QStringLiteral(".1")));
    QVERIFY(QFile::exists(path + QStringLiteral(".3")));
    QVERIFY(!QFile::exists(path + QStringLiteral(".4")));
    Redactor::clearRegisteredSecrets();
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
