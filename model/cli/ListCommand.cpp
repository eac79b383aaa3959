#include "Command.h"
#include "FilterOptions.h"

#include "core/Money.h"
#include "store/Database.h"
#include "store/PaymentRecord.h"
#include "store/PaymentStore.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace paylink::cli {

namespace {

// One line per row: tabs and line breaks inside values become spaces.
QString cell(QString value)
{
    value.replace(u'\t', u' ');
    value.replace(u'\r', u' ');
    value.replace(u'\n', u' ');
    return value;
}

class ListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(paylink::cli::ListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override { return tr("List the payments in the database."); }

    void addOptions(QCommandLineParser &parser) const override
    {
        addDbOption(parser);
        addFilterOptions(parser);
        parser.addOption({ QStringLiteral("json"), tr("Print a JSON array of payment objects.") });
    }

    int execute(const QCommandLineParser &parser, Io io) const override
    {
        int code = ExitOk;
        const std::optional<PaymentFilter> filter = filterFrom(parser, name(), io, code);
        if (!filter)
            return code;
        auto db = openDatabase(parser);
        if (!db)
            return fail(io, ExitInvalidData, db.error());
        const bool json = parser.isSet(QStringLiteral("json"));
        PaymentStore store(**db);
        const PaymentSort byId { PaymentField::Id, Qt::AscendingOrder };
        constexpr int kPage = 2000;
        if (json)
            io.out << '[';
        bool first = true;
        for (qint64 offset = 0;; offset += kPage) {
            Result<QList<Payment>> rows = store.list(*filter, byId, kPage, offset);
            if (!rows)
                return fail(io, ExitInvalidData, rows.error());
            for (const Payment &p : *rows) {
                if (json) {
                    io.out << (first ? "\n" : ",\n")
                           << QString::fromUtf8(QJsonDocument(PaymentRecord::toJson(p))
                                                    .toJson(QJsonDocument::Compact));
                } else {
                    io.out << p.id << '\t' << serviceName(p.service) << '\t'
                           << statusName(p.effectiveStatus()) << '\t' << cell(p.orderRef) << '\t'
                           << cell(p.customerName) << '\t'
                           << Money::plain(p.amountMinor, p.currency) << '\t' << p.currency << '\t'
                           << cell(p.preferredLink()) << '\n';
                }
                first = false;
            }
            if (rows->size() < kPage)
                break;
        }
        if (json)
            io.out << (first ? "]\n" : "\n]\n");
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeListCommand()
{
    return std::make_unique<ListCommand>();
}

} // namespace paylink::cli
