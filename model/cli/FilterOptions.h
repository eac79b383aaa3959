#pragma once

#include "Cli.h"
#include "store/PaymentFilter.h"

#include <QCommandLineParser>

#include <optional>

namespace paylink::cli {

// --status, --search and --service, shared by `list` and `export`.
void addFilterOptions(QCommandLineParser &parser);
// The filter, or the exit code of a usage error already reported.
std::optional<PaymentFilter> filterFrom(const QCommandLineParser &parser, const QString &command,
                                        Io io, int &exitCode);

} // namespace paylink::cli
