// The `paylink` command-line companion: wires the CLI library to the process.
#include "Cli.h"
#include "core/AppInfo.h"
#include "core/Logger.h"
#include "core/Translations.h"
#include "settings/Settings.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Drawing commands run under cron and SSH: no display needed (CLI.md).
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Names first, so that the log (and Qt's own start-up warnings) land in the
    // right place before the application object exists.
    paylink::AppInfo::applyNames();
    paylink::Logger::install(QStringLiteral("paylink"));
    QGuiApplication app(argc, argv);
    paylink::Translations::install(paylink::Settings().language());

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = paylink::cli::run(app.arguments().mid(1), { out, err });
    out.flush();
    err.flush();
    return code;
}
