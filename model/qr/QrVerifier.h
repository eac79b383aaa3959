#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>

namespace paylink {

// Reads QR codes back from a picture or a file, with libzbar (a decoder
// independent of the encoder), to prove an export carries exactly the link.
// PNG/JPEG are read directly, SVG is rasterised with Qt SVG and PDF with
// Poppler, both at 300 dpi.
class QrVerifier
{
    Q_DECLARE_TR_FUNCTIONS(paylink::QrVerifier)

public:
    // The exact bytes of every code found.
    static QList<QByteArray> decode(const QImage &image);
    static Result<QList<QByteArray>> decodeFile(const QString &path, int page = 0);
    // Succeeds when the file holds exactly one code carrying exactly `expected`.
    static Status verifyFile(const QString &path, const QByteArray &expected);
};

} // namespace paylink
