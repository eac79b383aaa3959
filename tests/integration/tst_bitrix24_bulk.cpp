// `paylink bitrix24 url --id 1-500` through the real binary against the fake
// portal (tests/bitrix24/fake_portal.py) with Bitrix24's own bucket, 2 a second
// and bursts of 50: every link in 10 batch calls, no rate-limit error, and the
// same again straight after, while the portal's bucket still holds the first run.
#include "../FakePortal.h"
#include "../TestEnv.h"
#include "CliHarness.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

class TstBitrix24Bulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fiveHundredLinksInTenBatchesTwice();

private:
    // The counters of /_stats this test follows, as of now.
    struct Counts
    {
        int total = 0;
        int batch = 0;
        int single = 0; // getPublicUrl calls sent on their own
        int executed = 0; // getPublicUrl runs, inside batches included
        int refused = 0;
    };
    Counts counts();

    QTemporaryDir m_dir;
    std::unique_ptr<paylink::test::FakePortal> m_portal;
};

void TstBitrix24Bulk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_portal = std::make_unique<paylink::test::FakePortal>(QStringList {
        QStringLiteral("--payments"), QStringLiteral("1-500"), QStringLiteral("--drain"),
        QStringLiteral("2"), QStringLiteral("--burst"), QStringLiteral("50") });
    QVERIFY2(m_portal->isReady(), qPrintable(m_portal->startError()));
}

TstBitrix24Bulk::Counts TstBitrix24Bulk::counts()
{
    const QJsonObject stats = m_portal->stats();
    const QJsonObject requests = stats.value(QStringLiteral("requests")).toObject();
    Counts c;
    c.total = stats.value(QStringLiteral("total")).toInt(-1);
    c.batch = requests.value(QStringLiteral("batch")).toInt();
    c.single = requests.value(QStringLiteral("salescenter.payment.getPublicUrl")).toInt();
    c.executed = stats.value(QStringLiteral("executed"))
                     .toObject()
                     .value(QStringLiteral("salescenter.payment.getpublicurl"))
                     .toInt();
    c.refused = stats.value(QStringLiteral("bucket_refused")).toInt(-1);
    return c;
}

void TstBitrix24Bulk::fiveHundredLinksInTenBatchesTwice()
{
    const QString webhookFile = m_dir.filePath(QStringLiteral("webhook.txt"));
    QVERIFY(paylink::test::writeBytes(webhookFile, m_portal->webhook().toUtf8() + "\n"));
    const QProcessEnvironment env = paylink::test::isolatedEnvironment(m_dir.path());
    const QStringList args { QStringLiteral("bitrix24"),       QStringLiteral("url"),
                             QStringLiteral("--id"),           QStringLiteral("1-500"),
                             QStringLiteral("--webhook-file"), webhookFile,
                             QStringLiteral("--ca-file"),      m_portal->caPath() };
    const QString base = QRegularExpression::escape(m_portal->base());
    const QRegularExpression line(QStringLiteral("^(\\d+)\\t") + base
                                  + QStringLiteral("/pub/site/10/order/\\?orderId=(\\d+)"
                                                   "&access=[0-9a-f]{32}&paymentId=(\\d+)\\t")
                                  + base + QStringLiteral("/~[0-9A-Za-z]{5}$"));
    QVERIFY(line.isValid());

    QString firstOut;
    for (int run = 1; run <= 2; ++run) {
        const Counts before = counts();
        QVERIFY(before.total >= 0 && before.refused >= 0);
        const paylink::test::CliRun r = paylink::test::runCli(env, args);
        QVERIFY2(r.code == 0, r.describe().constData());
        for (const char *limit :
             { "QUERY_LIMIT", "too many", "slow down", "request rate", "refus" })
            QVERIFY2(!r.err.contains(QLatin1String(limit), Qt::CaseInsensitive),
                     r.describe().constData());

        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 500);
        QSet<qint64> ids;
        QSet<QString> links;
        for (const QString &text : lines) {
            const QRegularExpressionMatch m = line.match(text);
            QVERIFY2(m.hasMatch(), qPrintable(text));
            const qint64 id = m.captured(1).toLongLong();
            QCOMPARE(m.captured(2).toLongLong(), 3000 + id);
            QCOMPARE(m.captured(3).toLongLong(), id);
            ids.insert(id);
            links.insert(text.section(u'\t', 1, 1));
        }
        QCOMPARE(ids.size(), 500);
        QCOMPARE(links.size(), 500);
        QVERIFY(ids.contains(1));
        QVERIFY(ids.contains(500));
        QCOMPARE(*std::min_element(ids.cbegin(), ids.cend()), 1);
        QCOMPARE(*std::max_element(ids.cbegin(), ids.cend()), 500);
        QVERIFY(lines.constFirst().startsWith(QStringLiteral("1\t")));
        QVERIFY(lines.constLast().startsWith(QStringLiteral("500\t")));
        if (run == 1)
            firstOut = r.out;
        else
            QCOMPARE(r.out, firstOut); // the same links the second time

        // From the portal's side: 50 ids a batch call, nothing sent one by one,
        // and the bucket never had to refuse (the client kept to 2/s, 50).
        const Counts after = counts();
        const int requests = after.total - before.total;
        QVERIFY2(requests <= 15,
                 qPrintable(QStringLiteral("run %1: %2 requests").arg(run).arg(requests)));
        QCOMPARE(after.batch - before.batch, 10);
        QCOMPARE(after.single - before.single, 0);
        QCOMPARE(after.executed - before.executed, 500);
        QCOMPARE(after.refused - before.refused, 0);
    }
}

QTEST_GUILESS_MAIN(TstBitrix24Bulk)
#include "tst_bitrix24_bulk.moc"
