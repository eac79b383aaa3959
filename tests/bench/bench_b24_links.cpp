// Bitrix24 links benchmark (run by hand; CI only builds it): starts the fake
// portal (tests/bitrix24/fake_portal.py) with Bitrix24's own leaky bucket, 2
// requests a second and bursts of 50, and 20,000 payments, then asks the real
// Bitrix24Client::publicUrls, over real TLS, for
// 5,000 and then 20,000 links: 100 and 400 batch calls of 50. For each it
// prints the calls and refusals the portal counted, the wall time, and its
// ratio to the bucket's own minimum of (calls - 50) / 2 s; target <= 1.2x.
// A QUERY_LIMIT_EXCEEDED refusal or a missing link is an error (exit 1).
//
//   bench_b24_links          5,000 links, then 20,000 (about 25 s and 3 min)
//   bench_b24_links N        N links only (1 to 20,000), e.g. 5000
#include "../FakePortal.h"

#include "bitrix24/Bitrix24Client.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QThread>

#include <cstdio>

using namespace paylink;

namespace {

constexpr int kPayments = 20000;
constexpr double kDrain = 2; // the portal's and the client's bucket
constexpr int kBurst = 50;
constexpr int kBatch = 50; // links a batch call
constexpr double kTarget = 1.2;

// One run of `links` links; false on an error (printed).
bool run(test::FakePortal &portal, int links)
{
    // Both buckets start empty: the portal's by its reset, the client's here.
    if (!portal.control({ { QStringLiteral("reset"), true } })) {
        std::printf("  ERROR: the fake portal did not take the reset\n");
        return false;
    }
    Bitrix24Client::resetBucketsForTests();

    Bitrix24Portal where;
    where.extraCas = portal.ca();
    where.drainPerSecond = kDrain;
    where.burst = kBurst;
    Bitrix24Credentials webhook;
    webhook.webhookUrl = portal.webhook();
    Bitrix24Client client(where, webhook);

    QList<qint64> ids;
    ids.reserve(links);
    for (qint64 id = 1; id <= links; ++id)
        ids.append(id);

    // When each batch call was answered, to tell the portal's speed (the
    // first calls, before the bucket fills) from the pacing.
    QList<qint64> answeredAtMs;
    QList<Bitrix24Client::UrlOutcome> outcomes;
    bool finished = false;
    QEventLoop loop;
    QElapsedTimer wall;
    wall.start();
    client.publicUrls(
        ids, [&](qint64, qint64) { answeredAtMs.append(wall.elapsed()); }, {},
        [&](const QList<Bitrix24Client::UrlOutcome> &list) {
            outcomes = list;
            finished = true;
            loop.quit();
        });
    if (!finished)
        loop.exec();
    const qint64 wallMs = wall.elapsed();

    qint64 ok = 0;
    qint64 failed = 0;
    QString firstError;
    for (const Bitrix24Client::UrlOutcome &o : std::as_const(outcomes)) {
        if (o.url && !o.error && !o.url->shortUrl.isEmpty()) {
            ++ok;
        } else {
            ++failed;
            if (firstError.isEmpty() && o.error)
                firstError = QStringLiteral("%1: %2").arg(o.id).arg(o.error->detail());
        }
    }

    const QJsonObject stats = portal.stats();
    const int calls =
        stats.value(QStringLiteral("requests")).toObject().value(QStringLiteral("batch")).toInt();
    const int total = stats.value(QStringLiteral("total")).toInt();
    const int refused = stats.value(QStringLiteral("bucket_refused")).toInt(-1);
    const double seconds = double(wallMs) / 1000.0;
    const double bound = double(calls - kBurst) / kDrain;
    const qsizetype early = std::min<qsizetype>(answeredAtMs.size(), kBurst - 1);
    const double earlyMs = early > 0 ? double(answeredAtMs.at(early - 1)) / double(early) : 0;

    std::printf("  %d links: %lld received ok, %lld failed\n", links, ok, failed);
    std::printf("    batch calls %d (of %d requests; client sent %d), QUERY_LIMIT_EXCEEDED "
                "refusals %d\n",
                calls, total, client.requestsSent(), refused);
    std::printf("    first %lld calls, before the bucket fills: %.0f ms a call\n", qint64(early),
                earlyMs);
    if (bound > 0)
        std::printf("    wall %.1f s, bound (%d - %d) / %g = %.1f s, ratio %.3f "
                    "(target <= %.1f) %s\n",
                    seconds, calls, kBurst, kDrain, bound, seconds / bound, kTarget,
                    seconds / bound <= kTarget ? "PASS" : "OVER");
    else
        std::printf("    wall %.1f s (%d calls fit in one burst: no bound)\n", seconds, calls);

    bool good = true;
    if (refused != 0) {
        std::printf("    ERROR: the portal refused %d requests (QUERY_LIMIT_EXCEEDED)\n", refused);
        good = false;
    }
    if (ok != links) {
        std::printf("    ERROR: %lld of %d links missing; first error %s\n", links - ok, links,
                    qPrintable(firstError));
        good = false;
    }
    const int expectedCalls = (links + kBatch - 1) / kBatch;
    if (calls != expectedCalls) {
        std::printf("    ERROR: %d batch calls, expected %d\n", calls, expectedCalls);
        good = false;
    }
    std::fflush(stdout);
    return good;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes { 5000, 20000 };
    if (argc > 1) {
        bool ok = false;
        const int links = QByteArray(argv[1]).toInt(&ok);
        if (!ok || links < 1 || links > kPayments) {
            std::fprintf(stderr,
                         "usage: bench_b24_links [LINKS]   (1 to %d; default 5000 and %d)\n",
                         kPayments, kPayments);
            return 2;
        }
        sizes = { links };
    }

    test::FakePortal portal({ QStringLiteral("--drain"), QString::number(kDrain),
                              QStringLiteral("--burst"), QString::number(kBurst),
                              QStringLiteral("--payments"),
                              QStringLiteral("1-%1").arg(kPayments) });
    if (!portal.isReady()) {
        std::fprintf(stderr, "bench_b24_links: the fake portal did not start: %s\n",
                     qPrintable(portal.startError()));
        return 1;
    }
    std::printf("bench_b24_links: fake portal on port %d, bucket %g/s and %d, %d cores\n",
                portal.port(), kDrain, kBurst, QThread::idealThreadCount());
    std::fflush(stdout);

    bool good = true;
    for (int links : std::as_const(sizes))
        good = run(portal, links) && good;
    return good ? 0 : 1;
}
