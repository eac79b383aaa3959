#include "PayByLinkProfile.h"

#include "core/Currency.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace paylink {

namespace {

struct FieldInfo
{
    PayByLinkField field;
    const char *key;
    const char *label;
};

// Keys are CLI.md's FIELD names; labels are translated on use.
const FieldInfo kFields[] = {
    { PayByLinkField::Order, "order",
      QT_TRANSLATE_NOOP("paylink::PayByLinkProfile", "Order reference") },
    { PayByLinkField::Amount, "amount", QT_TRANSLATE_NOOP("paylink::PayByLinkProfile", "Amount") },
    { PayByLinkField::Currency, "currency",
      QT_TRANSLATE_NOOP("paylink::PayByLinkProfile", "Currency") },
    { PayByLinkField::Name, "name",
      QT_TRANSLATE_NOOP("paylink::PayByLinkProfile", "Customer name") },
    { PayByLinkField::Email, "email", QT_TRANSLATE_NOOP("paylink::PayByLinkProfile", "E-mail") },
    { PayByLinkField::Phone, "phone", QT_TRANSLATE_NOOP("paylink::PayByLinkProfile", "Phone") },
    { PayByLinkField::Description, "description",
      QT_TRANSLATE_NOOP("paylink::PayByLinkProfile", "Description") },
    { PayByLinkField::Expiry, "expiry", QT_TRANSLATE_NOOP("paylink::PayByLinkProfile", "Expiry") },
    { PayByLinkField::Language, "language",
      QT_TRANSLATE_NOOP("paylink::PayByLinkProfile", "Language") },
    { PayByLinkField::Gender, "gender", QT_TRANSLATE_NOOP("paylink::PayByLinkProfile", "Gender") },
};

const FieldInfo &info(PayByLinkField field)
{
    for (const FieldInfo &i : kFields)
        if (i.field == field)
            return i;
    Q_UNREACHABLE();
}

const char *amountFormatKey(PayByLinkProfile::AmountFormat f)
{
    switch (f) {
    case PayByLinkProfile::AmountFormat::DecimalComma:
        return "comma";
    case PayByLinkProfile::AmountFormat::DecimalPoint:
        return "point";
    case PayByLinkProfile::AmountFormat::MinorUnits:
        return "minor";
    }
    Q_UNREACHABLE();
}

Status checkUrl(const QString &value, const QString &label)
{
    if (value.isEmpty())
        return success();
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return Error { PayByLinkProfile::tr("%1: “%2” is not a web address; write it in full, "
                                            "starting with https://.")
                           .arg(label, value),
                       {} };
    return success();
}

} // namespace

QString fieldKey(PayByLinkField field)
{
    return QString::fromLatin1(info(field).key);
}

std::optional<PayByLinkField> fieldFromKey(const QString &key)
{
    for (const FieldInfo &i : kFields)
        if (key.compare(QLatin1String(i.key), Qt::CaseInsensitive) == 0)
            return i.field;
    return std::nullopt;
}

QString fieldDisplayName(PayByLinkField field)
{
    return PayByLinkProfile::tr(info(field).label);
}

QString fieldInSentence(PayByLinkField field)
{
    const QString name = fieldDisplayName(field);
    // Each catalogue says how its field names are written inside a sentence.
    const QString rule = PayByLinkProfile::tr(
        "lower-case", "How a field name is written inside a sentence: lower-case or as-is");
    return rule == QLatin1String("as-is") ? name : name.toLower();
}

const QList<PayByLinkField> &allFields()
{
    static const QList<PayByLinkField> fields = [] {
        QList<PayByLinkField> list;
        for (const FieldInfo &i : kFields)
            list.append(i.field);
        return list;
    }();
    return fields;
}

QList<FieldMapping> PayByLinkProfile::defaultMapping()
{
    return {
        { PayByLinkField::Language, QStringLiteral("L") },
        { PayByLinkField::Currency, QStringLiteral("C") },
        { PayByLinkField::Amount, QStringLiteral("A") },
        { PayByLinkField::Expiry, QStringLiteral("Ex") },
        { PayByLinkField::Order, QStringLiteral("Or") },
        { PayByLinkField::Description, QStringLiteral("Pn") },
        { PayByLinkField::Gender, QStringLiteral("G") },
        { PayByLinkField::Name, QStringLiteral("N") },
        { PayByLinkField::Email, QStringLiteral("M") },
        { PayByLinkField::Phone, QStringLiteral("P") },
    };
}

QString PayByLinkProfile::parameterFor(PayByLinkField field) const
{
    for (const FieldMapping &m : mapping)
        if (m.field == field)
            return m.parameter;
    return {};
}

Status PayByLinkProfile::validate() const
{
    if (name.trimmed().isEmpty())
        return Error { tr("Profile name: enter a name, such as “Shop test”."), {} };
    if (name != name.trimmed())
        return Error { tr("Profile name: remove the spaces at its start or end."), {} };
    if (const Result<QString> key = PayByLinkSigner::normaliseEntityKey(entityKey); !key)
        return key.error();
    if (user.isEmpty())
        return Error { tr("API user: enter the API user name PayByLink gave you."), {} };
    if (user != user.trimmed())
        return Error { tr("API user: remove the spaces at its start or end."), {} };
    if (Status s = checkUrl(expiredUrl, tr("Expired URL")); !s)
        return s;
    if (Status s = checkUrl(errorUrl, tr("Error URL")); !s)
        return s;
    if (!Currency::isKnown(defaultCurrency))
        return Error {
            tr("Default currency: “%1” is not an ISO 4217 currency code.").arg(defaultCurrency), {}
        };
    if (hashLength != 10 && hashLength != 64)
        return Error { tr("Hash length: %1 is not 10 or 64.").arg(hashLength), {} };
    if (shortAlias
        && (environment != PayByLinkSigner::Environment::Production
            || kind != PayByLinkSigner::Kind::Payment))
        return Error { tr("Short alias: spbl.eu links exist for production payments only."), {} };

    static const QRegularExpression parameterName(QStringLiteral("^[A-Za-z0-9_.~-]+$"));
    static const QStringList reserved = { QStringLiteral("mt"), QStringLiteral("u"),
                                          QStringLiteral("exu"), QStringLiteral("eru"),
                                          QStringLiteral("h") };
    QSet<PayByLinkField> seenFields;
    QSet<QString> seenNames;
    for (const FieldMapping &m : mapping) {
        const QString label = fieldDisplayName(m.field);
        if (seenFields.contains(m.field))
            return Error { tr("Parameter mapping: %1 appears twice.").arg(label), {} };
        seenFields.insert(m.field);
        if (m.parameter.isEmpty())
            continue;
        if (!parameterName.match(m.parameter).hasMatch())
            return Error { tr("Parameter mapping: %1: “%2” is not a parameter name; use letters, "
                              "digits, “_”, “.”, “~” or “-”.")
                               .arg(label, m.parameter),
                           {} };
        if (reserved.contains(m.parameter, Qt::CaseInsensitive))
            return Error { tr("Parameter mapping: %1: “%2” is reserved for PayByLink itself.")
                               .arg(label, m.parameter),
                           {} };
        // The short alias lower-cases names, so compare without case.
        if (seenNames.contains(m.parameter.toLower()))
            return Error { tr("Parameter mapping: the name “%1” is used twice.").arg(m.parameter),
                           {} };
        seenNames.insert(m.parameter.toLower());
    }
    for (PayByLinkField required : { PayByLinkField::Order, PayByLinkField::Amount })
        if (parameterFor(required).isEmpty())
            return Error { tr("Parameter mapping: %1 needs a parameter name; every link carries "
                              "it.")
                               .arg(fieldDisplayName(required)),
                           {} };
    return success();
}

QJsonObject PayByLinkProfile::toJson() const
{
    QJsonArray map;
    for (const FieldMapping &m : mapping)
        map.append(QJsonObject { { QStringLiteral("field"), fieldKey(m.field) },
                                 { QStringLiteral("parameter"), m.parameter } });
    return {
        { QStringLiteral("environment"),
          environment == PayByLinkSigner::Environment::Production ? QStringLiteral("production")
                                                                  : QStringLiteral("test") },
        { QStringLiteral("kind"),
          kind == PayByLinkSigner::Kind::Mandate ? QStringLiteral("mandate")
                                                 : QStringLiteral("payment") },
        { QStringLiteral("entityKey"), entityKey },
        { QStringLiteral("user"), user },
        { QStringLiteral("mappingTemplate"), mappingTemplate },
        { QStringLiteral("expiredUrl"), expiredUrl },
        { QStringLiteral("errorUrl"), errorUrl },
        { QStringLiteral("mapping"), map },
        { QStringLiteral("amountFormat"), QString::fromLatin1(amountFormatKey(amountFormat)) },
        { QStringLiteral("dateFormat"),
          dateFormat == DateFormat::Compact ? QStringLiteral("compact")
                                            : QStringLiteral("dashed") },
        { QStringLiteral("defaultCurrency"), defaultCurrency },
        { QStringLiteral("hashLength"), hashLength },
        { QStringLiteral("shortAlias"), shortAlias },
    };
}

Result<PayByLinkProfile> PayByLinkProfile::fromJson(const QJsonObject &json)
{
    PayByLinkProfile p;
    const auto text = [&json](const char *key) {
        return json.value(QLatin1String(key)).toString();
    };
    const QString env = text("environment");
    if (env == QLatin1String("production"))
        p.environment = PayByLinkSigner::Environment::Production;
    else if (!env.isEmpty() && env != QLatin1String("test"))
        return Error { tr("The stored profile has an unknown environment “%1”.").arg(env), {} };
    p.kind = text("kind") == QLatin1String("mandate") ? PayByLinkSigner::Kind::Mandate
                                                      : PayByLinkSigner::Kind::Payment;
    p.entityKey = text("entityKey");
    p.user = text("user");
    p.mappingTemplate = text("mappingTemplate");
    p.expiredUrl = text("expiredUrl");
    p.errorUrl = text("errorUrl");
    if (json.contains(QLatin1String("mapping"))) {
        p.mapping.clear();
        for (const QJsonValue &v : json.value(QLatin1String("mapping")).toArray()) {
            const QJsonObject o = v.toObject();
            const auto field = fieldFromKey(o.value(QLatin1String("field")).toString());
            if (!field)
                return Error { tr("The stored profile maps an unknown field “%1”.")
                                   .arg(o.value(QLatin1String("field")).toString()),
                               {} };
            p.mapping.append({ *field, o.value(QLatin1String("parameter")).toString() });
        }
    }
    const QString amount = text("amountFormat");
    p.amountFormat = amount == QLatin1String("point") ? AmountFormat::DecimalPoint
        : amount == QLatin1String("minor")            ? AmountFormat::MinorUnits
                                                      : AmountFormat::DecimalComma;
    p.dateFormat =
        text("dateFormat") == QLatin1String("compact") ? DateFormat::Compact : DateFormat::Dashed;
    if (!text("defaultCurrency").isEmpty())
        p.defaultCurrency = text("defaultCurrency");
    p.hashLength = json.value(QLatin1String("hashLength")).toInt(64);
    p.shortAlias = json.value(QLatin1String("shortAlias")).toBool(false);
    return p;
}

SignedParameters PayByLinkProfile::leadingParameters() const
{
    SignedParameters params;
    if (!mappingTemplate.isEmpty())
        params.append({ QStringLiteral("mt"), mappingTemplate });
    params.append({ QStringLiteral("u"), user });
    if (!expiredUrl.isEmpty())
        params.append({ QStringLiteral("exu"), expiredUrl });
    if (!errorUrl.isEmpty())
        params.append({ QStringLiteral("eru"), errorUrl });
    return params;
}

} // namespace paylink
