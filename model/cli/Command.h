#pragma once

#include <QCoreApplication>

#include "Cli.h"

#include "core/Result.h"

#include <QCommandLineParser>
#include <QString>

#include <memory>

namespace paylink {
class Database;
}

namespace paylink::cli {

// One `paylink` command. Parses its own flags; usage errors exit 2.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(paylink::cli::Command)

public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    virtual int execute(const QCommandLineParser &parser, Io io) const = 0;

    // Parses `args` (without the command's name), handles --help and usage
    // errors, then calls execute(). Groups of commands override it.
    virtual int run(const QStringList &args, Io io) const;
};

// Shared pieces of the commands.
void addDbOption(QCommandLineParser &parser);
Result<std::unique_ptr<Database>> openDatabase(const QCommandLineParser &parser);
int usageError(Io io, const QString &command, const QString &message);
int fail(Io io, int code, const Error &error);

std::unique_ptr<Command> makeListCommand();
std::unique_ptr<Command> makeExportCommand();
std::unique_ptr<Command> makeMarkPaidCommand(bool paid);
std::unique_ptr<Command> makeQrCommand();
std::unique_ptr<Command> makeInvoicesCommand();
std::unique_ptr<Command> makeVerifyCommand();
std::unique_ptr<Command> makePayByLinkCommand();
std::unique_ptr<Command> makeProfileCommand();
std::unique_ptr<Command> makePayByLinkImportCommand();
std::unique_ptr<Command> makeBitrix24Command();

} // namespace paylink::cli
