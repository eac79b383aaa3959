#include "Command.h"
#include "PayByLinkOptions.h"

#include "core/Currency.h"
#include "core/Money.h"
#include "paybylink/PayByLinkOrder.h"
#include "store/Database.h"
#include "store/PaymentStore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace paylink::cli {

namespace {

class SignCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(paylink::cli::SignCommand)

public:
    QString name() const override { return QStringLiteral("paybylink sign"); }
    QString summary() const override
    {
        return tr("Sign a PayByLink createUrl link locally and print it.");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addPayByLinkOptions(parser, true);
        parser.addOption({ QStringLiteral("param"),
                           tr("A raw parameter, taken verbatim (may repeat; kept in order)."),
                           tr("NAME=VALUE") });
        parser.addOption({ QStringLiteral("save"), tr("Also store the link as a payment.") });
        parser.addOption({ QStringLiteral("json"), tr("Print a JSON object with url and hash.") });
        addDbOption(parser);
        for (PayByLinkField field : allFields())
            parser.addOption({ fieldKey(field),
                               tr("Typed %1, through the profile's parameter mapping.")
                                   .arg(fieldInSentence(field)),
                               tr("VALUE") });
    }

    int execute(const QCommandLineParser &parser, Io io) const override
    {
        const bool withProfile = parser.isSet(QStringLiteral("profile"));
        bool typed = false;
        for (PayByLinkField field : allFields()) {
            if (!parser.isSet(fieldKey(field)))
                continue;
            typed = true;
            if (!withProfile)
                return usageError(io, name(),
                                  tr("--%1 needs --profile (its parameter mapping); without a "
                                     "profile give raw parameters with --param.")
                                      .arg(fieldKey(field)));
        }
        SignedParameters raw;
        for (const QString &text : parser.values(QStringLiteral("param"))) {
            const qsizetype eq = text.indexOf(u'=');
            if (eq < 0)
                return usageError(io, name(),
                                  tr("--param “%1” has no “=”: write NAME=VALUE.").arg(text));
            if (eq == 0)
                return usageError(io, name(), tr("--param “%1” has no name before “=”.").arg(text));
            raw.append({ text.left(eq), text.mid(eq + 1) });
        }

        PayByLinkProfile profile;
        QString password;
        if (int code = resolvePayByLink(parser, io, name(), &profile, &password); code != ExitOk)
            return code;

        std::optional<PayByLinkOrder> order;
        if (typed) {
            PayByLinkOrders::Input input;
            input.defaultCurrency = profile.defaultCurrency;
            for (PayByLinkField field : allFields())
                if (parser.isSet(fieldKey(field)))
                    input.set(field, parser.value(fieldKey(field)));
            PayByLinkOrder o;
            const auto problems = PayByLinkOrders::parse(
                input,
                [](PayByLinkField f) -> QString { return QStringLiteral("--") + fieldKey(f); }, &o);
            if (!problems.isEmpty()) {
                for (const auto &problem : problems)
                    io.err << "paylink: " << problem.message << '\n';
                return ExitInvalidData;
            }
            order = std::move(o);
        }
        SignedParameters params = order ? PayByLinkOrders::parameters(profile, *order, raw)
                                        : profile.leadingParameters() + raw;
        const PayByLinkSigner::Request request =
            PayByLinkOrders::request(profile, password, std::move(params));

        const bool alias = parser.isSet(QStringLiteral("short-alias"));
        const Result<PayByLinkSigner::Link> link =
            alias ? PayByLinkSigner::signShortAlias(request) : PayByLinkSigner::sign(request);
        if (!link)
            return fail(io, ExitInvalidData, link.error());
        if (alias)
            io.err << tr("Note: the spbl.eu short alias is not confirmed by a published vector.")
                   << '\n';

        if (parser.isSet(QStringLiteral("save"))) {
            Result<Payment> payment = order
                ? PayByLinkOrders::makePayment(profile, password, *order, raw)
                : paymentFromRaw(request);
            if (!payment)
                return fail(io, ExitInvalidData, payment.error());
            if (int code = save(parser, io, std::move(payment).value()); code != ExitOk)
                return code;
        }
        if (parser.isSet(QStringLiteral("json")))
            io.out << QString::fromUtf8(
                QJsonDocument(QJsonObject { { QStringLiteral("url"), link->url },
                                            { QStringLiteral("hash"), link->hash } })
                    .toJson(QJsonDocument::Compact))
                   << '\n';
        else
            io.out << link->url << '\n';
        return ExitOk;
    }

private:
    // A payment from raw parameters, reading the manual's default names (Or,
    // A, C, N, M, P, Pn, L) where present.
    Result<Payment> paymentFromRaw(const PayByLinkSigner::Request &request) const
    {
        const auto param = [&request](const char *key) {
            for (const auto &[n, v] : request.parameters)
                if (n == QLatin1String(key))
                    return v;
            return QString();
        };
        const Result<PayByLinkSigner::Link> link = PayByLinkSigner::sign(request);
        if (!link)
            return link.error();
        Payment p;
        p.service = Service::PayByLink;
        p.orderRef = param("Or");
        p.customerName = param("N");
        p.email = param("M");
        p.phone = param("P");
        p.description = param("Pn");
        p.language = param("L");
        p.currency = param("C").isEmpty() ? QStringLiteral("EUR") : param("C").toUpper();
        if (!Currency::isKnown(p.currency))
            return Error { tr("--save: C=%1 is not an ISO 4217 currency.").arg(p.currency), {} };
        if (const QString amount = param("A"); !amount.isEmpty()) {
            const Result<qint64> minor =
                Money::parse(amount, p.currency, QStringLiteral("--save: A"));
            if (!minor)
                return minor.error();
            p.amountMinor = *minor;
        }
        p.link = link->url;
        p.status = PaymentStatus::Ready;
        p.signedParameters = request.parameters;
        return p;
    }

    int save(const QCommandLineParser &parser, Io io, Payment p) const
    {
        auto db = openDatabase(parser);
        if (!db)
            return fail(io, ExitInvalidData, db.error());
        PaymentStore store(**db);
        if (p.profileId && !p.orderRef.isEmpty()) {
            const Result<QStringList> taken = store.takenOrderRefs(*p.profileId, { p.orderRef });
            if (!taken)
                return fail(io, ExitInvalidData, taken.error());
            if (!taken->isEmpty())
                return fail(io, ExitInvalidData,
                            { tr("--order “%1” already has a payment in profile “%2”; nothing "
                                 "was saved. Re-issue that payment instead, or use another "
                                 "order reference.")
                                  .arg(p.orderRef, p.profileName),
                              {} });
        }
        if (Status s = store.insert(p); !s)
            return fail(io, ExitInvalidData, s.error());
        io.err << tr("Saved as payment %1.").arg(p.id) << '\n';
        return ExitOk;
    }
};

// `paylink paybylink <sub-command>`.
class PayByLinkCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(paylink::cli::PayByLinkCommand)

public:
    QString name() const override { return QStringLiteral("paybylink"); }
    QString summary() const override { return tr("PayByLink links: sign, import."); }
    void addOptions(QCommandLineParser &) const override { }
    int execute(const QCommandLineParser &, Io) const override { return ExitUsage; }

    int run(const QStringList &args, Io io) const override
    {
        SignCommand sign;
        const std::unique_ptr<Command> import = makePayByLinkImportCommand();
        if (!args.isEmpty() && args.constFirst() == QLatin1String("sign"))
            return sign.run(args.mid(1), io);
        if (!args.isEmpty() && args.constFirst() == QLatin1String("import"))
            return import->run(args.mid(1), io);
        if (!args.isEmpty()
            && (args.constFirst() == QLatin1String("--help")
                || args.constFirst() == QLatin1String("-h"))) {
            io.out << tr("Usage: paylink paybylink sign|import [options]") << '\n'
                   << "  sign    " << sign.summary() << '\n'
                   << "  import  " << import->summary() << '\n';
            return ExitOk;
        }
        return usageError(
            io, name(),
            args.isEmpty()
                ? tr("give a sub-command: sign or import.")
                : tr("unknown sub-command “%1”; use sign or import.").arg(args.constFirst()));
    }
};

} // namespace

std::unique_ptr<Command> makePayByLinkCommand()
{
    return std::make_unique<PayByLinkCommand>();
}

} // namespace paylink::cli
