#include "Command.h"
#include "FilterOptions.h"

#include "invoice/InvoiceBatch.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/PaymentStore.h"

#include <QDir>
#include <QSet>

namespace paylink::cli {

namespace {

class InvoicesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(paylink::cli::InvoicesCommand)

public:
    QString name() const override { return QStringLiteral("invoices"); }
    QString summary() const override { return tr("Write one PDF with a QR invoice per payment."); }

    void addOptions(QCommandLineParser &parser) const override
    {
        addDbOption(parser);
        addFilterOptions(parser);
        parser.addOption(
            { QStringLiteral("ids"), tr("Local ids of the payments, with commas."), tr("N,...") });
        parser.addOption(
            { QStringLiteral("all"),
              tr("Every payment (or every one matching --status, --search, --service).") });
        parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
                           tr("The PDF file to write."),
                           tr("FILE") });
        parser.addOption({ QStringLiteral("page"), tr("Paper: A4 (default) or Letter."), tr("SIZE"),
                           QStringLiteral("A4") });
        parser.addOption({ QStringLiteral("per-page"),
                           tr("Invoices a page: 1 (default), 2, 4 or 8 as labels."), tr("N"),
                           QStringLiteral("1") });
    }

    int execute(const QCommandLineParser &parser, Io io) const override
    {
        const bool all = parser.isSet(QStringLiteral("all"));
        const bool someIds = parser.isSet(QStringLiteral("ids"));
        if (all == someIds)
            return usageError(io, name(), tr("give either --ids N,... or --all."));
        if (!parser.isSet(QStringLiteral("o")))
            return usageError(io, name(), tr("-o FILE.pdf is required."));
        const QString page = parser.value(QStringLiteral("page"));
        InvoiceRenderer::Options options = InvoiceRenderer::Options::fromSettings(Settings());
        if (page.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
            options.pageSize = QPageSize(QPageSize::A4);
        else if (page.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
            options.pageSize = QPageSize(QPageSize::Letter);
        else
            return usageError(io, name(), tr("--page “%1” is not A4 or Letter.").arg(page));
        bool ok = false;
        options.perPage = parser.value(QStringLiteral("per-page")).toInt(&ok);
        if (!ok || !InvoiceRenderer::isValidPerPage(options.perPage))
            return usageError(io, name(),
                              tr("--per-page “%1” is not 1, 2, 4 or 8.")
                                  .arg(parser.value(QStringLiteral("per-page"))));
        int code = ExitOk;
        std::optional<PaymentFilter> filter = filterFrom(parser, name(), io, code);
        if (!filter)
            return code;
        QList<qint64> ids;
        if (someIds) {
            for (const QString &part :
                 parser.values(QStringLiteral("ids")).join(u',').split(u',')) {
                const qint64 id = part.trimmed().toLongLong(&ok);
                if (!ok || id <= 0)
                    return usageError(
                        io, name(),
                        tr("--ids “%1” is not a payment id (a whole number from 1).").arg(part));
                ids << id;
            }
            filter->ids = ids;
        }

        auto db = openDatabase(parser);
        if (!db)
            return fail(io, ExitInvalidData, db.error());
        const Result<QList<Payment>> rows =
            PaymentStore(**db).list(*filter, { PaymentField::Id, Qt::AscendingOrder });
        if (!rows)
            return fail(io, ExitInvalidData, rows.error());
        bool partial = false;
        if (someIds) {
            QSet<qint64> found;
            for (const Payment &p : *rows)
                found.insert(p.id);
            for (qint64 id : std::as_const(ids)) {
                if (!found.contains(id)) {
                    io.err << tr("payment %1: no payment has this id").arg(id) << '\n';
                    partial = true;
                }
            }
        }

        const QString path = parser.value(QStringLiteral("o"));
        const Result<InvoiceBatch::Outcome> outcome = InvoiceBatch::writePdf(path, *rows, options);
        if (!outcome)
            return fail(io, ExitInvalidData, outcome.error());
        for (const InvoiceBatch::Rejected &r : outcome->rejected)
            io.err << tr("payment %1: %2").arg(r.paymentId).arg(r.reason) << '\n';
        io.err << tr("Wrote %n invoice(s) to %1", nullptr, outcome->written)
                      .arg(QDir::toNativeSeparators(path))
               << ' ' << tr("(%n page(s)).", nullptr, outcome->pages) << '\n';
        return partial || !outcome->rejected.isEmpty() ? ExitInvalidData : ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeInvoicesCommand()
{
    return std::make_unique<InvoicesCommand>();
}

} // namespace paylink::cli
