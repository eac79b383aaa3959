#pragma once

#include "Invoice.h"
#include "qr/QrRenderer.h"

#include <QCoreApplication>
#include <QList>
#include <QPageSize>
#include <QRectF>

class QPainter;

namespace paylink {
class Settings;
}

namespace paylink {

// The one page renderer of QR invoices. It paints an invoice into any cell of
// any QPainter (printer, PDF, image): a full page, or a label when several
// invoices share a sheet. Sizes are physical, so the QR code prints at
// `qrSizeMm` whatever the device.
class InvoiceRenderer
{
    Q_DECLARE_TR_FUNCTIONS(paylink::InvoiceRenderer)

public:
    struct Options
    {
        Merchant merchant;
        QrStyle style;
        double qrSizeMm = 40.0;
        int perPage = 1; // 1, 2, 4 or 8
        QPageSize pageSize = QPageSize(QPageSize::A4);

        // Merchant header and QR defaults from the preferences.
        static Options fromSettings(const Settings &settings);
    };

    static bool isValidPerPage(int perPage)
    {
        return perPage == 1 || perPage == 2 || perPage == 4 || perPage == 8;
    }

    // The cells of one sheet, in device units, for `perPage` invoices.
    static QList<QRectF> cells(const QRectF &page, int perPage);

    // Paints one invoice into `cell`. `dotsPerMm` converts millimetres to the
    // painter's device units. `label` is true for the 2/4/8-up layouts.
    static void paint(QPainter &painter, const QRectF &cell, double dotsPerMm,
                      const Invoice &invoice, const QrCode &code, const Options &options);
};

} // namespace paylink
