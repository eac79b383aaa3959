#include "FilterOptions.h"

#include "Command.h"

#include <QCoreApplication>

namespace paylink::cli {

void addFilterOptions(QCommandLineParser &parser)
{
    parser.addOption(
        { QStringLiteral("status"),
          Command::tr("Only payments with this status: draft, ready, paid, failed or expired."),
          Command::tr("S") });
    parser.addOption({ QStringLiteral("search"),
                       Command::tr("Only payments whose order, customer or e-mail contains TEXT."),
                       Command::tr("TEXT") });
    parser.addOption({ QStringLiteral("service"),
                       Command::tr("Only payments of this service: bitrix24 or paybylink."),
                       Command::tr("NAME") });
}

std::optional<PaymentFilter> filterFrom(const QCommandLineParser &parser, const QString &command,
                                        Io io, int &exitCode)
{
    PaymentFilter filter;
    filter.search = parser.value(QStringLiteral("search"));
    if (parser.isSet(QStringLiteral("status"))) {
        const QString value = parser.value(QStringLiteral("status"));
        filter.status = statusFromName(value);
        if (!filter.status) {
            exitCode =
                usageError(io, command,
                           Command::tr("--status “%1” is not one of draft, ready, paid, failed, "
                                       "expired.")
                               .arg(value));
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("service"))) {
        const QString value = parser.value(QStringLiteral("service"));
        filter.service = serviceFromName(value);
        if (!filter.service) {
            exitCode = usageError(
                io, command,
                Command::tr("--service “%1” is not one of bitrix24, paybylink.").arg(value));
            return std::nullopt;
        }
    }
    return filter;
}

} // namespace paylink::cli
