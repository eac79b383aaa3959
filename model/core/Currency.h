#pragma once

#include <QString>
#include <QStringList>

namespace paylink {

// ISO 4217 currencies and their number of decimals (minor unit exponent).
class Currency
{
public:
    // Upper-case three-letter code known to ISO 4217 (active list).
    static bool isKnown(const QString &code);
    // Decimals of the minor unit, e.g. 2 for EUR, 0 for JPY, 3 for KWD; -1 if unknown.
    static int decimals(const QString &code);
    static QStringList codes();
};

} // namespace paylink
