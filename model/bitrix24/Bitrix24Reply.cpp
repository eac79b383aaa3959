#include "Bitrix24Reply.h"

#include "core/Currency.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <cmath>

namespace paylink {

namespace {

Bitrix24Error badResponse(int httpStatus, const QString &why)
{
    Bitrix24Error e;
    e.kind = Bitrix24Error::Kind::BadResponse;
    e.httpStatus = httpStatus;
    e.description = why;
    return e;
}

Error badResult(const QString &why)
{
    const Bitrix24Error e = badResponse(200, why);
    return Error { e.message(), e.detail() };
}

QString codeText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        // 200640400001 does not fit in 32 bits; doubles hold it exactly.
        const double d = v.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

Bitrix24Reply::Time timeFrom(const QJsonValue &v)
{
    Bitrix24Reply::Time t;
    const QJsonObject o = v.toObject();
    if (o.value(QLatin1String("operating")).isDouble())
        t.operating = o.value(QLatin1String("operating")).toDouble();
    // A reset time is unix seconds; anything outside 1970..5138 is not one
    // and is dropped rather than converted (a huge double does not fit qint64).
    constexpr double latest = 1e11;
    const QJsonValue reset = o.value(QLatin1String("operating_reset_at"));
    double seconds = -1;
    if (reset.isDouble())
        seconds = reset.toDouble();
    else if (reset.isString())
        seconds = reset.toString().toDouble();
    if (std::isfinite(seconds) && seconds > 0 && seconds < latest)
        t.operatingResetAt = qint64(seconds);
    return t;
}

// PHP sends an empty map as [] and a map with keys 0..n-1 as a list.
QList<QPair<QString, QJsonValue>> entries(const QJsonValue &v, bool *ok)
{
    QList<QPair<QString, QJsonValue>> list;
    *ok = true;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            list.append({ it.key(), it.value() });
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            list.append({ QString::number(i), a.at(i) });
    } else if (!v.isNull() && !v.isUndefined()) {
        *ok = false;
    }
    return list;
}

} // namespace

Bitrix24Error Bitrix24Reply::errorFrom(const QJsonValue &value, int httpStatus)
{
    const QJsonObject o = value.toObject();
    return Bitrix24Error::fromCode(codeText(o.value(QLatin1String("error"))),
                                   o.value(QLatin1String("error_description")).toString(),
                                   httpStatus);
}

Bitrix24Reply::Envelope Bitrix24Reply::parse(int httpStatus, const QByteArray &body)
{
    Envelope env;
    if (body.size() > kMaxBody) {
        env.error = badResponse(httpStatus,
                                QStringLiteral("reply of %1 bytes is over the %2-byte cap")
                                    .arg(body.size())
                                    .arg(kMaxBody));
        return env;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString what = parseError.error != QJsonParseError::NoError
            ? QStringLiteral("not JSON (%1 at offset %2): %3")
                  .arg(parseError.errorString())
                  .arg(parseError.offset)
                  .arg(QString::fromUtf8(body.left(120)))
            : QStringLiteral("JSON that is not an object");
        if (httpStatus >= 500) {
            Bitrix24Error e;
            e.kind = Bitrix24Error::Kind::ServerError;
            e.httpStatus = httpStatus;
            e.description = what;
            env.error = e;
        } else {
            env.error = badResponse(httpStatus, what);
        }
        return env;
    }
    const QJsonObject o = doc.object();
    if (o.contains(QLatin1String("error"))) {
        env.error = errorFrom(o, httpStatus);
        return env;
    }
    if (!o.contains(QLatin1String("result"))) {
        env.error = badResponse(httpStatus, QStringLiteral("a reply without result or error"));
        return env;
    }
    if (httpStatus >= 400) {
        env.error =
            badResponse(httpStatus, QStringLiteral("a result with HTTP %1").arg(httpStatus));
        return env;
    }
    env.result = o.value(QLatin1String("result"));
    env.time = timeFrom(o.value(QLatin1String("time")));
    return env;
}

bool Bitrix24Reply::isSoundPng(const QByteArray &png)
{
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    if (!png.startsWith(signature))
        return false;
    qsizetype at = signature.size();
    bool ended = false;
    while (at + 12 <= png.size()) {
        const quint32 length = qFromBigEndian<quint32>(png.constData() + at);
        if (length > quint32(png.size()) || at + 12 + qsizetype(length) > png.size())
            return false;
        const QByteArray type = png.mid(at + 4, 4);
        at += 12 + qsizetype(length);
        if (type == "IEND") {
            ended = true;
            break;
        }
    }
    if (!ended || at != png.size())
        return false;
    QImage image;
    return image.loadFromData(png, "PNG") && !image.isNull();
}

std::optional<qint64> Bitrix24Reply::idFrom(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && d > 0 && d < 9.0e15)
            return qint64(d);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 id = value.toString().toLongLong(&ok);
        if (ok && id > 0)
            return id;
    }
    return std::nullopt;
}

Result<Bitrix24Reply::PublicUrl> Bitrix24Reply::publicUrl(const QJsonValue &result)
{
    const QJsonValue payment = result.toObject().value(QLatin1String("payment"));
    if (!payment.isObject())
        return badResult(QStringLiteral("result.payment is missing or not an object"));
    const QJsonObject p = payment.toObject();
    PublicUrl out;
    const QJsonValue url = p.value(QLatin1String("url"));
    const QJsonValue shortUrl = p.value(QLatin1String("shortUrl"));
    if (!url.isString() || url.toString().isEmpty())
        return badResult(QStringLiteral("result.payment.url is missing or not text"));
    if (!shortUrl.isUndefined() && !shortUrl.isNull() && !shortUrl.isString())
        return badResult(QStringLiteral("result.payment.shortUrl is not text"));
    out.url = url.toString();
    out.shortUrl = shortUrl.toString();
    const QJsonValue qr = p.value(QLatin1String("qr"));
    if (qr.isString() && !qr.toString().isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            qr.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && isSoundPng(*decoded))
            out.qrPng = *decoded;
        else
            out.qrRejected = true;
    } else if (!qr.isUndefined() && !qr.isNull()) {
        out.qrRejected = true;
    }
    return out;
}

Result<Bitrix24Reply::Batch> Bitrix24Reply::batch(const QJsonValue &result)
{
    if (!result.isObject())
        return badResult(QStringLiteral("a batch result that is not an object"));
    const QJsonObject o = result.toObject();
    Batch b;
    bool ok = true;
    for (const auto &[key, value] : entries(o.value(QLatin1String("result")), &ok))
        b.results.insert(key, value);
    if (!ok)
        return badResult(QStringLiteral("batch result.result is not a map"));
    for (const auto &[key, value] : entries(o.value(QLatin1String("result_error")), &ok)) {
        if (!value.isObject())
            return badResult(QStringLiteral("batch result_error[%1] is not an object").arg(key));
        b.errors.insert(key, errorFrom(value));
    }
    if (!ok)
        return badResult(QStringLiteral("batch result_error is not a map"));
    for (const auto &[key, value] : entries(o.value(QLatin1String("result_time")), &ok))
        b.times.insert(key, timeFrom(value));
    return b;
}

Result<Bitrix24Reply::RemotePayment> Bitrix24Reply::payment(const QJsonValue &value)
{
    if (!value.isObject())
        return badResult(QStringLiteral("a payment that is not an object"));
    const QJsonObject o = value.toObject();
    RemotePayment p;
    const std::optional<qint64> id = idFrom(o.value(QLatin1String("id")));
    if (!id)
        return badResult(QStringLiteral("a payment without a valid id"));
    p.id = *id;
    p.accountNumber = codeText(o.value(QLatin1String("accountNumber")));
    const QString paid = o.value(QLatin1String("paid")).toString();
    if (paid != QLatin1String("Y") && paid != QLatin1String("N"))
        return badResult(
            QStringLiteral("payment %1: paid is “%2”, not Y or N").arg(p.id).arg(paid));
    p.paid = paid == QLatin1String("Y");
    p.datePaid = QDateTime::fromString(o.value(QLatin1String("datePaid")).toString(), Qt::ISODate);
    p.currency = o.value(QLatin1String("currency")).toString().toUpper();
    if (!Currency::isKnown(p.currency))
        return badResult(
            QStringLiteral("payment %1: currency “%2” is not ISO 4217").arg(p.id).arg(p.currency));
    // The API sends the sum as a JSON number; it becomes minor units here,
    // rounded to the currency's decimals, and nowhere else.
    const QJsonValue sum = o.value(QLatin1String("sum"));
    const double amount = sum.isString() ? sum.toString().toDouble() : sum.toDouble(-1);
    const double scaled = amount * std::pow(10.0, Currency::decimals(p.currency));
    if (!std::isfinite(amount) || amount < 0 || scaled > 1e12)
        return badResult(QStringLiteral("payment %1: sum is not an amount").arg(p.id));
    p.sumMinor = std::llround(scaled);
    p.paySystemName = o.value(QLatin1String("paySystemName")).toString();
    return p;
}

Result<QList<Bitrix24Reply::RemotePayment>> Bitrix24Reply::payments(const QJsonValue &result)
{
    if (!result.isArray())
        return badResult(QStringLiteral("crm.item.payment.list did not return a list"));
    QList<RemotePayment> list;
    for (const QJsonValue &v : result.toArray()) {
        Result<RemotePayment> p = payment(v);
        if (!p)
            return p.error();
        list.append(std::move(p).value());
    }
    return list;
}

} // namespace paylink
