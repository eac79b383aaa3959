#include "QrCode.h"

#include <qrencode.h>

#include <cerrno>
#include <memory>

namespace paylink {

namespace {

QRecLevel levelOf(QrCode::Ecc ecc)
{
    switch (ecc) {
    case QrCode::Ecc::L:
        return QR_ECLEVEL_L;
    case QrCode::Ecc::M:
        return QR_ECLEVEL_M;
    case QrCode::Ecc::Q:
        return QR_ECLEVEL_Q;
    case QrCode::Ecc::H:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

} // namespace

int QrCode::byteCapacity(Ecc ecc)
{
    // ISO/IEC 18004, version 40, byte mode.
    switch (ecc) {
    case Ecc::L:
        return 2953;
    case Ecc::M:
        return 2331;
    case Ecc::Q:
        return 1663;
    case Ecc::H:
        return 1273;
    }
    return 0;
}

std::optional<QrCode::Ecc> QrCode::eccFromName(const QString &name)
{
    const QString n = name.trimmed().toUpper();
    if (n == QLatin1String("L"))
        return Ecc::L;
    if (n == QLatin1String("M"))
        return Ecc::M;
    if (n == QLatin1String("Q"))
        return Ecc::Q;
    if (n == QLatin1String("H"))
        return Ecc::H;
    return std::nullopt;
}

QString QrCode::eccName(Ecc ecc)
{
    static const char *names[] = { "L", "M", "Q", "H" };
    return QString::fromLatin1(names[int(ecc)]);
}

Result<QrCode> QrCode::encode(const QByteArray &payload, Ecc ecc)
{
    if (payload.isEmpty())
        return Error { tr("There is nothing to encode: the text is empty."), {} };
    const int capacity = byteCapacity(ecc);
    const auto tooLong = [&] {
        QString hint;
        if (ecc != Ecc::L)
            hint = u' '
                + tr("A lower error correction level holds more (L: %1 bytes); a short link "
                     "is better still.")
                      .arg(byteCapacity(Ecc::L));
        else
            hint = u' ' + tr("Use a short link instead.");
        return Error { tr("The text is %1 bytes long, but a QR code at error correction %2 holds "
                          "at most %3 bytes.")
                               .arg(payload.size())
                               .arg(eccName(ecc))
                               .arg(capacity)
                           + hint,
                       {} };
    };
    if (payload.size() > capacity)
        return tooLong();

    errno = 0;
    std::unique_ptr<QRcode, decltype(&QRcode_free)> raw(
        QRcode_encodeData(int(payload.size()),
                          reinterpret_cast<const unsigned char *>(payload.constData()), 0,
                          levelOf(ecc)),
        &QRcode_free);
    if (!raw) {
        if (errno == ERANGE)
            return tooLong();
        return Error { tr("The QR code could not be made."),
                       QStringLiteral("QRcode_encodeData failed, errno %1").arg(errno) };
    }
    QrCode code;
    code.m_version = raw->version;
    code.m_size = raw->width;
    code.m_ecc = ecc;
    code.m_payload = payload;
    code.m_modules.resize(std::size_t(raw->width) * raw->width);
    for (std::size_t i = 0; i < code.m_modules.size(); ++i)
        code.m_modules[i] = raw->data[i] & 1; // bit 0: dark module
    return code;
}

} // namespace paylink
