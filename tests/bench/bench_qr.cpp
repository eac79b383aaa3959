// QR benchmarks (run by hand; CI only builds this):
//  1. encode + paint of a 1,500-character link (target <= 5 ms);
//  2. a 10,000-invoice PDF built with both cores (target <= 15 s);
//  3. QR codes a second through QrCode against raw libqrencode.
#include "invoice/InvoiceBatch.h"
#include "qr/QrRenderer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QThread>

#include <qrencode.h>

#include <cstdio>

using namespace paylink;

namespace {

QByteArray longLink(int size)
{
    QByteArray link = "https://testapi.paybylink.com/payment/createUrl/"
                      "2b2b9bff-0c96-4f33-a20d-c831ac87e571?mt=CreatePaymentLinkMapping&u=S";
    while (link.size() < size)
        link += "&p" + QByteArray::number(link.size()) + "=v";
    link.truncate(size);
    return link;
}

void verdict(const char *what, double value, double target, const char *unit)
{
    std::printf("%-46s %10.2f %-4s (target <= %.0f %s) %s\n", what, value, unit, target, unit,
                value <= target ? "PASS" : "OVER");
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int invoices = 10000;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--invoices"));
        at >= 0 && at + 1 < args.size())
        invoices = args.at(at + 1).toInt();
    std::printf("bench_qr on %d cores\n", QThread::idealThreadCount());

    // 1. Encode and paint a 1,500-character link.
    const QByteArray link = longLink(1500);
    constexpr int kRounds = 200;
    QElapsedTimer timer;
    timer.start();
    int version = 0;
    for (int i = 0; i < kRounds; ++i) {
        const Result<QrCode> code = QrCode::encode(link, QrCode::Ecc::M);
        const QImage image = QrRenderer::image(*code, QrStyle {}, 4, 300);
        version = code->version();
        if (image.isNull())
            return 1;
    }
    const double perCodeMs = timer.nsecsElapsed() / 1e6 / kRounds;
    std::printf("1,500-character link: version %d, 4 px a module\n", version);
    verdict("encode + paint, one 1,500-char link", perCodeMs, 5, "ms");

    // 3. Throughput against raw libqrencode (same payload, same level).
    const QByteArray shortLink = "https://b24.example/~tR9sB-0000";
    constexpr int kCodes = 20000;
    timer.restart();
    for (int i = 0; i < kCodes; ++i) {
        QRcode *raw = QRcode_encodeData(
            int(shortLink.size()), reinterpret_cast<const unsigned char *>(shortLink.constData()),
            0, QR_ECLEVEL_M);
        QRcode_free(raw);
    }
    const double rawPerSecond = kCodes / (timer.nsecsElapsed() / 1e9);
    timer.restart();
    for (int i = 0; i < kCodes; ++i) {
        if (!QrCode::encode(shortLink, QrCode::Ecc::M))
            return 1;
    }
    const double oursPerSecond = kCodes / (timer.nsecsElapsed() / 1e9);
    std::printf("%-46s %10.0f codes/s\n", "raw libqrencode (short link, M)", rawPerSecond);
    std::printf("%-46s %10.0f codes/s (%.0f%% of raw)\n", "QrCode::encode (same)", oursPerSecond,
                100.0 * oursPerSecond / rawPerSecond);

    // 2. A batch of invoices into one PDF.
    QList<Payment> payments;
    payments.reserve(invoices);
    for (int i = 0; i < invoices; ++i) {
        Payment p;
        p.id = i + 1;
        p.orderRef = QStringLiteral("INV-%1").arg(i, 6, 10, QChar(u'0'));
        p.customerName = QStringLiteral("Customer %1").arg(i);
        p.amountMinor = 1000 + i;
        p.currency = QStringLiteral("EUR");
        p.description = QStringLiteral("Invoice for order %1").arg(i);
        p.expiry = QDate(2027, 3, 1);
        p.link = QStringLiteral("https://api.paybylink.com/payment/createUrl/"
                                "2b2b9bff-0c96-4f33-a20d-c831ac87e571?u=S&Or=%1&A=%2&h=73B58BA213")
                     .arg(i)
                     .arg(1000 + i);
        p.status = PaymentStatus::Ready;
        payments << p;
    }
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("invoices.pdf"));
    InvoiceRenderer::Options options;
    options.merchant.name = QStringLiteral("Bakkerij De Zon");
    options.merchant.address = QStringLiteral("Dorpsstraat 1\n3511 Utrecht");
    timer.restart();
    const Result<InvoiceBatch::Outcome> outcome = InvoiceBatch::writePdf(pdf, payments, options);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!outcome) {
        std::printf("invoice batch failed: %s\n", qPrintable(outcome.error().message));
        return 1;
    }
    std::printf("%d invoices, %d pages, %.1f MB PDF\n", outcome->written, outcome->pages,
                QFileInfo(pdf).size() / 1e6);
    verdict(qPrintable(QStringLiteral("%1-invoice PDF, 1 a page").arg(invoices)), seconds, 15, "s");
    options.perPage = 8;
    timer.restart();
    const Result<InvoiceBatch::Outcome> labels = InvoiceBatch::writePdf(pdf, payments, options);
    if (!labels)
        return 1;
    verdict(qPrintable(QStringLiteral("%1-invoice PDF, 8 a page").arg(invoices)),
            timer.nsecsElapsed() / 1e9, 15, "s");
    return 0;
}
