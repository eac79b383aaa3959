#include "PayByLinkOrder.h"

#include "core/Currency.h"
#include "core/Money.h"

#include <QRegularExpression>

namespace paylink {

namespace {

QString valueOf(const PayByLinkOrders::Input &input, PayByLinkField field)
{
    return input.text.value(field).trimmed();
}

QString currencyOf(const PayByLinkOrders::Input &input)
{
    const QString c = valueOf(input, PayByLinkField::Currency).toUpper();
    return c.isEmpty() ? input.defaultCurrency : c;
}

QString pad(int value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

} // namespace

Result<QDate> PayByLinkOrders::parseDate(const QString &text, const QString &label)
{
    // ISO and compact first; then day-first forms of Dutch and German exports.
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[.-](\\d{1,2})[.-](\\d{4})$"));
    const QString s = text.trimmed();
    QDate date;
    if (auto m = iso.match(s); m.hasMatch())
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (auto c = compact.match(s); c.hasMatch())
        date = QDate(c.captured(1).toInt(), c.captured(2).toInt(), c.captured(3).toInt());
    else if (auto d = dayFirst.match(s); d.hasMatch())
        date = QDate(d.captured(3).toInt(), d.captured(2).toInt(), d.captured(1).toInt());
    else
        return Error { tr("%1 “%2” is not a date: write it as 2026-12-31, 20261231 or "
                          "31-12-2026.")
                           .arg(label, text),
                       {} };
    if (!date.isValid())
        return Error { tr("%1 “%2” is not a day of the calendar.").arg(label, text), {} };
    return date;
}

QString PayByLinkOrders::check(PayByLinkField field, const Input &input, const Labeler &label)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ()./-]{3,30}$"));
    static const QRegularExpression language(
        QStringLiteral("^[A-Za-z]{2,3}([-_][A-Za-z]{2})?$"));
    const QString v = valueOf(input, field);
    const QString name = label(field);
    switch (field) {
    case PayByLinkField::Order:
        if (v.isEmpty())
            return tr("%1 is empty: every link needs an order reference.").arg(name);
        return {};
    case PayByLinkField::Amount: {
        const QString currency = currencyOf(input);
        if (!Currency::isKnown(currency))
            return {}; // reported once, on the currency
        if (input.amountIsMinor) {
            bool ok = false;
            const qint64 minor = v.toLongLong(&ok);
            if (!ok)
                return tr("%1 “%2” is not a whole number of minor units (cents).").arg(name, v);
            if (minor < 0)
                return tr("%1 “%2” is negative: enter an amount of zero or more.").arg(name, v);
            if (minor > Money::kMaxMinor)
                return tr("%1 “%2” is too large: the most is %3.")
                    .arg(name, v, QString::number(Money::kMaxMinor));
            return {};
        }
        const Result<qint64> minor = Money::parse(v, currency, name);
        return minor ? QString() : minor.error().message;
    }
    case PayByLinkField::Currency: {
        const QString c = currencyOf(input);
        if (!Currency::isKnown(c))
            return tr("%1 “%2” is not an ISO 4217 currency code such as EUR.").arg(name, c);
        return {};
    }
    case PayByLinkField::Email:
        if (!v.isEmpty() && !email.match(v).hasMatch())
            return tr("%1 “%2” is not an e-mail address such as jan@example.nl.").arg(name, v);
        return {};
    case PayByLinkField::Phone:
        if (!v.isEmpty() && !phone.match(v).hasMatch())
            return tr("%1 “%2” is not a phone number: use digits, spaces, +, - and "
                      "brackets.")
                .arg(name, v);
        return {};
    case PayByLinkField::Expiry: {
        if (v.isEmpty())
            return {};
        const Result<QDate> date = parseDate(v, name);
        if (!date)
            return date.error().message;
        if (*date < input.today)
            return tr("%1 %2 is in the past: a link that has already expired cannot be paid.")
                .arg(name, QLocale().toString(*date, QLocale::ShortFormat));
        return {};
    }
    case PayByLinkField::Language:
        if (!v.isEmpty() && !language.match(v).hasMatch())
            return tr("%1 “%2” is not a language code such as nl-NL or de.").arg(name, v);
        return {};
    case PayByLinkField::Name:
    case PayByLinkField::Description:
    case PayByLinkField::Gender:
        return {};
    }
    return {};
}

QList<PayByLinkOrders::Problem> PayByLinkOrders::parse(const Input &input, const Labeler &label,
                                                      PayByLinkOrder *order)
{
    QList<Problem> problems;
    for (PayByLinkField field : allFields()) {
        if (QString message = check(field, input, label); !message.isEmpty())
            problems.append({ field, std::move(message) });
    }
    if (!problems.isEmpty() || !order)
        return problems;

    PayByLinkOrder o;
    o.orderRef = valueOf(input, PayByLinkField::Order);
    o.currency = currencyOf(input);
    const QString amount = valueOf(input, PayByLinkField::Amount);
    o.amountMinor = input.amountIsMinor ? amount.toLongLong()
                                        : *Money::parse(amount, o.currency, QString());
    o.name = valueOf(input, PayByLinkField::Name);
    o.email = valueOf(input, PayByLinkField::Email);
    o.phone = valueOf(input, PayByLinkField::Phone);
    o.description = valueOf(input, PayByLinkField::Description);
    if (const QString e = valueOf(input, PayByLinkField::Expiry); !e.isEmpty())
        o.expiry = *parseDate(e, QString());
    QString lang = valueOf(input, PayByLinkField::Language);
    lang.replace(u'_', u'-');
    if (const qsizetype dash = lang.indexOf(u'-'); dash > 0)
        lang = lang.left(dash).toLower() + u'-' + lang.mid(dash + 1).toUpper();
    else
        lang = lang.toLower();
    o.language = lang;
    o.gender = valueOf(input, PayByLinkField::Gender);
    *order = std::move(o);
    return problems;
}

QString PayByLinkOrders::formatAmount(qint64 minor, const QString &currency,
                                      PayByLinkProfile::AmountFormat format)
{
    switch (format) {
    case PayByLinkProfile::AmountFormat::MinorUnits:
        return QString::number(minor);
    case PayByLinkProfile::AmountFormat::DecimalPoint:
        return Money::plain(minor, currency);
    case PayByLinkProfile::AmountFormat::DecimalComma:
        return Money::plain(minor, currency).replace(u'.', u',');
    }
    return {};
}

QString PayByLinkOrders::formatDate(const QDate &date, PayByLinkProfile::DateFormat format)
{
    const QString sep = format == PayByLinkProfile::DateFormat::Dashed ? QStringLiteral("-")
                                                                        : QString();
    return pad(date.year(), 4) + sep + pad(date.month(), 2) + sep + pad(date.day(), 2);
}

SignedParameters PayByLinkOrders::parameters(const PayByLinkProfile &profile,
                                             const PayByLinkOrder &order,
                                             const SignedParameters &extra)
{
    SignedParameters params = profile.leadingParameters();
    params.reserve(params.size() + profile.mapping.size() + extra.size());
    for (const FieldMapping &m : profile.mapping) {
        if (m.parameter.isEmpty())
            continue;
        QString value;
        switch (m.field) {
        case PayByLinkField::Order:
            value = order.orderRef;
            break;
        case PayByLinkField::Amount:
            value = formatAmount(order.amountMinor, order.currency, profile.amountFormat);
            break;
        case PayByLinkField::Currency:
            value = order.currency;
            break;
        case PayByLinkField::Name:
            value = order.name;
            break;
        case PayByLinkField::Email:
            value = order.email;
            break;
        case PayByLinkField::Phone:
            value = order.phone;
            break;
        case PayByLinkField::Description:
            value = order.description;
            break;
        case PayByLinkField::Expiry:
            if (order.expiry.isValid())
                value = formatDate(order.expiry, profile.dateFormat);
            break;
        case PayByLinkField::Language:
            value = order.language;
            break;
        case PayByLinkField::Gender:
            value = order.gender;
            break;
        }
        if (!value.isEmpty())
            params.append({ m.parameter, value });
    }
    params.append(extra);
    return params;
}

PayByLinkSigner::Request PayByLinkOrders::request(const PayByLinkProfile &profile,
                                                  const QString &password,
                                                  SignedParameters parameters)
{
    PayByLinkSigner::Request r;
    r.environment = profile.environment;
    r.kind = profile.kind;
    r.entityKey = profile.entityKey;
    r.password = password;
    r.hashLength = profile.hashLength;
    r.parameters = std::move(parameters);
    return r;
}

Result<Payment> PayByLinkOrders::makePayment(const PayByLinkProfile &profile,
                                             const QString &password, const PayByLinkOrder &order,
                                             const SignedParameters &extra)
{
    const PayByLinkSigner::Request r =
        request(profile, password, parameters(profile, order, extra));
    const Result<PayByLinkSigner::Link> link = PayByLinkSigner::sign(r);
    if (!link)
        return link.error();
    Payment p;
    p.service = Service::PayByLink;
    if (profile.id > 0)
        p.profileId = profile.id;
    p.profileName = profile.name;
    p.orderRef = order.orderRef;
    p.customerName = order.name;
    p.email = order.email;
    p.phone = order.phone;
    p.amountMinor = order.amountMinor;
    p.currency = order.currency;
    p.description = order.description;
    p.language = order.language;
    p.expiry = order.expiry;
    p.link = link->url;
    if (profile.shortAlias) {
        const Result<PayByLinkSigner::Link> alias = PayByLinkSigner::signShortAlias(r);
        if (!alias)
            return alias.error();
        p.shortLink = alias->url;
    }
    p.status = PaymentStatus::Ready;
    p.signedParameters = r.parameters;
    return p;
}

QString PayByLinkOrders::manualHash()
{
    return QStringLiteral("73B58BA21342A257B21A96394818B5C5E61071EE6205FF076AD4450631C2EB62");
}

bool PayByLinkOrders::selfTest(QString *hash)
{
    PayByLinkProfile profile;
    profile.name = QStringLiteral("self-test");
    profile.entityKey = QStringLiteral("2b2b9bff-0c96-4f33-a20d-c831ac87e571");
    profile.user = QStringLiteral("Secretapiuser");
    profile.mappingTemplate = QStringLiteral("CreatePaymentLinkMapping");
    profile.expiredUrl = QStringLiteral("https://www.paybylink.com");
    profile.errorUrl = QStringLiteral("https://www.paybylink.com/en/about-us/contact/");

    Input input;
    input.today = QDate(2016, 1, 17); // the example's expiry is long past
    input.text = {
        { PayByLinkField::Language, QStringLiteral("nl-NL") },
        { PayByLinkField::Currency, QStringLiteral("EUR") },
        { PayByLinkField::Amount, QStringLiteral("28,50") },
        { PayByLinkField::Expiry, QStringLiteral("2016-02-29") },
        { PayByLinkField::Order, QStringLiteral("201601171959") },
        { PayByLinkField::Description, QStringLiteral("Belastingaanslag") },
        { PayByLinkField::Gender, QStringLiteral("M") },
        { PayByLinkField::Name, QStringLiteral("Jan Bakker") },
        { PayByLinkField::Email, QStringLiteral("jan@paybylink.com") },
        { PayByLinkField::Phone, QStringLiteral("06-12345678") },
    };
    PayByLinkOrder order;
    if (!parse(input, fieldDisplayName, &order).isEmpty())
        return false;
    const Result<Payment> payment = makePayment(profile, QStringLiteral("T3st2016!"), order);
    if (!payment)
        return false;
    const QString h = payment->link.mid(payment->link.lastIndexOf(QLatin1String("&h=")) + 3);
    if (hash)
        *hash = h;
    return h == manualHash();
}

} // namespace paylink
