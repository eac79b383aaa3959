#pragma once

#include "InvoiceRenderer.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QImage>

class QPagedPaintDevice;
#include <QImage>

class QPagedPaintDevice;

#include <functional>

namespace paylink {

// Writes many QR invoices into one PDF, 1, 2, 4 or 8 to a page. QR codes are
// encoded on the other cores while this thread paints; the file appears only
// when the whole batch is written (QSaveFile), so a cancel leaves nothing.
class InvoiceBatch
{
    Q_DECLARE_TR_FUNCTIONS(paylink::InvoiceBatch)

public:
    struct Rejected
    {
        qint64 paymentId;
        QString reason;
    };
    struct Outcome
    {
        int written = 0;
        int pages = 0;
        QList<Rejected> rejected;
    };
    // Invoices done so far and in all; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    static Result<Outcome> writePdf(const QString &path, const QList<Payment> &payments,
                                    const InvoiceRenderer::Options &options,
                                    const QLocale &locale = QLocale(),
                                    const Progress &progress = {});
    // The same onto any paged device, a printer included; `dotsPerMm` of the
    // device. Pages start where the device's paint area starts.
    static Result<Outcome> paint(QPagedPaintDevice &device, double dotsPerMm,
                                 const QList<Payment> &payments,
                                 const InvoiceRenderer::Options &options,
                                 const QLocale &locale = QLocale(), const Progress &progress = {});
    // The first sheet as a picture, `dpi` dots an inch, for previews.
    static QImage previewImage(const QList<Payment> &payments,
                               const InvoiceRenderer::Options &options,
                               const QLocale &locale = QLocale(), int dpi = 60);
};

} // namespace paylink
