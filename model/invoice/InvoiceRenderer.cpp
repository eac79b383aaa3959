#include "InvoiceRenderer.h"

#include "core/WebLink.h"
#include "settings/Settings.h"

#include <QFontMetricsF>
#include <QPainter>

namespace paylink {

namespace {

QFont font(const QPainter &painter, double points, bool bold = false, bool fixed = false)
{
    QFont f = painter.font();
    if (fixed) { // the link
        f.setFamily(QStringLiteral("monospace"));
        f.setStyleHint(QFont::Monospace);
        f = WebLink::textFont(f);
    }
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// Draws wrapped text from the top of `area` and returns the height it took.
double drawBlock(QPainter &painter, const QRectF &area, const QFont &f, const QString &text,
                 int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap)
{
    if (text.isEmpty())
        return 0;
    painter.setFont(f);
    QRectF used;
    painter.drawText(area, flags, text, &used);
    return used.height();
}

// The largest point size (down to `minimum`) at which `text` fits `area`.
QFont fitting(const QPainter &painter, const QRectF &area, const QString &text, double start,
              double minimum)
{
    for (double pt = start; pt > minimum; pt -= 0.5) {
        const QFont f = font(painter, pt, false, true);
        const QRectF need = QFontMetricsF(f, painter.device())
                                .boundingRect(area, Qt::TextWrapAnywhere | Qt::AlignHCenter, text);
        if (need.height() <= area.height())
            return f;
    }
    return font(painter, minimum, false, true);
}

} // namespace

InvoiceRenderer::Options InvoiceRenderer::Options::fromSettings(const Settings &settings)
{
    Options options;
    options.merchant.name = settings.merchantName();
    options.merchant.address = settings.merchantAddress();
    if (!settings.merchantLogoPath().isEmpty())
        options.merchant.logo = QImage(settings.merchantLogoPath());
    options.style =
        QrStyle { settings.qrQuietZone(), settings.qrForeground(), settings.qrBackground() };
    options.qrSizeMm = settings.qrSizeMm();
    return options;
}

QList<QRectF> InvoiceRenderer::cells(const QRectF &page, int perPage)
{
    int columns = 1;
    int rows = 1;
    switch (perPage) {
    case 2:
        rows = 2;
        break;
    case 4:
        columns = 2;
        rows = 2;
        break;
    case 8:
        columns = 2;
        rows = 4;
        break;
    default:
        break;
    }
    QList<QRectF> list;
    const double w = page.width() / columns;
    const double h = page.height() / rows;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c)
            list.append(QRectF(page.left() + c * w, page.top() + r * h, w, h));
    return list;
}

void InvoiceRenderer::paint(QPainter &painter, const QRectF &cell, double dotsPerMm,
                            const Invoice &invoice, const QrCode &code, const Options &options)
{
    const auto mm = [dotsPerMm](double v) { return v * dotsPerMm; };
    const bool label = options.perPage > 1;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setPen(Qt::black);

    if (label) {
        QPen cut(QColor(170, 170, 170));
        cut.setStyle(Qt::DashLine);
        cut.setWidthF(mm(0.2));
        painter.setPen(cut);
        painter.drawRect(cell);
        painter.setPen(Qt::black);
    }

    const double pad = label ? mm(5) : mm(18);
    const QRectF inner = cell.adjusted(pad, pad, -pad, -pad);
    const QString scan = tr("Scan to pay");

    if (!label) {
        // Header: merchant on the left, logo on the right.
        double logoWidth = 0;
        double headerHeight = 0;
        if (!options.merchant.logo.isNull()) {
            const QSizeF logo = QSizeF(options.merchant.logo.size())
                                    .scaled(QSizeF(mm(60), mm(22)), Qt::KeepAspectRatio);
            const QRectF logoRect(inner.right() - logo.width(), inner.top(), logo.width(),
                                  logo.height());
            painter.drawImage(logoRect, options.merchant.logo);
            logoWidth = logo.width() + mm(5);
            headerHeight = logo.height();
        }
        const QRectF textArea(inner.left(), inner.top(), inner.width() - logoWidth, inner.height());
        double y = drawBlock(painter, textArea, font(painter, 16, true), options.merchant.name);
        y += drawBlock(painter, textArea.adjusted(0, y + mm(1), 0, 0), font(painter, 10),
                       options.merchant.address);
        y = std::max(y, headerHeight) + mm(12);

        y += drawBlock(painter, inner.adjusted(0, y, 0, 0), font(painter, 14, true), invoice.title)
            + mm(6);
        const double labelWidth = mm(38);
        const QList<std::pair<QString, QString>> fields = {
            { tr("Customer"), invoice.customer },
            { tr("Amount"), invoice.amount },
            { tr("Description"), invoice.description },
            { tr("Pay before"), invoice.expiry },
        };
        for (const auto &[name, value] : fields) {
            if (value.isEmpty())
                continue;
            const bool amount = name == tr("Amount");
            drawBlock(painter, inner.adjusted(0, y, 0, 0), font(painter, 11), name);
            y += std::max(drawBlock(painter, inner.adjusted(labelWidth, y, 0, 0),
                                    font(painter, amount ? 13 : 11, amount), value),
                          mm(5))
                + mm(2.5);
        }
        y += mm(10);
        y += drawBlock(painter, inner.adjusted(0, y, 0, 0), font(painter, 12, true), scan,
                       Qt::AlignHCenter | Qt::AlignTop)
            + mm(3);
        const double side = mm(options.qrSizeMm);
        const QRectF qr(inner.center().x() - side / 2, inner.top() + y, side, side);
        QrRenderer::paint(painter, qr, code, options.style, false);
        const QRectF linkArea(inner.left(), qr.bottom() + mm(3), inner.width(),
                              std::max(mm(8), inner.bottom() - qr.bottom() - mm(3)));
        painter.setFont(fitting(painter, linkArea, invoice.linkText, 9, 5));
        painter.drawText(linkArea, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWrapAnywhere,
                         invoice.linkText);
        painter.restore();
        return;
    }

    // Label: text on the left, the code on the right, the link across the bottom.
    const double caption = mm(5);
    const double linkHeight = std::min(mm(14), inner.height() * 0.25);
    const double side =
        std::min(mm(options.qrSizeMm), inner.height() - caption - linkHeight - mm(2));
    const QRectF qr(inner.right() - side, inner.top() + caption, side, side);
    drawBlock(painter, QRectF(qr.left(), inner.top(), side, caption), font(painter, 8, true), scan,
              Qt::AlignHCenter | Qt::AlignTop);
    QrRenderer::paint(painter, qr, code, options.style, false);

    const QRectF text(inner.left(), inner.top(), inner.width() - side - mm(4),
                      qr.bottom() - inner.top());
    painter.save();
    painter.setClipRect(text);
    double y = drawBlock(painter, text, font(painter, 9, true), options.merchant.name);
    if (y > 0)
        y += mm(1.5);
    y += drawBlock(painter, text.adjusted(0, y, 0, 0), font(painter, 8), invoice.title) + mm(1.5);
    y += drawBlock(painter, text.adjusted(0, y, 0, 0), font(painter, 9), invoice.customer) + mm(1);
    y += drawBlock(painter, text.adjusted(0, y, 0, 0), font(painter, 12, true), invoice.amount)
        + mm(1);
    y += drawBlock(painter, text.adjusted(0, y, 0, 0), font(painter, 8), invoice.description)
        + mm(1);
    if (!invoice.expiry.isEmpty())
        drawBlock(painter, text.adjusted(0, y, 0, 0), font(painter, 8),
                  tr("Pay before %1").arg(invoice.expiry));
    painter.restore();

    const QRectF linkArea(inner.left(), inner.bottom() - linkHeight, inner.width(), linkHeight);
    painter.setFont(fitting(painter, linkArea, invoice.linkText, 7, 4));
    painter.drawText(linkArea, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWrapAnywhere,
                     invoice.linkText);
    painter.restore();
}

} // namespace paylink
