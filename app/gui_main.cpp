// Paylink Desk: wires the model and the UI libraries to the process.
#include "MainWindow.h"

#include "core/AppInfo.h"
#include "core/Logger.h"
#include "settings/Settings.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

int main(int argc, char *argv[])
{
    paylink::AppInfo::applyNames();
    paylink::Logger::install(QStringLiteral("paylink-desk"));
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(paylink::AppInfo::appId());
    QGuiApplication::setWindowIcon(QIcon::fromTheme(paylink::AppInfo::appId()));

    // The language follows the system unless the preferences override it.
    const QString language = paylink::Settings().language();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(locale, QStringLiteral("paylink-desk"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Payment links and QR invoices."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "The payments database (default: %1).")
            .arg(paylink::Database::defaultPath()),
        QCoreApplication::translate("main", "PATH"));
    parser.addOption(dbOption);
    parser.process(app);

    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : paylink::Database::defaultPath();
    auto db = paylink::Database::open(path);
    if (!db) {
        qCritical("%s (%s)", qUtf8Printable(db.error().message), qUtf8Printable(db.error().detail));
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Paylink Desk"),
                              db.error().message);
        return 1;
    }
    qInfo("Paylink Desk %s started on %s", qUtf8Printable(paylink::AppInfo::version()),
          qUtf8Printable((*db)->path()));

    paylink::MainWindow window(std::move(db).value());
    window.show();
    return app.exec();
}
