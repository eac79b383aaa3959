#include "QrRenderer.h"

#include <QPainter>

#include <cmath>

namespace paylink {

namespace {

// WCAG relative luminance.
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

double QrRenderer::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QStringList QrRenderer::styleWarnings(const QrStyle &style)
{
    QStringList warnings;
    if (luminance(style.foreground) > luminance(style.background))
        warnings << tr("The code is inverted (light modules on a dark background); many scanners "
                       "cannot read that.");
    const double ratio = contrastRatio(style.foreground, style.background);
    if (ratio < 4.5)
        warnings << tr("The contrast is low (%1:1); use at least 4.5:1 so that codes scan.")
                        .arg(ratio, 0, 'f', 1);
    if (style.quietZone < 4)
        warnings << tr("A quiet zone under 4 modules makes printed codes hard to scan.");
    return warnings;
}

QList<QRect> QrRenderer::darkRuns(const QrCode &code, const QrStyle &style)
{
    // Horizontal runs of dark modules, then runs of the same columns on
    // consecutive rows merged into one rectangle: fewer shapes in every output.
    QList<QRect> done;
    QList<QRect> open; // rectangles that reached the previous row
    const int q = style.quietZone;
    for (int y = 0; y < code.size(); ++y) {
        QList<QRect> next;
        int x = 0;
        while (x < code.size()) {
            if (!code.isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < code.size() && code.isDark(x, y))
                ++x;
            const QRect run(start + q, y + q, x - start, 1);
            auto match = std::find_if(open.begin(), open.end(), [&run](const QRect &r) {
                return r.left() == run.left() && r.width() == run.width();
            });
            if (match != open.end()) {
                QRect grown = *match;
                grown.setBottom(run.bottom());
                open.erase(match);
                next.append(grown);
            } else {
                next.append(run);
            }
        }
        done.append(open); // what did not continue is finished
        open = next;
    }
    done.append(open);
    return done;
}

QRectF QrRenderer::paint(QPainter &painter, const QRectF &target, const QrCode &code,
                         const QrStyle &style, bool snapToPixels)
{
    const int total = totalModules(code, style);
    const double side = std::min(target.width(), target.height());
    double module = side / total;
    QPointF origin(target.left() + (target.width() - module * total) / 2.0,
                   target.top() + (target.height() - module * total) / 2.0);
    if (snapToPixels) {
        // Whole device pixels a module: crisp edges, every module the same size.
        const QTransform device = painter.deviceTransform();
        const double scale = std::hypot(device.m11(), device.m12());
        const double devicePx = std::max(1.0, std::floor(side * scale / total));
        module = devicePx / scale;
        origin = QPointF(target.left() + (target.width() - module * total) / 2.0,
                         target.top() + (target.height() - module * total) / 2.0);
        const QPointF deviceOrigin = device.map(origin);
        origin = device.inverted().map(
            QPointF(std::round(deviceOrigin.x()), std::round(deviceOrigin.y())));
    }
    const QRectF square(origin, QSizeF(module * total, module * total));

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.fillRect(square, style.background);
    // All rectangles in one call: PDF gets one "re … re f" fill (no seams
    // between modules), raster targets get fast aligned fills.
    const QList<QRect> runs = darkRuns(code, style);
    QList<QRectF> rects;
    rects.reserve(runs.size());
    for (const QRect &run : runs)
        rects.append(QRectF(origin.x() + run.x() * module, origin.y() + run.y() * module,
                            run.width() * module, run.height() * module));
    painter.setBrush(style.foreground);
    painter.drawRects(rects.constData(), int(rects.size()));
    painter.restore();
    return square;
}

QImage QrRenderer::image(const QrCode &code, const QrStyle &style, int modulePx, int dpi)
{
    const int side = totalModules(code, style) * std::max(1, modulePx);
    QImage image(side, side, QImage::Format_RGB32);
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    paint(painter, QRectF(0, 0, side, side), code, style, true);
    return image;
}

QByteArray QrRenderer::svg(const QrCode &code, const QrStyle &style, double moduleMm)
{
    const int total = totalModules(code, style);
    const QString sideMm = QString::number(total * moduleMm, 'f', 3);
    QString path;
    for (const QRect &run : darkRuns(code, style))
        path += QStringLiteral("M%1 %2h%3v%4h-%3z")
                    .arg(run.x())
                    .arg(run.y())
                    .arg(run.width())
                    .arg(run.height());
    const QString svg =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%1mm\" "
                       "height=\"%1mm\" viewBox=\"0 0 %2 %2\" shape-rendering=\"crispEdges\">\n"
                       "<rect width=\"%2\" height=\"%2\" fill=\"%3\"/>\n"
                       "<path fill=\"%4\" d=\"%5\"/>\n"
                       "</svg>\n")
            .arg(sideMm)
            .arg(total)
            .arg(style.background.name(), style.foreground.name(), path);
    return svg.toUtf8();
}

} // namespace paylink
