#pragma once

#include <QStringList>
#include <QTextStream>

namespace paylink::cli {

// Exit codes of `paylink` (docs/DECISIONS.md D11, CLI.md).
enum ExitCode { ExitOk = 0, ExitInvalidData = 1, ExitUsage = 2, ExitRemote = 3 };

// Where a command writes: results to `out`, messages for people to `err`.
struct Io
{
    QTextStream &out;
    QTextStream &err;
};

// Runs `paylink` with `arguments` (without the program name) and returns the
// exit code. The GUI-less library behind app/cli_main.cpp and the CLI tests.
int run(const QStringList &arguments, Io io);

} // namespace paylink::cli
