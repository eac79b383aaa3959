// The QR payload path: any bytes either encode, and then an independent
// decoder (libzbar) reads exactly those bytes back from the rendered image,
// or are refused with a message.
#include "qr/QrCode.h"
#include "qr/QrRenderer.h"
#include "qr/QrVerifier.h"

#include <cstdint>
#include <cstdlib>

using namespace paylink;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const auto ecc = QrCode::Ecc(data[0] % 4);
    const QByteArray payload(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const Result<QrCode> code = QrCode::encode(payload, ecc);
    if (!code) {
        if (code.error().message.isEmpty())
            std::abort();
        return 0;
    }
    if (payload.isEmpty())
        return 0;
    const QImage image = QrRenderer::image(*code, QrStyle {}, 4, 96);
    const QList<QByteArray> decoded = QrVerifier::decode(image);
    if (decoded.size() != 1 || decoded.constFirst() != payload)
        std::abort();
    return 0;
}
