#include "Command.h"
#include "PayByLinkOptions.h"

#include "paybylink/PayByLinkImport.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace paylink::cli {

namespace {

// `paylink paybylink import FILE.csv …`
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(paylink::cli::ImportCommand)

public:
    QString name() const override { return QStringLiteral("paybylink import"); }
    QString summary() const override
    {
        return tr("Sign a link for every row of a CSV file and store them all in one "
                  "transaction.");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addPayByLinkOptions(parser, true);
        parser.addOption({ QStringLiteral("delimiter"),
                           tr("The field delimiter: “,”, “;” or “tab” (detected when not given)."),
                           tr("D") });
        parser.addOption({ QStringLiteral("map"),
                           tr("Tie a column of the file to a field (order, name, email, phone, "
                              "amount, currency, description, expiry, language, gender); may "
                              "repeat."),
                           tr("COLUMN=FIELD") });
        parser.addOption({ QStringLiteral("param"),
                           tr("A constant raw parameter added to every link (may repeat)."),
                           tr("NAME=VALUE") });
        parser.addOption({ QStringLiteral("dry-run"),
                           tr("Check every row and report, but sign and store nothing.") });
        parser.addOption({ QStringLiteral("rejected"),
                           tr("Write the rejected rows, with an error column, to this CSV file "
                              "to fix and import again."),
                           tr("FILE") });
        parser.addOption(
            { QStringLiteral("timings"), tr("Print the time of each phase on stderr.") });
        parser.addOption({ QStringLiteral("wait"),
                           tr("When another program is writing to the database, wait up to "
                              "this many seconds for it (default 120), saying so on stderr; "
                              "then give up with nothing written."),
                           tr("SECONDS"), QStringLiteral("120") });
        addDbOption(parser);
    }

    int execute(const QCommandLineParser &parser, Io io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1)
            return usageError(io, name(), tr("give one CSV file to import."));

        QChar delimiter;
        if (parser.isSet(QStringLiteral("delimiter"))) {
            const QString d = parser.value(QStringLiteral("delimiter"));
            if (d == QLatin1String(",") || d == QLatin1String(";"))
                delimiter = d.at(0);
            else if (d == QLatin1String("tab") || d == QLatin1String("\t"))
                delimiter = u'\t';
            else
                return usageError(io, name(), tr("--delimiter is “,”, “;” or “tab”."));
        }
        QList<QPair<QString, PayByLinkField>> explicitMap;
        for (const QString &m : parser.values(QStringLiteral("map"))) {
            const qsizetype eq = m.lastIndexOf(u'=');
            const auto field = eq > 0 ? fieldFromKey(m.mid(eq + 1).trimmed()) : std::nullopt;
            if (!field)
                return usageError(io, name(),
                                  tr("--map “%1” is not COLUMN=FIELD with FIELD one of order, "
                                     "name, email, phone, amount, currency, description, "
                                     "expiry, language, gender.")
                                      .arg(m));
            for (const auto &[column, f] : std::as_const(explicitMap))
                if (f == *field)
                    return usageError(io, name(),
                                      tr("--map gives the field %1 twice (“%2” and “%3”).")
                                          .arg(fieldKey(*field), column, m.left(eq)));
            explicitMap.append({ m.left(eq), *field });
        }
        SignedParameters extra;
        for (const QString &text : parser.values(QStringLiteral("param"))) {
            const qsizetype eq = text.indexOf(u'=');
            if (eq <= 0)
                return usageError(io, name(), tr("--param “%1” is not NAME=VALUE.").arg(text));
            extra.append({ text.left(eq), text.mid(eq + 1) });
        }

        PayByLinkImport::Options options;
        if (int code = resolvePayByLink(parser, io, name(), &options.profile, &options.password);
            code != ExitOk)
            return code;
        options.extra = extra;
        options.dryRun = parser.isSet(QStringLiteral("dry-run"));
        bool waitOk = false;
        options.waitSeconds = parser.value(QStringLiteral("wait")).toInt(&waitOk);
        if (!waitOk || options.waitSeconds < 0 || options.waitSeconds > 86400)
            return usageError(io, name(), tr("--wait is a number of seconds from 0 to 86400."));
        options.waiting = [&io] {
            io.err << tr("waiting for another import (or another writer) to finish…") << '\n';
            io.err.flush();
        };
        options.source = QFileInfo(args.at(0)).fileName();

        QElapsedTimer timer;
        timer.start();
        const Result<CsvReader::Table> table = CsvReader::readFile(args.at(0), delimiter);
        if (!table)
            return fail(io, ExitInvalidData, table.error());
        const qint64 parseMs = timer.elapsed();
        const Result<PayByLinkImport::ColumnMap> map =
            PayByLinkImport::mapColumns(table->header, explicitMap);
        if (!map)
            return fail(io, ExitInvalidData, map.error());

        auto db = openDatabase(parser);
        if (!db)
            return fail(io, ExitInvalidData, db.error());
        const Result<PayByLinkImport::Report> report =
            PayByLinkImport::run(**db, *table, *map, options);
        if (!report)
            return fail(io, ExitInvalidData, report.error());

        for (const PayByLinkImport::Rejected &r : report->rejected)
            io.err << tr("row %1: %2").arg(r.row).arg(r.message) << '\n';
        if (parser.isSet(QStringLiteral("rejected")) && !report->rejected.isEmpty()) {
            if (Status s = PayByLinkImport::saveRejected(parser.value(QStringLiteral("rejected")),
                                                         *table, report->rejected);
                !s)
                return fail(io, ExitInvalidData, s.error());
        }
        if (options.dryRun)
            io.out << tr("dry run: would import %1, rejected %2")
                          .arg(report->imported)
                          .arg(report->rejected.size())
                   << '\n';
        else
            io.out
                << tr("imported %1, rejected %2").arg(report->imported).arg(report->rejected.size())
                << '\n';
        if (!options.dryRun && report->imported == 0)
            io.err << tr("No row was valid; nothing was written.") << '\n';
        else if (report->batchId > 0)
            io.err << tr("Import batch %1 (paylink list shows its payments).").arg(report->batchId)
                   << '\n';
        const bool timings = parser.isSet(QStringLiteral("timings"));
        if (timings)
            io.err << tr("parse %1 ms, check %2 ms, sign %3 ms (summed over the signing threads), "
                         "write %4 ms, index %5 ms, commit %6 ms, total %7 ms")
                          .arg(parseMs)
                          .arg(report->checkMs)
                          .arg(report->signMs)
                          .arg(report->writeMs)
                          .arg(report->indexMs)
                          .arg(report->commitMs)
                          .arg(timer.elapsed())
                   << '\n';
        const bool clean = report->rejected.isEmpty() && (options.dryRun || report->imported > 0);
        return clean ? ExitOk : ExitInvalidData;
    }
};

} // namespace

std::unique_ptr<Command> makePayByLinkImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace paylink::cli
