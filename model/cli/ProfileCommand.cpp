#include "Bitrix24Options.h"
#include "Command.h"
#include "PayByLinkOptions.h"

#include "core/Currency.h"
#include "paybylink/PayByLinkProfiles.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"
#include "store/ProfileStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paylink::cli {

namespace {

QString environmentName(const PayByLinkProfile &p)
{
    return p.environment == PayByLinkSigner::Environment::Production ? QStringLiteral("production")
                                                                     : QStringLiteral("test");
}

// `paylink profile add paybylink NAME …`
class ProfileAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(paylink::cli::ProfileAddCommand)

public:
    QString name() const override { return QStringLiteral("profile add"); }
    QString summary() const override
    {
        return tr(
            "Add a profile: paylink profile add paybylink NAME --entity-key KEY --user "
            "USER [--password-file F] …, or paylink profile add bitrix24 NAME "
            "(--webhook-file F | --portal URL --token-file F) [--ca-file PEM] [--link-host HOST]");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addPayByLinkOptions(parser, false);
        addBitrix24Options(parser, false);
        parser.addOption({ QStringLiteral("mapping"),
                           tr("The parameter mapping in URL order, e.g. "
                              "language=L,currency=C,amount=A,expiry=Ex,order=Or (fields not "
                              "listed are left out of links)."),
                           tr("FIELD=PARAM,...") });
        parser.addOption({ QStringLiteral("amount-format"),
                           tr("How amounts are written in links: comma (28,50, default), point "
                              "(28.50) or minor (2850)."),
                           tr("FORMAT") });
        parser.addOption({ QStringLiteral("date-format"),
                           tr("How dates are written in links: dashed (2016-02-29, default) or "
                              "compact (20160229)."),
                           tr("FORMAT") });
        parser.addOption({ QStringLiteral("currency"),
                           tr("Default currency when a payment gives none (EUR)."), tr("CODE") });
        addDbOption(parser);
    }

    int execute(const QCommandLineParser &parser, Io io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 2)
            return usageError(io, name(),
                              tr("give the service and a name: profile add paybylink NAME."));
        if (args.at(0) == QLatin1String("bitrix24"))
            return addBitrix24(parser, io, args.at(1));
        if (args.at(0) != QLatin1String("paybylink"))
            return usageError(
                io, name(),
                tr("unknown service “%1”; it is paybylink or bitrix24.").arg(args.at(0)));

        PayByLinkProfile profile;
        profile.name = args.at(1);
        if (!parser.isSet(QStringLiteral("entity-key")))
            return usageError(io, name(), tr("--entity-key KEY is required."));
        if (parser.value(QStringLiteral("user")).isEmpty())
            return usageError(io, name(), tr("--user USER is required."));
        profile.entityKey = parser.value(QStringLiteral("entity-key"));
        profile.user = parser.value(QStringLiteral("user"));
        if (int code = applyLinkOptions(parser, io, name(), &profile); code != ExitOk)
            return code;
        if (parser.isSet(QStringLiteral("mapping"))) {
            profile.mapping.clear();
            for (const QString &pair :
                 parser.value(QStringLiteral("mapping")).split(u',', Qt::SkipEmptyParts)) {
                const qsizetype eq = pair.indexOf(u'=');
                const auto field = fieldFromKey(pair.left(eq).trimmed());
                if (eq < 0 || !field)
                    return usageError(io, name(),
                                      tr("--mapping: “%1” is not FIELD=PARAM with FIELD one of "
                                         "order, amount, currency, name, email, phone, "
                                         "description, expiry, language, gender.")
                                          .arg(pair));
                profile.mapping.append({ *field, pair.mid(eq + 1).trimmed() });
            }
        }
        if (parser.isSet(QStringLiteral("amount-format"))) {
            const QString f = parser.value(QStringLiteral("amount-format"));
            if (f == QLatin1String("comma"))
                profile.amountFormat = PayByLinkProfile::AmountFormat::DecimalComma;
            else if (f == QLatin1String("point"))
                profile.amountFormat = PayByLinkProfile::AmountFormat::DecimalPoint;
            else if (f == QLatin1String("minor"))
                profile.amountFormat = PayByLinkProfile::AmountFormat::MinorUnits;
            else
                return usageError(io, name(), tr("--amount-format is comma, point or minor."));
        }
        if (parser.isSet(QStringLiteral("date-format"))) {
            const QString f = parser.value(QStringLiteral("date-format"));
            if (f == QLatin1String("dashed"))
                profile.dateFormat = PayByLinkProfile::DateFormat::Dashed;
            else if (f == QLatin1String("compact"))
                profile.dateFormat = PayByLinkProfile::DateFormat::Compact;
            else
                return usageError(io, name(), tr("--date-format is dashed or compact."));
        }
        if (parser.isSet(QStringLiteral("currency")))
            profile.defaultCurrency = parser.value(QStringLiteral("currency")).toUpper();

        QString password;
        if (int code = readPasswordOption(parser, io, &password); code != ExitOk)
            return code;
        if (password.isEmpty())
            return usageError(io, name(),
                              tr("the password is missing: give --password-file FILE or set "
                                 "$PAYLINK_PASSWORD (never on the command line)."));

        auto db = openDatabase(parser);
        if (!db)
            return fail(io, ExitInvalidData, db.error());
        SecretStore secrets;
        PayByLinkProfiles profiles(**db, secrets);
        if (Status s = profiles.add(profile, password); !s)
            return fail(io, ExitInvalidData, s.error());
        io.err
            << tr("Added PayByLink profile “%1” (%2).").arg(profile.name, environmentName(profile))
            << '\n';
        if (!secrets.isPersistent())
            io.err << tr("Warning: %1").arg(secrets.sessionOnlyMessage()) << '\n'
                   << tr("Give --password-file or $PAYLINK_PASSWORD when you sign with this "
                         "profile.")
                   << '\n';
        return ExitOk;
    }

private:
    int addBitrix24(const QCommandLineParser &parser, Io io, const QString &name) const;
};

int ProfileAddCommand::addBitrix24(const QCommandLineParser &parser, Io io,
                                   const QString &name) const
{
    Bitrix24Connection c;
    if (int code = bitrix24Connection(parser, io, this->name(), &c); code != ExitOk)
        return code;
    Bitrix24Profile profile;
    profile.name = name;
    profile.portal = c.portal;
    profile.enterprise = parser.isSet(QStringLiteral("enterprise"));
    auto db = openDatabase(parser);
    if (!db)
        return fail(io, ExitInvalidData, db.error());
    SecretStore secrets;
    if (Status s = Bitrix24Portals(**db, secrets).add(profile, c.credentials); !s)
        return fail(io, ExitInvalidData, s.error());
    io.err << tr("Added Bitrix24 portal “%1”: %2.").arg(profile.name, profile.describe()) << '\n';
    if (!secrets.isPersistent())
        io.err << tr("Warning: %1").arg(secrets.sessionOnlyMessage()) << '\n';
    return ExitOk;
}

// `paylink profile list`
class ProfileListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(paylink::cli::ProfileListCommand)

public:
    QString name() const override { return QStringLiteral("profile list"); }
    QString summary() const override { return tr("List the saved profiles (never a secret)."); }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({ QStringLiteral("json"), tr("Print a JSON array.") });
        addDbOption(parser);
    }

    int execute(const QCommandLineParser &parser, Io io) const override
    {
        auto db = openDatabase(parser);
        if (!db)
            return fail(io, ExitInvalidData, db.error());
        const Result<QList<ProfileRow>> rows = ProfileStore(**db).list();
        if (!rows)
            return fail(io, ExitInvalidData, rows.error());
        QJsonArray array;
        for (const ProfileRow &row : *rows) {
            QJsonObject o = row.settings;
            o.insert(QStringLiteral("name"), row.name);
            o.insert(QStringLiteral("service"), serviceName(row.service));
            o.insert(QStringLiteral("id"), row.id);
            if (parser.isSet(QStringLiteral("json"))) {
                array.append(o);
                continue;
            }
            if (row.service == Service::Bitrix24) {
                io.out << row.name << '\t' << serviceName(row.service) << '\t'
                       << o.value(QStringLiteral("auth")).toString() << '\t'
                       << o.value(QStringLiteral("portal")).toString() << '\n';
                continue;
            }
            io.out << row.name << '\t' << serviceName(row.service) << '\t'
                   << o.value(QStringLiteral("environment")).toString() << '\t'
                   << o.value(QStringLiteral("entityKey")).toString() << '\t'
                   << o.value(QStringLiteral("user")).toString() << '\n';
        }
        if (parser.isSet(QStringLiteral("json")))
            io.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))
                   << '\n';
        return ExitOk;
    }
};

// `paylink profile remove NAME`
class ProfileRemoveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(paylink::cli::ProfileRemoveCommand)

public:
    QString name() const override { return QStringLiteral("profile remove"); }
    QString summary() const override
    {
        return tr("Remove a profile and its keychain entries; its payments stay.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({ QStringLiteral("force"),
                           tr("Remove the profile even when its keychain entry cannot be "
                              "deleted now (the message says what is left behind).") });
        addDbOption(parser);
    }

    int execute(const QCommandLineParser &parser, Io io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1)
            return usageError(io, name(), tr("give the name of the profile to remove."));
        auto db = openDatabase(parser);
        if (!db)
            return fail(io, ExitInvalidData, db.error());
        SecretStore secrets;
        const bool force = parser.isSet(QStringLiteral("force"));
        const auto row = ProfileStore(**db).findByName(args.at(0));
        if (row && row->has_value() && (*row)->service == Service::Bitrix24) {
            Bitrix24Portals portals(**db, secrets);
            const Result<Bitrix24Profile> portal = portals.load((*row)->id);
            if (!portal)
                return fail(io, ExitInvalidData, portal.error());
            if (Status s = portals.remove(*portal, force); !s)
                return fail(io, ExitRemote, s.error());
            io.err << tr("Removed portal “%1” and its keychain entries; its payments stay.")
                          .arg(portal->name)
                   << '\n';
            return ExitOk;
        }
        PayByLinkProfiles profiles(**db, secrets);
        const Result<PayByLinkProfile> profile = profiles.load(args.at(0));
        if (!profile)
            return fail(io, ExitInvalidData, profile.error());
        if (Status s = profiles.remove(*profile, force); !s)
            return fail(io, ExitRemote, s.error());
        io.err << tr("Removed profile “%1” and its keychain entry; its payments stay.")
                      .arg(profile->name)
               << '\n';
        return ExitOk;
    }
};

class ProfileCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(paylink::cli::ProfileCommand)

public:
    QString name() const override { return QStringLiteral("profile"); }
    QString summary() const override { return tr("Profiles: add, list, remove."); }
    void addOptions(QCommandLineParser &) const override { }
    int execute(const QCommandLineParser &, Io) const override { return ExitUsage; }

    int run(const QStringList &args, Io io) const override
    {
        const QString sub = args.isEmpty() ? QString() : args.constFirst();
        if (sub == QLatin1String("add"))
            return ProfileAddCommand().run(args.mid(1), io);
        if (sub == QLatin1String("list"))
            return ProfileListCommand().run(args.mid(1), io);
        if (sub == QLatin1String("remove"))
            return ProfileRemoveCommand().run(args.mid(1), io);
        if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            io.out << tr("Usage: paylink profile add|list|remove [options]") << '\n'
                   << "  add     " << ProfileAddCommand().summary() << '\n'
                   << "  list    " << ProfileListCommand().summary() << '\n'
                   << "  remove  " << ProfileRemoveCommand().summary() << '\n';
            return ExitOk;
        }
        return usageError(io, name(),
                          sub.isEmpty()
                              ? tr("give a sub-command: add, list or remove.")
                              : tr("unknown sub-command “%1”; use add, list or remove.").arg(sub));
    }
};

} // namespace

std::unique_ptr<Command> makeProfileCommand()
{
    return std::make_unique<ProfileCommand>();
}

} // namespace paylink::cli
