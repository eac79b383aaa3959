#include "Command.h"

#include "store/Database.h"
#include "store/PaymentStore.h"

#include <QCoreApplication>

namespace paylink::cli {

namespace {

class MarkPaidCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(paylink::cli::MarkPaidCommand)

public:
    explicit MarkPaidCommand(bool paid)
        : m_paid(paid)
    { }

    QString name() const override
    {
        return m_paid ? QStringLiteral("mark-paid") : QStringLiteral("mark-unpaid");
    }
    QString summary() const override
    {
        return m_paid ? tr("Mark payments as paid by hand.")
                      : tr("Mark paid payments as not paid (back to ready, or draft without a "
                           "link).");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addDbOption(parser);
        parser.addOption({ QStringLiteral("id"),
                           tr("Local id of the payment, as `list` prints it; several with commas."),
                           tr("N") });
    }

    int execute(const QCommandLineParser &parser, Io io) const override
    {
        if (!parser.isSet(QStringLiteral("id")))
            return usageError(io, name(), tr("--id N is required."));
        QList<qint64> ids;
        for (const QString &part : parser.values(QStringLiteral("id")).join(u',').split(u',')) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                return usageError(
                    io, name(),
                    tr("--id “%1” is not a payment id (a whole number from 1).").arg(part));
            ids << id;
        }
        auto db = openDatabase(parser);
        if (!db)
            return fail(io, ExitInvalidData, db.error());
        if (Status s = PaymentStore(**db).markPaid(ids, m_paid); !s)
            return fail(io, ExitInvalidData, s.error());
        io.err << (m_paid ? tr("Marked %n payment(s) paid.", nullptr, int(ids.size()))
                          : tr("Marked %n payment(s) unpaid.", nullptr, int(ids.size())))
               << '\n';
        return ExitOk;
    }

private:
    bool m_paid;
};

} // namespace

std::unique_ptr<Command> makeMarkPaidCommand(bool paid)
{
    return std::make_unique<MarkPaidCommand>(paid);
}

} // namespace paylink::cli
