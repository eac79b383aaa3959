#pragma once

#include "QrCode.h"

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRect>
#include <QStringList>

class QPainter;

namespace paylink {

struct QrStyle
{
    int quietZone = 4; // modules of background around the code
    QColor foreground = Qt::black;
    QColor background = Qt::white;
};

// The one render path of every QR output: widget, PNG, SVG, PDF and printer all
// paint the same runs of dark modules through paint() (SVG writes the same runs
// as a path).
class QrRenderer
{
    Q_DECLARE_TR_FUNCTIONS(paylink::QrRenderer)

public:
    // Why a style may not scan: an inverted code, low contrast (WCAG ratio under
    // 4.5), a quiet zone under 4 modules. Empty when the style is sound.
    static QStringList styleWarnings(const QrStyle &style);
    static double contrastRatio(const QColor &a, const QColor &b);

    // Modules per side including the quiet zone.
    static int totalModules(const QrCode &code, const QrStyle &style)
    {
        return code.size() + 2 * style.quietZone;
    }

    // Rectangles covering exactly the dark modules, in module units, quiet zone
    // included: horizontal runs, merged down where they repeat.
    static QList<QRect> darkRuns(const QrCode &code, const QrStyle &style);

    // Paints the code with its quiet zone as the largest square centred in
    // `target`. With `snapToPixels` (raster targets) each module is a whole
    // number of device pixels and the square is pixel-aligned; returns the
    // square actually painted.
    static QRectF paint(QPainter &painter, const QRectF &target, const QrCode &code,
                        const QrStyle &style, bool snapToPixels);

    // A raster image with `modulePx` pixels a module, tagged with `dpi` so that
    // its physical size is right when placed or printed.
    static QImage image(const QrCode &code, const QrStyle &style, int modulePx, int dpi);

    // A minimal SVG of the modules, `moduleMm` millimetres a module.
    static QByteArray svg(const QrCode &code, const QrStyle &style, double moduleMm);
};

} // namespace paylink
