#include "InvoiceBatch.h"

#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QThreadPool>
#include <QtConcurrent>

namespace paylink {

namespace {

constexpr int kChunk = 256;
constexpr int kResolution = 600;

struct Prepared
{
    qint64 id = 0;
    Invoice invoice;
    std::optional<QrCode> code;
    QString problem;
};

Prepared prepare(const Payment &p, const QLocale &locale, QrCode::Ecc ecc)
{
    Prepared prepared;
    prepared.id = p.id;
    prepared.invoice = Invoice::fromPayment(p, locale);
    if (!prepared.invoice.linkRefusal.isEmpty()) {
        prepared.problem = prepared.invoice.linkRefusal;
        return prepared;
    }
    if (prepared.invoice.qrText.isEmpty()) {
        prepared.problem = InvoiceBatch::tr("it has no link yet");
        return prepared;
    }
    Result<QrCode> code = QrCode::encodeText(prepared.invoice.qrText, ecc);
    if (code)
        prepared.code = std::move(code).value();
    else
        prepared.problem = code.error().message;
    return prepared;
}

} // namespace

Result<InvoiceBatch::Outcome> InvoiceBatch::paint(QPagedPaintDevice &device, double dotsPerMm,
                                                  const QList<Payment> &payments,
                                                  const InvoiceRenderer::Options &options,
                                                  const QLocale &locale, const Progress &progress)
{
    if (!InvoiceRenderer::isValidPerPage(options.perPage))
        return Error {
            tr("%1 invoices a page is not possible; choose 1, 2, 4 or 8.").arg(options.perPage), {}
        };
    if (payments.isEmpty())
        return Error { tr("There are no payments to put on invoices."), {} };
    Outcome outcome;
    const QList<QRectF> cells =
        InvoiceRenderer::cells(QRectF(0, 0, device.width(), device.height()), options.perPage);
    constexpr QrCode::Ecc ecc = QrCode::Ecc::M;
    QPainter painter;
    int slot = 0;
    // Encode the next chunk on every core while this thread paints. A pool of
    // its own: waiting here must never starve the pool the work runs on.
    QThreadPool pool;
    pool.setMaxThreadCount(QThread::idealThreadCount());
    const auto start = [&](qsizetype from) {
        return QtConcurrent::mapped(&pool, payments.mid(from, kChunk), [&locale](const Payment &p) {
            return prepare(p, locale, ecc);
        });
    };
    QFuture<Prepared> next = start(0);
    for (qsizetype from = 0; from < payments.size(); from += kChunk) {
        const QList<Prepared> chunk = next.results();
        if (from + kChunk < payments.size())
            next = start(from + kChunk);
        for (const Prepared &item : chunk) {
            if (!item.code) {
                outcome.rejected.append({ item.id, item.problem });
                continue;
            }
            if (!painter.isActive()) {
                if (!painter.begin(&device))
                    return Error { tr("The invoices could not be started on this device."), {} };
                outcome.pages = 1;
            } else if (slot == 0) {
                device.newPage();
                ++outcome.pages;
            }
            InvoiceRenderer::paint(painter, cells.at(slot), dotsPerMm, item.invoice, *item.code,
                                   options);
            ++outcome.written;
            slot = (slot + 1) % options.perPage;
        }
        if (progress
            && !progress(int(std::min<qsizetype>(from + kChunk, payments.size())),
                         int(payments.size()))) {
            next.waitForFinished();
            if (painter.isActive())
                painter.end();
            return Error { tr("Cancelled; no file was written."), {} };
        }
    }
    if (painter.isActive())
        painter.end();
    if (outcome.written == 0)
        return Error { tr("None of the payments could be put on an invoice; nothing was written."),
                       {} };
    return outcome;
}

Result<InvoiceBatch::Outcome> InvoiceBatch::writePdf(const QString &path,
                                                     const QList<Payment> &payments,
                                                     const InvoiceRenderer::Options &options,
                                                     const QLocale &locale,
                                                     const Progress &progress)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { tr("“%1” cannot be written: %2.").arg(shown, file.errorString()), {} };
    Result<Outcome> outcome = Error {};
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("Paylink Desk"));
        writer.setTitle(tr("QR invoices"));
        writer.setResolution(kResolution);
        writer.setPageSize(options.pageSize);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        outcome = paint(writer, kResolution / 25.4, payments, options, locale, progress);
    }
    if (!outcome) {
        file.cancelWriting();
        return outcome.error();
    }
    if (!file.commit())
        return Error { tr("“%1” could not be written: %2.").arg(shown, file.errorString()), {} };
    return outcome;
}

QImage InvoiceBatch::previewImage(const QList<Payment> &payments,
                                  const InvoiceRenderer::Options &options, const QLocale &locale,
                                  int dpi)
{
    const QSize size = options.pageSize.sizePixels(dpi);
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    const QList<QRectF> cells =
        InvoiceRenderer::cells(QRectF(QPointF(0, 0), QSizeF(size)), options.perPage);
    QPainter painter(&image);
    int slot = 0;
    for (const Payment &p : payments) {
        if (slot >= cells.size())
            break;
        const Invoice invoice = Invoice::fromPayment(p, locale);
        const Result<QrCode> code = QrCode::encodeText(invoice.qrText);
        if (invoice.qrText.isEmpty() || !code)
            continue;
        InvoiceRenderer::paint(painter, cells.at(slot++), dpi / 25.4, invoice, *code, options);
    }
    return image;
}

} // namespace paylink
