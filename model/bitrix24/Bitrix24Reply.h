#pragma once

#include "Bitrix24Error.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QList>

#include <optional>

namespace paylink {

// Pure parsers of what a Bitrix24 portal sends back (no network), so they can
// be tested and fuzzed alone. Every reply is untrusted: a body over 8 MB, text
// that is not JSON, a cut-off body or a wrong type is a BadResponse, never a
// crash or a guess.
class Bitrix24Reply
{
    Q_DECLARE_TR_FUNCTIONS(paylink::Bitrix24Reply)

public:
    static constexpr qint64 kMaxBody = 8 * 1024 * 1024;

    struct Time
    {
        std::optional<double> operating; // seconds this method used in the window
        std::optional<qint64> operatingResetAt; // unix seconds
    };

    struct Envelope
    {
        QJsonValue result;
        Time time;
        std::optional<Bitrix24Error> error;
    };

    // The envelope of any REST reply: `result` and `time`, or an `error`
    // (string or number; `error_description` kept raw).
    static Envelope parse(int httpStatus, const QByteArray &body);
    // An error from an object with `error` and `error_description`.
    static Bitrix24Error errorFrom(const QJsonValue &object, int httpStatus = 0);

    struct PublicUrl
    {
        QString url;
        QString shortUrl;
        QByteArray qrPng; // empty when missing or not a sound PNG (then we draw our own)
        bool qrRejected = false; // a qr was sent but is not a sound PNG
    };
    static Result<PublicUrl> publicUrl(const QJsonValue &result);

    // The inner maps of a `batch` reply; each may be `{}`, `[]` or a list.
    struct Batch
    {
        QHash<QString, QJsonValue> results;
        QHash<QString, Bitrix24Error> errors;
        QHash<QString, Time> times;
    };
    static Result<Batch> batch(const QJsonValue &result);

    // One payment of crm.item.payment.list / get.
    struct RemotePayment
    {
        qint64 id = 0;
        QString accountNumber;
        bool paid = false;
        QDateTime datePaid;
        qint64 sumMinor = 0;
        QString currency;
        QString paySystemName;
    };
    static Result<QList<RemotePayment>> payments(const QJsonValue &result);
    static Result<RemotePayment> payment(const QJsonValue &object);

    // A PNG whose chunks are all whole, ending in IEND, that decodes.
    static bool isSoundPng(const QByteArray &png);
    // An id sent as a number or as a string of digits.
    static std::optional<qint64> idFrom(const QJsonValue &value);
};

} // namespace paylink
