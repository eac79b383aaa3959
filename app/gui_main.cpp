// Paylink Desk: wires the model and the UI libraries to the process.
#include "MainWindow.h"
#include "OpenDatabase.h"
#include "TerminationHandler.h"

#include "core/AppInfo.h"
#include "core/Logger.h"
#include "core/Translations.h"
#include "settings/Settings.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>

int main(int argc, char *argv[])
{
    paylink::AppInfo::applyNames();
    paylink::Logger::install(QStringLiteral("paylink-desk"));
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(paylink::AppInfo::appId());
    // From here on a SIGTERM (log-out, kill) closes the windows, which saves
    // their state, and then quits.
    paylink::TerminationHandler termination;
    bool terminating = false;
    QObject::connect(&termination, &paylink::TerminationHandler::terminationRequested, &app,
                     [&terminating] {
                         terminating = true;
                         QApplication::closeAllWindows();
                         QCoreApplication::quit();
                     });
    QGuiApplication::setWindowIcon(QIcon::fromTheme(paylink::AppInfo::appId()));

    // The language follows the system unless the preferences override it.
    paylink::Translations::install(paylink::Settings().language());

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
    // Off the GUI thread: an older or large file may take seconds (D38).
    auto db = paylink::openDatabase(path);
    if (!db) {
        qCritical("%s (%s)", qUtf8Printable(db.error().message), qUtf8Printable(db.error().detail));
        std::fprintf(stderr, "paylink-desk: %s\n", qUtf8Printable(db.error().message));
        // Without a screen (offscreen smoke runs) nobody could close a dialog.
        if (QGuiApplication::platformName() != QLatin1String("offscreen")
            && QGuiApplication::platformName() != QLatin1String("minimal"))
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Paylink Desk"),
                                  db.error().message);
        return 1;
    }
    // A SIGTERM while the file was being opened: it is whole and closed again.
    if (terminating)
        return 0;
    qInfo("Paylink Desk %s started on %s", qUtf8Printable(paylink::AppInfo::version()),
          qUtf8Printable((*db)->path()));

    paylink::MainWindow window(std::move(db).value());
    window.show();
    const int code = app.exec();
    qInfo("Paylink Desk stopped");
    return code;
}
