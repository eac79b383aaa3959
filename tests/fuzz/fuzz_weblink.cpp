// The link rule (D41): whatever text comes in, WebLink::check either refuses
// it with a message or accepts a link that keeps every promise of the rule,
// fits a QR code and passes the host rule for its own host.
#include "core/WebLink.h"
#include "qr/QrCode.h"

#include <QUrl>

#include <cstdint>
#include <cstdlib>

using namespace paylink;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Status verdict = WebLink::check(text);
    if (!verdict) {
        if (verdict.error().message.isEmpty())
            std::abort();
    } else {
        const QUrl url(text, QUrl::StrictMode);
        if (text.toUtf8().size() > WebLink::kMaxBytes || !url.isValid()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || url.host().isEmpty() || !url.userInfo().isEmpty())
            std::abort();
        for (const char32_t c : text.toUcs4())
            if (c < 0x21 || c == 0x7F || QChar::isSpace(c))
                std::abort();
        if (!WebLink::checkHost(text, url.host().toUpper(), {}))
            std::abort();
        if (!QrCode::encode(text.toUtf8(), QrCode::Ecc::L))
            std::abort();
    }
    // Any host the allowed list takes lets a link to it through.
    if (const Result<QString> host = WebLink::parseHost(text)) {
        const QString link = QStringLiteral("https://") + *host + u'/';
        if (!WebLink::check(link) || !WebLink::checkHost(link, QString(), { *host }))
            std::abort();
    }
    return 0;
}
