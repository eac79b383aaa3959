#include "PayByLinkOrder.h"

#include "core/Currency.h"
#include "core/Money.h"
#include "core/WebLink.h"

#include <algorithm>
#include <cstdio>

namespace paylink {

namespace {

QString trimmedText(const PayByLinkOrders::Input &input, PayByLinkField field)
{
    return input.value(field).trimmed();
}

QString currencyOf(const PayByLinkOrders::Input &input)
{
    const QString c = trimmedText(input, PayByLinkField::Currency).toUpper();
    return c.isEmpty() ? input.defaultCurrency : c;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// local@domain.tld: no spaces, one @, a dot in the domain with text around it.
bool looksLikeEmail(QStringView v)
{
    const qsizetype at = v.indexOf(u'@');
    if (at <= 0 || v.indexOf(u'@', at + 1) >= 0)
        return false;
    for (QChar c : v)
        if (c.isSpace())
            return false;
    const QStringView domain = v.mid(at + 1);
    const qsizetype dot = domain.lastIndexOf(u'.');
    if (dot <= 0 || dot == domain.size() - 1)
        return false;
    return !domain.startsWith(u'.') && !domain.contains(QStringLiteral(".."));
}

bool looksLikePhone(QStringView v)
{
    if (v.size() < 3 || v.size() > 30)
        return false;
    int digits = 0;
    for (qsizetype i = 0; i < v.size(); ++i) {
        const QChar c = v.at(i);
        if (c.isDigit() && c.unicode() < 128)
            ++digits;
        else if (!(c == u' ' || c == u'(' || c == u')' || c == u'.' || c == u'/' || c == u'-'
                   || (c == u'+' && i == 0)))
            return false;
    }
    return digits >= 3;
}

// nl, nl-NL, nl_NL, fil-PH.
bool looksLikeLanguage(QStringView v)
{
    const qsizetype sep = std::max(v.indexOf(u'-'), v.indexOf(u'_'));
    const QStringView lang = sep < 0 ? v : v.left(sep);
    if (lang.size() < 2 || lang.size() > 3)
        return false;
    for (QChar c : lang)
        if (!isAsciiLetter(c))
            return false;
    if (sep < 0)
        return true;
    const QStringView region = v.mid(sep + 1);
    return region.size() == 2 && isAsciiLetter(region.at(0)) && isAsciiLetter(region.at(1));
}

// A checked language code as links carry it: "nl_nl" is "nl-NL", "DE" is
// "de". Most files write it so already, and keep their text then.
QString normalisedLanguage(QString lang)
{
    const qsizetype dash = std::max(lang.indexOf(u'-'), lang.indexOf(u'_'));
    bool written = dash < 0 || lang.at(dash) == u'-';
    for (qsizetype i = 0; written && i < lang.size(); ++i) {
        const QChar c = lang.at(i);
        written = dash < 0 || i < dash ? !(c >= u'A' && c <= u'Z') : !(c >= u'a' && c <= u'z');
    }
    if (written)
        return lang;
    lang.replace(u'_', u'-');
    if (dash > 0)
        return lang.left(dash).toLower() + u'-' + lang.mid(dash + 1).toUpper();
    return lang.toLower();
}

// Digits only, at most 4 of them.
int smallNumber(QStringView v)
{
    if (v.isEmpty() || v.size() > 4)
        return -1;
    int n = 0;
    for (QChar c : v) {
        if (c < u'0' || c > u'9')
            return -1;
        n = n * 10 + (c.unicode() - u'0');
    }
    return n;
}

qsizetype longestOf(PayByLinkField field)
{
    switch (field) {
    case PayByLinkField::Order:
        return FieldLimits::kOrderRef;
    case PayByLinkField::Name:
        return FieldLimits::kName;
    case PayByLinkField::Email:
        return FieldLimits::kEmail;
    case PayByLinkField::Phone:
        return FieldLimits::kPhone;
    case PayByLinkField::Description:
        return FieldLimits::kDescription;
    case PayByLinkField::Amount:
    case PayByLinkField::Currency:
    case PayByLinkField::Expiry:
    case PayByLinkField::Language:
    case PayByLinkField::Gender:
        return FieldLimits::kOther;
    }
    return FieldLimits::kOther;
}

} // namespace

Result<QDate> PayByLinkOrders::parseDate(const QString &text, const QString &label)
{
    // ISO and compact first; then the day-first forms of Dutch and German exports.
    const QStringView s = QStringView(text).trimmed();
    int y = -1;
    int m = -1;
    int d = -1;
    if (s.size() == 8 && smallNumber(s.left(4)) >= 0) {
        y = smallNumber(s.left(4));
        m = smallNumber(s.mid(4, 2));
        d = smallNumber(s.mid(6, 2));
    } else {
        const qsizetype a = s.indexOf(u'-') >= 0 ? s.indexOf(u'-') : s.indexOf(u'.');
        const QChar sep = a >= 0 ? s.at(a) : QChar();
        const qsizetype b = a >= 0 ? s.indexOf(sep, a + 1) : -1;
        if (b > a && s.indexOf(sep, b + 1) < 0) {
            const QStringView first = s.left(a);
            const QStringView second = s.mid(a + 1, b - a - 1);
            const QStringView third = s.mid(b + 1);
            if (first.size() == 4 && sep == u'-' && second.size() <= 2 && third.size() <= 2) {
                y = smallNumber(first);
                m = smallNumber(second);
                d = smallNumber(third);
            } else if (third.size() == 4 && first.size() <= 2 && second.size() <= 2) {
                y = smallNumber(third);
                m = smallNumber(second);
                d = smallNumber(first);
            }
        }
    }
    if (y < 0 || m < 0 || d < 0)
        return Error { tr("%1 “%2” is not a date: write it as 2026-12-31, 20261231 or "
                          "31-12-2026.")
                           .arg(label, text),
                       {} };
    const QDate date(y, m, d);
    if (!date.isValid())
        return Error { tr("%1 “%2” is not a day of the calendar.").arg(label, text), {} };
    return date;
}

struct PayByLinkOrders::Parsed
{
    qint64 amountMinor = 0;
    QDate expiry;
};

QString PayByLinkOrders::check(PayByLinkField field, const Input &input, const Labeler &label)
{
    return checkField(field, input, label, currencyOf(input), nullptr);
}

QString PayByLinkOrders::checkField(PayByLinkField field, const Input &input, const Labeler &label,
                                    const QString &currency, Parsed *parsed)
{
    const QString v = trimmedText(input, field);
    // The label is made only for a message: most rows have none.
    const auto name = [&label, field] { return label(field); };
    if (const qsizetype most = longestOf(field); v.size() > most)
        return tr("%1 is %2 characters long; the most is %3.")
            .arg(name(), QLocale().toString(v.size()), QLocale().toString(most));
    if (v.contains(QChar(0)))
        return tr("%1 contains a NUL character, which no payment field may hold (is the file "
                  "binary, or saved as UTF-16?).")
            .arg(name());
    switch (field) {
    case PayByLinkField::Order:
        if (v.isEmpty())
            return tr("%1 is empty: every link needs an order reference.").arg(name());
        return {};
    case PayByLinkField::Amount: {
        if (!Currency::isKnown(currency))
            return {}; // reported once, on the currency
        if (input.amountIsMinor) {
            bool ok = false;
            const qint64 minor = v.toLongLong(&ok);
            if (!ok)
                return tr("%1 “%2” is not a whole number of minor units (cents).").arg(name(), v);
            if (minor < 0)
                return tr("%1 “%2” is negative: enter an amount of zero or more.").arg(name(), v);
            if (minor > Money::kMaxMinor)
                return tr("%1 “%2” is too large: the most is %3.")
                    .arg(name(), v, QString::number(Money::kMaxMinor));
            if (parsed)
                parsed->amountMinor = minor;
            return {};
        }
        if (const Result<qint64> minor = Money::parse(v, currency, QString())) {
            if (parsed)
                parsed->amountMinor = *minor;
            return {};
        }
        return Money::parse(v, currency, name()).error().message;
    }
    case PayByLinkField::Currency: {
        if (!Currency::isKnown(currency))
            return tr("%1 “%2” is not an ISO 4217 currency code such as EUR.")
                .arg(name(), currency);
        return {};
    }
    case PayByLinkField::Email:
        if (!v.isEmpty() && !looksLikeEmail(v))
            return tr("%1 “%2” is not an e-mail address such as jan@example.nl.").arg(name(), v);
        return {};
    case PayByLinkField::Phone:
        if (!v.isEmpty() && !looksLikePhone(v))
            return tr("%1 “%2” is not a phone number: use digits, spaces, +, - and "
                      "brackets.")
                .arg(name(), v);
        return {};
    case PayByLinkField::Expiry: {
        if (v.isEmpty())
            return {};
        const Result<QDate> date = parseDate(v, QString());
        if (!date)
            return parseDate(v, name()).error().message;
        if (*date < input.today)
            return tr("%1 %2 is in the past: a link that has already expired cannot be paid.")
                .arg(name(), QLocale().toString(*date, QLocale::ShortFormat));
        if (parsed)
            parsed->expiry = *date;
        return {};
    }
    case PayByLinkField::Language:
        if (!v.isEmpty() && !looksLikeLanguage(v))
            return tr("%1 “%2” is not a language code such as nl-NL or de.").arg(name(), v);
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
    // Each field is parsed once, while it is checked.
    const QString currency = currencyOf(input);
    Parsed parsed;
    for (PayByLinkField field : allFields()) {
        if (QString message = checkField(field, input, label, currency, &parsed);
            !message.isEmpty())
            problems.append({ field, std::move(message) });
    }
    if (!problems.isEmpty() || !order)
        return problems;

    PayByLinkOrder o;
    o.orderRef = trimmedText(input, PayByLinkField::Order);
    o.currency = currency;
    o.amountMinor = parsed.amountMinor;
    o.name = trimmedText(input, PayByLinkField::Name);
    o.email = trimmedText(input, PayByLinkField::Email);
    o.phone = trimmedText(input, PayByLinkField::Phone);
    o.description = trimmedText(input, PayByLinkField::Description);
    o.expiry = parsed.expiry;
    o.language = normalisedLanguage(trimmedText(input, PayByLinkField::Language));
    o.gender = trimmedText(input, PayByLinkField::Gender);
    *order = std::move(o);
    return problems;
}

QString PayByLinkOrders::formatAmount(qint64 minor, const QString &currency,
                                      PayByLinkProfile::AmountFormat format)
{
    return QString::fromLatin1(formatAmountAscii(minor, currency, format));
}

QByteArray PayByLinkOrders::formatAmountAscii(qint64 minor, const QString &currency,
                                              PayByLinkProfile::AmountFormat format)
{
    switch (format) {
    case PayByLinkProfile::AmountFormat::MinorUnits:
        return QByteArray::number(minor);
    case PayByLinkProfile::AmountFormat::DecimalPoint:
        return Money::plainAscii(minor, currency);
    case PayByLinkProfile::AmountFormat::DecimalComma:
        return Money::plainAscii(minor, currency, ',');
    }
    return {};
}

QString PayByLinkOrders::formatDate(const QDate &date, PayByLinkProfile::DateFormat format)
{
    return QString::fromLatin1(formatDateAscii(date, format));
}

QByteArray PayByLinkOrders::formatDateAscii(const QDate &date, PayByLinkProfile::DateFormat format)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    const bool dashed = format == PayByLinkProfile::DateFormat::Dashed;
    if (year < 0 || year > 9999) { // no four-digit year: printf's widths
        char text[32];
        const int n = std::snprintf(text, sizeof text, dashed ? "%04d-%02d-%02d" : "%04d%02d%02d",
                                    year, month, day);
        return QByteArray(text, n);
    }
    // The bulk import formats a date or two for every row: no printf there.
    char text[10];
    char *at = text;
    const auto put = [&at](int value, int digits) {
        for (int d = digits - 1; d >= 0; --d, value /= 10)
            at[d] = char('0' + value % 10);
        at += digits;
    };
    put(year, 4);
    if (dashed)
        *at++ = '-';
    put(month, 2);
    if (dashed)
        *at++ = '-';
    put(day, 2);
    return QByteArray(text, at - text);
}

QString PayByLinkOrders::valueOf(const PayByLinkOrder &order, PayByLinkField field,
                                 const PayByLinkProfile &profile)
{
    switch (field) {
    case PayByLinkField::Order:
        return order.orderRef;
    case PayByLinkField::Amount:
        return formatAmount(order.amountMinor, order.currency, profile.amountFormat);
    case PayByLinkField::Currency:
        return order.currency;
    case PayByLinkField::Name:
        return order.name;
    case PayByLinkField::Email:
        return order.email;
    case PayByLinkField::Phone:
        return order.phone;
    case PayByLinkField::Description:
        return order.description;
    case PayByLinkField::Expiry:
        return order.expiry.isValid() ? formatDate(order.expiry, profile.dateFormat) : QString();
    case PayByLinkField::Language:
        return order.language;
    case PayByLinkField::Gender:
        return order.gender;
    }
    return {};
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
        if (QString value = valueOf(order, m.field, profile); !value.isEmpty())
            params.append({ m.parameter, std::move(value) });
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
    if (const qsizetype bytes = link->url.toUtf8().size(); bytes > WebLink::kMaxBytes)
        return Error { tr("The signed link would be %1 bytes long; a link may have at most %2, "
                          "so that its QR code still scans. Shorten the name or description.")
                           .arg(QLocale().toString(bytes), QLocale().toString(WebLink::kMaxBytes)),
                       {} };
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
    input.set(PayByLinkField::Language, QStringLiteral("nl-NL"));
    input.set(PayByLinkField::Currency, QStringLiteral("EUR"));
    input.set(PayByLinkField::Amount, QStringLiteral("28,50"));
    input.set(PayByLinkField::Expiry, QStringLiteral("2016-02-29"));
    input.set(PayByLinkField::Order, QStringLiteral("201601171959"));
    input.set(PayByLinkField::Description, QStringLiteral("Belastingaanslag"));
    input.set(PayByLinkField::Gender, QStringLiteral("M"));
    input.set(PayByLinkField::Name, QStringLiteral("Jan Bakker"));
    input.set(PayByLinkField::Email, QStringLiteral("jan@paybylink.com"));
    input.set(PayByLinkField::Phone, QStringLiteral("06-12345678"));
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
