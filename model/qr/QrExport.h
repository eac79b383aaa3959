#pragma once

#include "QrRenderer.h"

#include <QCoreApplication>

#include <optional>

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
        // When set, the exact printed size of a module; PNG resolution follows it.
        std::optional<double> physicalModuleMm;
        double moduleMm() const
        {
            return physicalModuleMm ? *physicalModuleMm : modulePx * 25.4 / dpi;
        }
        // Options for a code printed `sizeMm` wide (quiet zone included).
        static Options forPrintedSize(const QrCode &code, const QrStyle &style, double sizeMm);
    };

    static std::optional<Format> formatFor(const QString &path);
    static Status write(const QString &path, const QrCode &code, const Options &options);
    static QByteArray pdf(const QrCode &code, const Options &options);
};

} // namespace paylink
