#pragma once

#include <QLocale>
#include <QString>

namespace paylink {

// Loads the translations of both executables: English plural forms first
// (English is the source language), then Qt's own and ours for `locale`.
class Translations
{
public:
    // `language` from the settings; empty follows the system. It sets the
    // words only: QLocale's default, which formats numbers, money and dates,
    // stays the desktop's. Returns the locale of the words.
    static QLocale install(const QString &language);
};

} // namespace paylink
