#pragma once

#include "QrRenderer.h"

#include <QCoreApplication>

namespace paylink {

// Writes a QR code to PNG, SVG or PDF (by the file's extension) atomically.
class QrExport
{
    Q_DECLARE_TR_FUNCTIONS(paylink::QrExport)

public:
    enum class Format { Png, Svg, Pdf };

    struct Options
    {
        QrStyle style;
        int modulePx = 10; // raster pixels a module; with dpi it sets the physical size
        int dpi = 300;
        double moduleMm() const { return modulePx * 25.4 / dpi; }
    };

    static std::optional<Format> formatFor(const QString &path);
    static Status write(const QString &path, const QrCode &code, const Options &options);
    static QByteArray pdf(const QrCode &code, const Options &options);
};

} // namespace paylink
