#include "InvoiceBatch.h"

#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
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

QList<Prepared> prepare(const QList<Payment> &payments, qsizetype from, const QLocale &locale,
                        QrCode::Ecc ecc)
{
    const QList<Payment> chunk = payments.mid(from, kChunk);
    return QtConcurrent::blockingMapped(chunk, [&locale, ecc](const Payment &p) {
        Prepared prepared;
        prepared.id = p.id;
        prepared.invoice = Invoice::fromPayment(p, locale);
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
    });
}

} // namespace

Result<InvoiceBatch::Outcome> InvoiceBatch::writePdf(const QString &path,
                                                     const QList<Payment> &payments,
                                                     const InvoiceRenderer::Options &options,
                                                     const QLocale &locale,
                                                     const Progress &progress)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!InvoiceRenderer::isValidPerPage(options.perPage))
        return Error {
            tr("%1 invoices a page is not possible; choose 1, 2, 4 or 8.").arg(options.perPage), {}
        };
    if (payments.isEmpty())
        return Error { tr("There are no payments to put on invoices."), {} };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { tr("“%1” cannot be written: %2.").arg(shown, file.errorString()), {} };

    Outcome outcome;
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("Paylink Desk"));
        writer.setTitle(tr("QR invoices"));
        writer.setResolution(kResolution);
        writer.setPageSize(options.pageSize);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        const double dotsPerMm = kResolution / 25.4;
        const QList<QRectF> cells =
            InvoiceRenderer::cells(QRectF(0, 0, writer.width(), writer.height()), options.perPage);
        const QrCode::Ecc ecc = QrCode::Ecc::M;

        QPainter painter;
        int slot = 0;
        // Encode the next chunk on the other cores while this one is painted.
        QFuture<QList<Prepared>> next = QtConcurrent::run(prepare, payments, 0, locale, ecc);
        for (qsizetype from = 0; from < payments.size(); from += kChunk) {
            const QList<Prepared> chunk = next.result();
            if (from + kChunk < payments.size())
                next = QtConcurrent::run(prepare, payments, from + kChunk, locale, ecc);
            for (const Prepared &item : chunk) {
                if (!item.code) {
                    outcome.rejected.append({ item.id, item.problem });
                    continue;
                }
                if (!painter.isActive()) {
                    if (!painter.begin(&writer))
                        return Error { tr("The PDF “%1” could not be started.").arg(shown), {} };
                    outcome.pages = 1;
                } else if (slot == 0) {
                    writer.newPage();
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
                file.cancelWriting();
                return Error { tr("Cancelled; no file was written."), {} };
            }
        }
        if (painter.isActive())
            painter.end();
    }
    if (outcome.written == 0) {
        file.cancelWriting();
        return Error { tr("None of the payments could be put on an invoice; no file was written."),
                       {} };
    }
    if (!file.commit())
        return Error { tr("“%1” could not be written: %2.").arg(shown, file.errorString()), {} };
    return outcome;
}

} // namespace paylink
