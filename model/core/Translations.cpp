#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace paylink {

QLocale Translations::install(const QString &language)
{
    // The chosen language is for text only: numbers, money and dates keep the
    // desktop's formats (issue 20: choosing English turned dates into 4/3/27).
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Installed last wins: English plurals are the fallback under the others.
    const auto load = [](const QLocale &l, const QString &name, const QString &dir) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(l, name, QStringLiteral("_"), dir))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    };
    load(QLocale(QLocale::English), QStringLiteral("paylink-desk"), QStringLiteral(":/i18n"));
    load(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (locale.language() != QLocale::English && locale.language() != QLocale::C)
        load(locale, QStringLiteral("paylink-desk"), QStringLiteral(":/i18n"));
    return locale;
}

} // namespace paylink
