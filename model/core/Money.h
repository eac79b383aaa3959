#pragma once

#include <QCoreApplication>

#include "Int128.h"
#include "Result.h"

#include <QLocale>
#include <QString>

namespace paylink {

// Money is qint64 minor units plus an ISO 4217 code (docs/DECISIONS.md D9).
// Text is turned into minor units and back without floating point.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(paylink::Money)

public:
    static constexpr qint64 kMaxMinor = 1'000'000'000'000; // 10^12 minor units

    // Parses "28,50", "28.50", "1.234,56", "1,234.56", "1 234,56" or "28".
    // One separator alone is the decimal separator, so "1,234" has three decimals
    // and is rejected for EUR rather than guessed. `field` names the input in errors.
    static Result<qint64> parse(const QString &text, const QString &currency,
                                const QString &field = QString());

    // Locale digits and separators, the currency code placed as the locale places
    // a currency sign: "EUR 28.50" (en), "28,50 EUR" (de).
    static QString format(qint64 minor, const QString &currency, const QLocale &locale = QLocale());
    // The same for a sum that may exceed 64 bits.
    static QString format(Int128 minor, const QString &currency, const QLocale &locale = QLocale());

    // Plain machine form with a dot and the currency's decimals: "28.50", "900".
    static QString plain(qint64 minor, const QString &currency);
    // The same as ASCII bytes, with `point` as the decimal separator.
    static QByteArray plainAscii(qint64 minor, const QString &currency, char point = '.');
};

} // namespace paylink
