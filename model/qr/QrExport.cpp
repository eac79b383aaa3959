#include "QrExport.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

namespace paylink {

std::optional<QrExport::Format> QrExport::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QByteArray QrExport::pdf(const QrCode &code, const Options &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const double sideMm = QrRenderer::totalModules(code, options.style) * options.moduleMm();
    QPdfWriter writer(&buffer);
    writer.setCreator(QStringLiteral("Paylink Desk"));
    writer.setResolution(1200);
    writer.setPageSize(QPageSize(QSizeF(sideMm, sideMm), QPageSize::Millimeter));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    // Vector output: the module size is exact without pixel snapping.
    QrRenderer::paint(painter, QRectF(0, 0, writer.width(), writer.height()), code, options.style,
                      false);
    painter.end();
    return bytes;
}

QrExport::Options QrExport::Options::forPrintedSize(const QrCode &code, const QrStyle &style,
                                                    double sizeMm)
{
    Options options;
    options.style = style;
    const double moduleMm = sizeMm / QrRenderer::totalModules(code, style);
    options.physicalModuleMm = moduleMm;
    // A PNG fine enough for print: about 600 dpi, whole pixels a module.
    options.modulePx = std::max(2, int(std::lround(moduleMm / 25.4 * 600)));
    options.dpi = int(std::lround(options.modulePx * 25.4 / moduleMm));
    return options;
}

Status QrExport::write(const QString &path, const QrCode &code, const Options &options)
{
    const QString shown = QDir::toNativeSeparators(path);
    const std::optional<Format> format = formatFor(path);
    if (!format)
        return Error {
            tr("“%1” does not end in .png, .svg or .pdf; choose one of these formats.").arg(shown),
            {}
        };
    QByteArray bytes;
    switch (*format) {
    case Format::Png: {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImage image = QrRenderer::image(code, options.style, options.modulePx, options.dpi);
        if (options.physicalModuleMm) {
            const int dotsPerMeter =
                int(std::lround(options.modulePx * 1000.0 / *options.physicalModuleMm));
            image.setDotsPerMeterX(dotsPerMeter);
            image.setDotsPerMeterY(dotsPerMeter);
        }
        image.save(&buffer, "PNG");
        break;
    }
    case Format::Svg:
        bytes = QrRenderer::svg(code, options.style, options.moduleMm());
        break;
    case Format::Pdf:
        bytes = pdf(code, options);
        break;
    }
    if (bytes.isEmpty())
        return Error { tr("The image for “%1” could not be made.").arg(shown), {} };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error { tr("“%1” could not be written: %2.").arg(shown, file.errorString()), {} };
    return success();
}

} // namespace paylink
