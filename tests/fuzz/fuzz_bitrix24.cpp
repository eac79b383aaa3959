// The Bitrix24 reply parsers on any body, as any status: no crash, and an
// error always carries a message.
#include "bitrix24/Bitrix24Reply.h"

#include <cstdint>
#include <cstdlib>

using namespace paylink;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    for (int status : { 200, 400, 503 }) {
        const Bitrix24Reply::Envelope env = Bitrix24Reply::parse(status, body);
        if (env.error) {
            if (env.error->message().isEmpty())
                std::abort();
            continue;
        }
        if (const auto url = Bitrix24Reply::publicUrl(env.result); url) {
            if (url->url.isEmpty())
                std::abort(); // a link is never accepted empty
            if (!url->qrPng.isEmpty() && !Bitrix24Reply::isSoundPng(url->qrPng))
                std::abort();
        }
        if (const auto batch = Bitrix24Reply::batch(env.result); batch)
            for (const Bitrix24Error &e : batch->errors)
                if (e.message().isEmpty())
                    std::abort();
        if (const auto list = Bitrix24Reply::payments(env.result); list)
            for (const auto &p : *list)
                if (p.id <= 0 || p.sumMinor < 0)
                    std::abort();
    }
    (void)Bitrix24Reply::isSoundPng(body);
    return 0;
}
