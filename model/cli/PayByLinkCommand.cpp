#include "Command.h"

#include "core/Currency.h"
#include "core/Money.h"
#include "core/Redactor.h"
#include "paybylink/PayByLinkSigner.h"
#include "secrets/SecretFile.h"
#include "store/Database.h"
#include "store/PaymentStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace paylink::cli {

namespace {

// The typed flags go through a profile's parameter mapping.
const char *const kTypedFlags[] = { "order", "amount",      "currency", "name",     "email",
                                    "phone", "description", "expiry",   "language", "gender" };

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
        parser.addOption(
            { QStringLiteral("profile"), tr("A saved PayByLink profile."), tr("NAME") });
        parser.addOption(
            { QStringLiteral("entity-key"), tr("The entity key (a GUID)."), tr("KEY") });
        parser.addOption(
            { QStringLiteral("user"), tr("The API user name (parameter u)."), tr("USER") });
        parser.addOption(
            { QStringLiteral("password-file"),
              tr("File whose first line is the API password (else $PAYLINK_PASSWORD)."),
              tr("FILE") });
        parser.addOption(
            { QStringLiteral("production"), tr("Production instead of the test system.") });
        parser.addOption(
            { QStringLiteral("mandate"), tr("A mandate link instead of a payment link.") });
        parser.addOption({ QStringLiteral("mt"), tr("Mapping template."), tr("TEMPLATE") });
        parser.addOption(
            { QStringLiteral("exu"), tr("URL shown when the link has expired."), tr("URL") });
        parser.addOption(
            { QStringLiteral("eru"), tr("URL shown when an error occurs."), tr("URL") });
        parser.addOption({ QStringLiteral("param"),
                           tr("A raw parameter, taken verbatim (may repeat; kept in order)."),
                           tr("NAME=VALUE") });
        parser.addOption({ QStringLiteral("hash-length"), tr("64 (default, safest) or 10."),
                           tr("N"), QStringLiteral("64") });
        parser.addOption(
            { QStringLiteral("short-alias"),
              tr("Print the spbl.eu short alias instead (production; not confirmed by a "
                 "published vector).") });
        parser.addOption({ QStringLiteral("save"), tr("Also store the link as a payment.") });
        parser.addOption({ QStringLiteral("json"), tr("Print a JSON object with url and hash.") });
        addDbOption(parser);
        for (const char *flag : kTypedFlags)
            parser.addOption({ QString::fromLatin1(flag),
                               tr("Typed %1, through the profile's parameter mapping.")
                                   .arg(QString::fromLatin1(flag)),
                               tr("VALUE") });
    }

    int execute(const QCommandLineParser &parser, Io io) const override
    {
        if (parser.isSet(QStringLiteral("profile"))) {
            // Profiles live in the database; look the name up there.
            auto db = openDatabase(parser);
            if (!db)
                return fail(io, ExitInvalidData, db.error());
            QSqlQuery q((*db)->connection());
            q.prepare(
                QStringLiteral("SELECT id FROM profiles WHERE name = ? AND service = 'paybylink'"));
            q.addBindValue(parser.value(QStringLiteral("profile")));
            if (!q.exec() || !q.next())
                return fail(
                    io, ExitInvalidData,
                    { tr("There is no PayByLink profile named “%1”. Sign with --entity-key, "
                         "--user and a password instead.")
                          .arg(parser.value(QStringLiteral("profile"))),
                      {} });
            return fail(io, ExitInvalidData,
                        { tr("Signing with a saved profile is not available in this version yet; "
                             "sign with --entity-key, --user and a password."),
                          {} });
        }
        for (const char *flag : kTypedFlags) {
            if (parser.isSet(QString::fromLatin1(flag)))
                return usageError(
                    io, name(),
                    tr("--%1 needs --profile (its parameter mapping); without a profile "
                       "give raw parameters with --param.")
                        .arg(QString::fromLatin1(flag)));
        }
        if (!parser.isSet(QStringLiteral("entity-key")))
            return usageError(io, name(), tr("--entity-key KEY is required without --profile."));
        if (!parser.isSet(QStringLiteral("user")) || parser.value(QStringLiteral("user")).isEmpty())
            return usageError(io, name(), tr("--user USER is required without --profile."));

        PayByLinkSigner::Request request;
        request.entityKey = parser.value(QStringLiteral("entity-key"));
        request.environment = parser.isSet(QStringLiteral("production"))
            ? PayByLinkSigner::Environment::Production
            : PayByLinkSigner::Environment::Test;
        request.kind = parser.isSet(QStringLiteral("mandate")) ? PayByLinkSigner::Kind::Mandate
                                                               : PayByLinkSigner::Kind::Payment;
        bool ok = false;
        request.hashLength = parser.value(QStringLiteral("hash-length")).toInt(&ok);
        if (!ok || (request.hashLength != 10 && request.hashLength != 64))
            return usageError(io, name(), tr("--hash-length is 10 or 64."));

        // mt, u, exu, eru first when present, in that order, then the --params.
        if (parser.isSet(QStringLiteral("mt")))
            request.parameters.append({ QStringLiteral("mt"), parser.value(QStringLiteral("mt")) });
        request.parameters.append({ QStringLiteral("u"), parser.value(QStringLiteral("user")) });
        for (const char *flag : { "exu", "eru" })
            if (parser.isSet(QString::fromLatin1(flag)))
                request.parameters.append(
                    { QString::fromLatin1(flag), parser.value(QString::fromLatin1(flag)) });
        for (const QString &raw : parser.values(QStringLiteral("param"))) {
            const qsizetype eq = raw.indexOf(u'=');
            if (eq < 0)
                return usageError(io, name(),
                                  tr("--param “%1” has no “=”: write NAME=VALUE.").arg(raw));
            if (eq == 0)
                return usageError(io, name(), tr("--param “%1” has no name before “=”.").arg(raw));
            request.parameters.append({ raw.left(eq), raw.mid(eq + 1) });
        }

        // The password: never an argument.
        if (parser.isSet(QStringLiteral("password-file"))) {
            const Result<SecretFile::Secret> secret =
                SecretFile::read(parser.value(QStringLiteral("password-file")), tr("The password"));
            if (!secret)
                return fail(io, ExitInvalidData, secret.error());
            for (const QString &w : secret->warnings)
                io.err << tr("Warning: %1").arg(w) << '\n';
            request.password = secret->value;
        } else if (qEnvironmentVariableIsSet("PAYLINK_PASSWORD")) {
            request.password = qEnvironmentVariable("PAYLINK_PASSWORD");
            Redactor::registerSecret(request.password);
            for (const QString &w : SecretFile::check(request.password, tr("$PAYLINK_PASSWORD")))
                io.err << tr("Warning: %1").arg(w) << '\n';
        } else {
            return usageError(io, name(),
                              tr("the password is missing: give --password-file FILE or set "
                                 "$PAYLINK_PASSWORD (never on the command line)."));
        }

        const bool alias = parser.isSet(QStringLiteral("short-alias"));
        const Result<PayByLinkSigner::Link> link =
            alias ? PayByLinkSigner::signShortAlias(request) : PayByLinkSigner::sign(request);
        if (!link)
            return fail(io, ExitInvalidData, link.error());
        if (alias)
            io.err << tr("Note: the spbl.eu short alias is not confirmed by a published vector.")
                   << '\n';

        if (parser.isSet(QStringLiteral("save"))) {
            if (int code = save(parser, io, request, link->url); code != ExitOk)
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
    // Stores the signed link as a payment, reading the manual's default
    // parameter names (Or, A, C, N, M, P, Pn, L) where present.
    int save(const QCommandLineParser &parser, Io io, const PayByLinkSigner::Request &request,
             const QString &url) const
    {
        const auto param = [&request](const char *key) {
            for (const auto &[n, v] : request.parameters)
                if (n == QLatin1String(key))
                    return v;
            return QString();
        };
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
            return fail(io, ExitInvalidData,
                        { tr("--save: C=%1 is not an ISO 4217 currency.").arg(p.currency), {} });
        if (const QString amount = param("A"); !amount.isEmpty()) {
            const Result<qint64> minor =
                Money::parse(amount, p.currency, QStringLiteral("--save: A"));
            if (!minor)
                return fail(io, ExitInvalidData, minor.error());
            p.amountMinor = *minor;
        }
        p.link = url;
        p.status = PaymentStatus::Ready;
        p.signedParameters = request.parameters;
        auto db = openDatabase(parser);
        if (!db)
            return fail(io, ExitInvalidData, db.error());
        if (Status s = PaymentStore(**db).insert(p); !s)
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
    QString summary() const override { return tr("PayByLink links: sign."); }
    void addOptions(QCommandLineParser &) const override { }
    int execute(const QCommandLineParser &, Io) const override { return ExitUsage; }

    int run(const QStringList &args, Io io) const override
    {
        SignCommand sign;
        if (!args.isEmpty() && args.constFirst() == QLatin1String("sign"))
            return sign.run(args.mid(1), io);
        if (!args.isEmpty()
            && (args.constFirst() == QLatin1String("--help")
                || args.constFirst() == QLatin1String("-h"))) {
            io.out << tr("Usage: paylink paybylink sign [options]") << '\n'
                   << "  sign    " << sign.summary() << '\n';
            return ExitOk;
        }
        return usageError(io, name(),
                          args.isEmpty()
                              ? tr("give a sub-command: sign.")
                              : tr("unknown sub-command “%1”; the one available is sign.")
                                    .arg(args.constFirst()));
    }
};

} // namespace

std::unique_ptr<Command> makePayByLinkCommand()
{
    return std::make_unique<PayByLinkCommand>();
}

} // namespace paylink::cli
