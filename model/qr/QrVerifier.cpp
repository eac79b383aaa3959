#include "QrVerifier.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QSvgRenderer>

#include <poppler-qt6.h>
#include <zbar.h>

#include <memory>

namespace paylink {

namespace {

constexpr int kDpi = 300;

QImage rasteriseSvg(const QString &path)
{
    QSvgRenderer renderer(path);
    if (!renderer.isValid())
        return {};
    // The SVG's own size is in mm; draw it at 300 dpi.
    const QSizeF points = renderer.defaultSize();
    QSize pixels = (points * kDpi / 96.0).toSize();
    if (pixels.isEmpty() || pixels.width() > 20000 || pixels.height() > 20000)
        pixels = QSize(1200, 1200);
    QImage image(pixels, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    return image;
}

QImage rasterisePdf(const QString &path, int page)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc || doc->isLocked() || page < 0 || page >= doc->numPages())
        return {};
    std::unique_ptr<Poppler::Page> p = doc->page(page);
    return p ? p->renderToImage(kDpi, kDpi) : QImage();
}

} // namespace

QList<QByteArray> QrVerifier::decode(const QImage &image)
{
    QList<QByteArray> found;
    if (image.isNull())
        return found;
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    // zbar wants tightly packed rows.
    QByteArray pixels;
    pixels.reserve(qsizetype(grey.width()) * grey.height());
    for (int y = 0; y < grey.height(); ++y)
        pixels.append(reinterpret_cast<const char *>(grey.constScanLine(y)), grey.width());

    std::unique_ptr<zbar::zbar_image_scanner_t, decltype(&zbar::zbar_image_scanner_destroy)>
        scanner(zbar::zbar_image_scanner_create(), &zbar::zbar_image_scanner_destroy);
    zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_NONE, zbar::ZBAR_CFG_ENABLE, 0);
    zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_QRCODE, zbar::ZBAR_CFG_ENABLE, 1);
    // Raw bytes: no guessing of a character set.
    zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_QRCODE, zbar::ZBAR_CFG_BINARY, 1);
    std::unique_ptr<zbar::zbar_image_t, decltype(&zbar::zbar_image_destroy)> zimage(
        zbar::zbar_image_create(), &zbar::zbar_image_destroy);
    zbar::zbar_image_set_format(zimage.get(), zbar_fourcc('Y', '8', '0', '0'));
    zbar::zbar_image_set_size(zimage.get(), unsigned(grey.width()), unsigned(grey.height()));
    zbar::zbar_image_set_data(zimage.get(), pixels.constData(), unsigned(pixels.size()), nullptr);
    if (zbar::zbar_scan_image(scanner.get(), zimage.get()) <= 0)
        return found;
    for (const zbar::zbar_symbol_t *symbol = zbar::zbar_image_first_symbol(zimage.get()); symbol;
         symbol = zbar::zbar_symbol_next(symbol)) {
        found.append(QByteArray(zbar::zbar_symbol_get_data(symbol),
                                qsizetype(zbar::zbar_symbol_get_data_length(symbol))));
    }
    return found;
}

Result<QList<QByteArray>> QrVerifier::decodeFile(const QString &path, int page)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo(path).isFile())
        return Error { tr("“%1” does not exist.").arg(shown), {} };
    const QString suffix = QFileInfo(path).suffix().toLower();
    QImage image;
    if (suffix == QLatin1String("svg"))
        image = rasteriseSvg(path);
    else if (suffix == QLatin1String("pdf"))
        image = rasterisePdf(path, page);
    else
        image = QImage(path);
    if (image.isNull())
        return Error { tr("“%1” could not be read as an image, SVG or PDF.").arg(shown), {} };
    return decode(image);
}

Status QrVerifier::verifyFile(const QString &path, const QByteArray &expected)
{
    const QString shown = QDir::toNativeSeparators(path);
    Result<QList<QByteArray>> codes = decodeFile(path);
    if (!codes)
        return codes.error();
    if (codes->isEmpty())
        return Error { tr("No QR code could be read from “%1”. Print or export it larger, with a "
                          "quiet zone and dark modules on a light background.")
                           .arg(shown),
                       {} };
    if (codes->size() > 1)
        return Error {
            tr("“%1” holds %2 QR codes; expected exactly one.").arg(shown).arg(codes->size()), {}
        };
    if (codes->constFirst() != expected)
        return Error { tr("The QR code in “%1” does not carry the expected link: it reads “%2”.")
                           .arg(shown, QString::fromUtf8(codes->constFirst())),
                       {} };
    return success();
}

} // namespace paylink
