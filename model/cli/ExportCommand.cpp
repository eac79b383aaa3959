#include "Command.h"
#include "FilterOptions.h"

#include "csv/PaymentExport.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>

namespace paylink::cli {

namespace {

class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(paylink::cli::ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return tr("Write the payments to a CSV file (RFC 4180, UTF-8).");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addDbOption(parser);
        addFilterOptions(parser);
        parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
                           tr("The CSV file to write (replaced atomically)."),
                           tr("FILE") });
        parser.addOption({ QStringLiteral("delimiter"), tr("Field delimiter: , (default) or ;."),
                           tr("D"), QStringLiteral(",") });
        parser.addOption({ QStringLiteral("bom"),
                           tr("Start the file with a UTF-8 byte order mark (for Excel).") });
        parser.addOption({ QStringLiteral("raw"),
                           tr("Write every value as it is. By default a value that starts with "
                              "=, +, -, @, a tab or a carriage return gets a leading ' so that "
                              "a spreadsheet shows it as text instead of running it as a "
                              "formula; paylink paybylink import takes that ' away again.") });
        parser.addOption({ QStringLiteral("links"),
                           tr("Only what is sent out: orderRef, customerName, amount, currency, "
                              "link, shortLink.") });
    }

    int execute(const QCommandLineParser &parser, Io io) const override
    {
        if (!parser.isSet(QStringLiteral("o")))
            return usageError(io, name(), tr("-o FILE is required."));
        const QString delimiter = parser.value(QStringLiteral("delimiter"));
        if (delimiter != QLatin1String(",") && delimiter != QLatin1String(";"))
            return usageError(io, name(), tr("--delimiter “%1” is not , or ;.").arg(delimiter));
        int code = ExitOk;
        const std::optional<PaymentFilter> filter = filterFrom(parser, name(), io, code);
        if (!filter)
            return code;
        auto db = openDatabase(parser);
        if (!db)
            return fail(io, ExitInvalidData, db.error());

        const QString path = parser.value(QStringLiteral("o"));
        const Result<PaymentExport::Written> written =
            PaymentExport::run(**db, *filter, path,
                               { delimiter.at(0), parser.isSet(QStringLiteral("bom")),
                                 !parser.isSet(QStringLiteral("raw")) },
                               {},
                               parser.isSet(QStringLiteral("links")) ? PaymentExport::Columns::Links
                                                                     : PaymentExport::Columns::All);
        if (!written)
            return fail(io, ExitInvalidData, written.error());
        io.err << tr("Exported %n payment(s) to %1.", nullptr, int(written->rows))
                      .arg(QDir::toNativeSeparators(path))
               << '\n';
        if (const QString note = written->note(); !note.isEmpty())
            io.err << tr("Note: %1").arg(note) << '\n';
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace paylink::cli
