#include "Money.h"

#include "Currency.h"

#include <QCoreApplication>

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
    // Messages are made only on failure: most amounts parse.
    const auto name = [&field] { return field.isEmpty() ? tr("Amount") : field; };
    const int decimals = Currency::decimals(currency);
    if (decimals < 0)
        return Error { tr("%1: “%2” is not an ISO 4217 currency code.").arg(name(), currency), {} };

    QString s = text.trimmed();
    if (s.isEmpty())
        return Error { tr("%1 is empty: enter an amount such as 28.50.").arg(name()), {} };
    if (s.startsWith(u'-') || s.startsWith(QChar(0x2212)))
        return Error {
            tr("%1 “%2” is negative: enter an amount of zero or more.").arg(name(), text), {}
        };
    if (s.startsWith(u'+'))
        s.remove(0, 1);

    // Keep digits and the two separator kinds; spaces and apostrophes only group.
    QString compact;
    for (QChar c : std::as_const(s)) {
        if (isGroupSpace(c))
            continue;
        if (c.isDigit() && c.unicode() < 128)
            compact.append(c);
        else if (c == u'.' || c == u',')
            compact.append(c);
        else
            return Error { tr("%1 “%2” is not a number: use digits and one decimal separator, "
                              "e.g. 28.50 or 28,50.")
                               .arg(name(), text),
                           {} };
    }
    if (compact.isEmpty() || !compact.at(0).isDigit())
        return Error { tr("%1 “%2” is not a number: use digits and one decimal separator, "
                          "e.g. 28.50 or 28,50.")
                           .arg(name(), text),
                       {} };

    const int lastDot = compact.lastIndexOf(u'.');
    const int lastComma = compact.lastIndexOf(u',');
    QChar decimalSep;
    if (lastDot >= 0 && lastComma >= 0)
        decimalSep = lastDot > lastComma ? QChar(u'.') : QChar(u',');
    else if (lastDot >= 0 && compact.count(u'.') == 1)
        decimalSep = u'.';
    else if (lastComma >= 0 && compact.count(u',') == 1)
        decimalSep = u',';

    QString intPart = compact;
    QString fracPart;
    if (!decimalSep.isNull()) {
        const int at = compact.lastIndexOf(decimalSep);
        intPart = compact.left(at);
        fracPart = compact.mid(at + 1);
        if (fracPart.isEmpty() || fracPart.contains(u'.') || fracPart.contains(u','))
            return Error { tr("%1 “%2” is not a number: put digits after the decimal separator.")
                               .arg(name(), text),
                           {} };
    }
    // Whatever separators remain in the integer part group digits by three.
    const QChar groupSep = decimalSep == u'.' ? QChar(u',') : QChar(u'.');
    if (intPart.contains(decimalSep))
        return Error { tr("%1 “%2” has more than one decimal separator.").arg(name(), text), {} };
    if (intPart.contains(groupSep)) {
        const QStringList groups = intPart.split(groupSep);
        bool valid = !groups.first().isEmpty() && groups.first().size() <= 3;
        for (qsizetype i = 1; valid && i < groups.size(); ++i)
            valid = groups.at(i).size() == 3;
        if (!valid)
            return Error { tr("%1 “%2” has misplaced digit grouping: write it without "
                              "thousands separators, e.g. 1234.50.")
                               .arg(name(), text),
                           {} };
        intPart.remove(groupSep);
    }

    if (fracPart.size() > decimals) {
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
    fracPart = fracPart.leftJustified(decimals, u'0');

    // Strip leading zeros, then bound the length before converting.
    while (intPart.size() > 1 && intPart.startsWith(u'0'))
        intPart.remove(0, 1);
    const QString all = intPart + fracPart;
    const auto tooLarge = [&] {
        return Error { tr("%1 “%2” is too large: the most is %3.")
                           .arg(name(), text, plain(kMaxMinor, currency)),
                       {} };
    };
    if (all.size() > 18)
        return tooLarge();
    bool ok = false;
    const qint64 minor = all.toLongLong(&ok);
    if (!ok)
        return Error { tr("%1 “%2” is not a number.").arg(name(), text), {} };
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
