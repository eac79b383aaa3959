#include "Money.h"

#include "Currency.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>
#include <string_view>

namespace paylink {

namespace {

bool isGroupSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009) || c == u'\''
        || c == QChar(0x2019);
}

QString digitsOf(UInt128 v)
{
    if (v == 0)
        return QStringLiteral("0");
    QString s;
    while (v > 0) {
        s.prepend(QChar(u'0' + int(v % 10)));
        v /= 10;
    }
    return s;
}

} // namespace

Result<qint64> Money::parse(const QString &text, const QString &currency, const QString &field)
{
    // Messages are made only on failure: most amounts parse. The text is
    // read in place (an import parses hundreds of thousands of amounts).
    const auto name = [&field] { return field.isEmpty() ? tr("Amount") : field; };
    const int decimals = Currency::decimals(currency);
    if (decimals < 0)
        return Error { tr("%1: “%2” is not an ISO 4217 currency code.").arg(name(), currency), {} };

    QStringView s = QStringView(text).trimmed();
    if (s.isEmpty())
        return Error { tr("%1 is empty: enter an amount such as 28.50.").arg(name()), {} };
    if (s.startsWith(u'-') || s.startsWith(QChar(0x2212)))
        return Error {
            tr("%1 “%2” is negative: enter an amount of zero or more.").arg(name(), text), {}
        };
    if (s.startsWith(u'+'))
        s = s.mid(1);
    const auto notANumber = [&] {
        return Error { tr("%1 “%2” is not a number: use digits and one decimal separator, "
                          "e.g. 28.50 or 28,50.")
                           .arg(name(), text),
                       {} };
    };

    // Keep digits and the two separator kinds; spaces and apostrophes only group.
    QVarLengthArray<char, 32> kept;
    for (const QChar c : s) {
        if (isGroupSpace(c))
            continue;
        const char16_t u = c.unicode();
        if ((u >= u'0' && u <= u'9') || u == u'.' || u == u',')
            kept.append(char(u));
        else
            return notANumber();
    }
    if (kept.isEmpty() || kept.front() < '0' || kept.front() > '9')
        return notANumber();
    const std::string_view compact(kept.data(), std::size_t(kept.size()));
    constexpr auto npos = std::string_view::npos;

    const std::size_t lastDot = compact.rfind('.');
    const std::size_t lastComma = compact.rfind(',');
    const auto occurs = [&compact](char c) {
        return std::count(compact.begin(), compact.end(), c);
    };
    char decimalSep = 0;
    if (lastDot != npos && lastComma != npos)
        decimalSep = lastDot > lastComma ? '.' : ',';
    else if (lastDot != npos && occurs('.') == 1)
        decimalSep = '.';
    else if (lastComma != npos && occurs(',') == 1)
        decimalSep = ',';

    std::string_view intPart = compact;
    std::string_view fracPart;
    if (decimalSep) {
        const std::size_t at = compact.rfind(decimalSep);
        intPart = compact.substr(0, at);
        fracPart = compact.substr(at + 1);
        if (fracPart.empty() || fracPart.find_first_of(".,") != npos)
            return Error { tr("%1 “%2” is not a number: put digits after the decimal separator.")
                               .arg(name(), text),
                           {} };
    }
    // Whatever separators remain in the integer part group digits by three:
    // the other kind than the decimal separator, or with none, the one kind
    // written (1.234.567 and 1,234,567 alike).
    const char groupSep = decimalSep == '.' ? ','
        : decimalSep == ','                 ? '.'
        : lastDot != npos                   ? '.'
                                            : ',';
    if (decimalSep && intPart.find(decimalSep) != npos)
        return Error { tr("%1 “%2” has more than one decimal separator.").arg(name(), text), {} };
    if (intPart.find(groupSep) != npos) {
        std::size_t start = 0;
        bool valid = true;
        for (bool first = true; valid; first = false) {
            const std::size_t end = intPart.find(groupSep, start);
            const std::size_t size = (end == npos ? intPart.size() : end) - start;
            valid = first ? size >= 1 && size <= 3 : size == 3;
            if (end == npos)
                break;
            start = end + 1;
        }
        if (!valid)
            return Error { tr("%1 “%2” has misplaced digit grouping: write it without "
                              "thousands separators, e.g. 1234.50.")
                               .arg(name(), text),
                           {} };
    }

    if (qsizetype(fracPart.size()) > decimals) {
        if (decimals == 0)
            return Error { tr("%1 “%2” has decimals, but %3 has no minor unit: enter a whole "
                              "number.")
                               .arg(name(), text, currency),
                           {} };
        return Error { tr("%1 “%2” has %3 decimals, but %4 allows at most %5.")
                           .arg(name(), text)
                           .arg(fracPart.size())
                           .arg(currency)
                           .arg(decimals),
                       {} };
    }

    // The integer digits without grouping and leading zeros, then the
    // decimals padded to the currency's: their length is bound before they
    // are added up, so the sum cannot overflow.
    const auto tooLarge = [&] {
        return Error { tr("%1 “%2” is too large: the most is %3.")
                           .arg(name(), text, plain(kMaxMinor, currency)),
                       {} };
    };
    qint64 minor = 0;
    int digits = 0;
    for (const char c : intPart) {
        if (c == groupSep || (c == '0' && digits == 0))
            continue;
        if (++digits + decimals > 18)
            return tooLarge();
        minor = minor * 10 + (c - '0');
    }
    for (int i = 0; i < decimals; ++i)
        minor =
            minor * 10 + (std::size_t(i) < fracPart.size() ? fracPart[std::size_t(i)] - '0' : 0);
    if (minor > kMaxMinor)
        return tooLarge();
    return minor;
}

QString Money::format(Int128 minor, const QString &currency, const QLocale &locale)
{
    const int decimals = std::max(0, Currency::decimals(currency));
    const bool negative = minor < 0;
    const UInt128 magnitude = negative ? (UInt128)(-minor) : minor;
    UInt128 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;

    const QString intDigits = digitsOf(magnitude / scale);
    QString number;
    const QString group = locale.groupSeparator();
    const bool grouping = !(locale.numberOptions() & QLocale::OmitGroupSeparator);
    for (qsizetype i = 0; i < intDigits.size(); ++i) {
        if (grouping && i > 0 && (intDigits.size() - i) % 3 == 0)
            number += group;
        number += intDigits.at(i);
    }
    if (decimals > 0) {
        number += locale.decimalPoint();
        number += digitsOf(magnitude % scale).rightJustified(decimals, u'0');
    }
    if (negative)
        number.prepend(locale.negativeSign());

    // Ask the locale where a currency sign goes, using a whole number as template.
    const QString marker = QStringLiteral("\u0001");
    const QString pattern = locale.toCurrencyString(qlonglong(7), marker);
    const qsizetype seven = pattern.indexOf(locale.toString(7));
    if (seven < 0 || !pattern.contains(marker))
        return currency + u' ' + number;
    QString out = pattern;
    out.replace(seven, locale.toString(7).size(), number);
    out.replace(marker, currency);
    // "€1" style patterns have no space; a code needs one.
    const qsizetype codeAt = out.indexOf(currency);
    if (codeAt == 0 && out.size() > currency.size() && !out.at(currency.size()).isSpace())
        out.insert(currency.size(), QChar(0x00A0));
    else if (codeAt > 0 && !out.at(codeAt - 1).isSpace())
        out.insert(codeAt, QChar(0x00A0));
    return out;
}

QString Money::format(qint64 minor, const QString &currency, const QLocale &locale)
{
    return format(static_cast<Int128>(minor), currency, locale);
}

QString Money::plain(qint64 minor, const QString &currency)
{
    return QString::fromLatin1(plainAscii(minor, currency));
}

QByteArray Money::plainAscii(qint64 minor, const QString &currency, char point)
{
    const int decimals = std::max(0, Currency::decimals(currency));
    // Digits from the right, in one buffer: the bulk import formats every row.
    char text[32];
    char *end = text + sizeof text;
    char *at = end;
    auto rest = minor < 0 ? -static_cast<quint64>(minor) : static_cast<quint64>(minor);
    for (int written = 0; rest > 0 || written <= decimals; ++written) {
        if (decimals > 0 && written == decimals)
            *--at = point;
        *--at = char('0' + rest % 10);
        rest /= 10;
    }
    if (minor < 0)
        *--at = '-';
    return QByteArray(at, end - at);
}

} // namespace paylink
