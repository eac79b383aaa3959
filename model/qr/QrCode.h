#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace paylink {

// A QR code symbol: the module matrix of a byte payload, made by libqrencode in
// 8-bit mode with the smallest version that fits. The payload is kept exactly as
// given (UTF-8 bytes for text), so what is encoded is what is scanned.
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(paylink::QrCode)

public:
    enum class Ecc { L, M, Q, H };

    static Result<QrCode> encode(const QByteArray &payload, Ecc ecc = Ecc::M);
    static Result<QrCode> encodeText(const QString &text, Ecc ecc = Ecc::M)
    {
        return encode(text.toUtf8(), ecc);
    }

    // Most bytes a version-40 symbol holds in 8-bit mode at `ecc`.
    static int byteCapacity(Ecc ecc);
    static std::optional<Ecc> eccFromName(const QString &name); // "L", "M", "Q", "H"
    static QString eccName(Ecc ecc);

    int version() const { return m_version; }
    int size() const { return m_size; } // modules per side, without quiet zone
    Ecc ecc() const { return m_ecc; }
    const QByteArray &payload() const { return m_payload; }
    bool isDark(int x, int y) const { return m_modules[std::size_t(y) * m_size + x]; }

private:
    QrCode() = default;

    int m_version = 0;
    int m_size = 0;
    Ecc m_ecc = Ecc::M;
    QByteArray m_payload;
    std::vector<bool> m_modules;
};

} // namespace paylink
