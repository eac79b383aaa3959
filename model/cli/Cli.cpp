#include "Cli.h"

#include "Command.h"
#include "core/AppInfo.h"
#include "store/Database.h"

#include <QCoreApplication>

#include <vector>

namespace paylink::cli {

namespace {

std::vector<std::unique_ptr<Command>> commands()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(makeListCommand());
    list.push_back(makeExportCommand());
    list.push_back(makeMarkPaidCommand(true));
    list.push_back(makeMarkPaidCommand(false));
    list.push_back(makeQrCommand());
    list.push_back(makeInvoicesCommand());
    list.push_back(makeVerifyCommand());
    list.push_back(makePayByLinkCommand());
    list.push_back(makeProfileCommand());
    list.push_back(makeBitrix24Command());
    return list;
}

void printHelp(QTextStream &out)
{
    out << Command::tr("Usage: paylink <command> [options]") << '\n'
        << Command::tr(
               "Payment links and QR invoices for Bitrix24 and PayByLink, from the command line.")
        << "\n\n"
        << Command::tr("Commands:") << '\n';
    for (const auto &c : commands())
        out << "  " << c->name().leftJustified(14) << c->summary() << '\n';
    out << '\n'
        << Command::tr("Run “paylink <command> --help” for the options of a command.") << '\n'
        << Command::tr("Exit codes: 0 success, 1 invalid data, 2 usage, 3 remote or service error "
                       "(also a database another program keeps busy).")
        << '\n';
}

} // namespace

int usageError(Io io, const QString &command, const QString &message)
{
    io.err << "paylink " << command << ": " << message << '\n'
           << Command::tr("Run “paylink %1 --help” for usage.").arg(command) << '\n';
    io.err.flush();
    return ExitUsage;
}

int fail(Io io, int code, const Error &error)
{
    io.err << "paylink: " << error.message << '\n';
    io.err.flush();
    if (!error.detail.isEmpty())
        qWarning("%s (%s)", qUtf8Printable(error.message), qUtf8Printable(error.detail));
    // A busy database is a service not available now, whatever the command
    // would call a failure of its own (D11).
    return error.unavailable ? int(ExitRemote) : code;
}

void addDbOption(QCommandLineParser &parser)
{
    parser.addOption(
        { QStringLiteral("db"),
          Command::tr("The payments database (default: %1).").arg(Database::defaultPath()),
          Command::tr("PATH") });
}

Result<std::unique_ptr<Database>> openDatabase(const QCommandLineParser &parser)
{
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : Database::defaultPath();
    return Database::open(path);
}

int Command::run(const QStringList &args, Io io) const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  Command::tr("Show this help."));
    parser.addOption(help);
    addOptions(parser);
    QStringList full = args;
    full.prepend(QStringLiteral("paylink"));
    if (!parser.parse(full))
        return usageError(io, name(), parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QStringLiteral("paylink [options]"),
                     QStringLiteral("paylink %1 [options]").arg(name()));
        io.out << text;
        io.out.flush();
        return ExitOk;
    }
    const int code = execute(parser, io);
    io.out.flush();
    io.err.flush();
    return code;
}

int run(const QStringList &arguments, Io io)
{
    if (arguments.isEmpty()) {
        printHelp(io.err);
        io.err.flush();
        return ExitUsage;
    }
    const QString first = arguments.constFirst();
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        io.out << "paylink " << AppInfo::version() << '\n';
        io.out.flush();
        return ExitOk;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        printHelp(io.out);
        io.out.flush();
        return ExitOk;
    }
    for (const auto &command : commands()) {
        if (command->name() == first)
            return command->run(arguments.mid(1), io);
    }
    io.err << Command::tr("paylink: unknown command “%1”.").arg(first) << '\n';
    printHelp(io.err);
    io.err.flush();
    return ExitUsage;
}

} // namespace paylink::cli
