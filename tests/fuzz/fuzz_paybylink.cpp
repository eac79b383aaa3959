// PayByLink parameters and URLs: whatever the names and values, a signed
// link's parameters read back exactly as given, the fast bulk signer gives
// the same link, and typed input either parses or names its field.
#include "core/WebLink.h"
#include "paybylink/PayByLinkOrder.h"

#include <cstdint>
#include <cstdlib>

using namespace paylink;

namespace {

const QString kKey = QStringLiteral("2b2b9bff-0c96-4f33-a20d-c831ac87e571");

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList parts = text.split(QChar(u'\n'));

    // Raw parameters: name=value lines; the first line is the password.
    PayByLinkSigner::Request request;
    request.entityKey = kKey;
    request.password = parts.value(0);
    request.parameters.append({ QStringLiteral("u"), QStringLiteral("S") });
    for (const QString &line : parts.mid(1)) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            request.parameters.append({ line.left(eq), line.mid(eq + 1) });
    }
    const Result<PayByLinkSigner::Link> link = PayByLinkSigner::sign(request);
    if (link) {
        if (PayByLinkSigner::parametersOf(link->url) != request.parameters)
            std::abort();
        if (link->hash != PayByLinkSigner::hash(kKey, request.parameters, request.password))
            std::abort();
        PayByLinkSigner::Request leading = request;
        leading.parameters = { request.parameters.constFirst() };
        const auto prepared = PayByLinkSigner::Prepared::prepare(leading);
        if (!prepared)
            std::abort();
        QList<QByteArray> utf8;
        for (const auto &[n, v] : request.parameters.mid(1))
            utf8 << n.toUtf8() << v.toUtf8();
        QList<QPair<QByteArrayView, QByteArrayView>> rest;
        for (qsizetype i = 0; i + 1 < utf8.size(); i += 2)
            rest.append({ utf8.at(i), utf8.at(i + 1) });
        QByteArray url = "left over";
        (*prepared)->sign(rest, url);
        if (QString::fromUtf8(url) != link->url)
            std::abort();
    }

    // Typed fields: ten lines, one per field.
    PayByLinkOrders::Input input;
    input.today = QDate(2026, 1, 1);
    for (qsizetype i = 0; i < 10 && i < parts.size(); ++i)
        input.text[std::size_t(i)] = parts.at(i);
    PayByLinkOrder order;
    const auto problems = PayByLinkOrders::parse(input, fieldDisplayName, &order);
    for (const auto &p : problems)
        if (p.message.isEmpty())
            std::abort();
    if (problems.isEmpty()) {
        PayByLinkProfile profile;
        profile.entityKey = kKey;
        profile.user = QStringLiteral("S");
        const Result<Payment> payment =
            PayByLinkOrders::makePayment(profile, QStringLiteral("pw"), order);
        // Valid fields can still sign a link over 2,048 bytes (D41): refused
        // with a message, never a link that breaks the rule.
        if (!payment) {
            if (payment.error().message.isEmpty())
                std::abort();
            return 0;
        }
        if (!WebLink::check(payment->link)
            || PayByLinkSigner::parametersOf(payment->link) != payment->signedParameters)
            std::abort();
    }
    return 0;
}
