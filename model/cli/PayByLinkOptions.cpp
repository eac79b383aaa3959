#include "PayByLinkOptions.h"

#include "Command.h"

#include "core/Redactor.h"
#include "paybylink/PayByLinkProfiles.h"
#include "secrets/SecretFile.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"

namespace paylink::cli {

namespace {

class PayByLinkOptions
{
    Q_DECLARE_TR_FUNCTIONS(paylink::cli::PayByLinkOptions)
};

} // namespace

void addPayByLinkOptions(QCommandLineParser &parser, bool withProfile)
{
    if (withProfile)
        parser.addOption({ QStringLiteral("profile"),
                           PayByLinkOptions::tr("A saved PayByLink profile."),
                           PayByLinkOptions::tr("NAME") });
    parser.addOption({ QStringLiteral("entity-key"),
                       PayByLinkOptions::tr("The entity key (a GUID)."),
                       PayByLinkOptions::tr("KEY") });
    parser.addOption({ QStringLiteral("user"),
                       PayByLinkOptions::tr("The API user name (parameter u)."),
                       PayByLinkOptions::tr("USER") });
    parser.addOption({ QStringLiteral("password-file"),
                       PayByLinkOptions::tr(
                           "File whose first line is the API password (else $PAYLINK_PASSWORD)."),
                       PayByLinkOptions::tr("FILE") });
    parser.addOption({ QStringLiteral("production"),
                       PayByLinkOptions::tr("Production instead of the test system.") });
    parser.addOption({ QStringLiteral("mandate"),
                       PayByLinkOptions::tr("A mandate link instead of a payment link.") });
    parser.addOption({ QStringLiteral("mt"), PayByLinkOptions::tr("Mapping template."),
                       PayByLinkOptions::tr("TEMPLATE") });
    parser.addOption({ QStringLiteral("exu"),
                       PayByLinkOptions::tr("URL shown when the link has expired."),
                       PayByLinkOptions::tr("URL") });
    parser.addOption({ QStringLiteral("eru"),
                       PayByLinkOptions::tr("URL shown when an error occurs."),
                       PayByLinkOptions::tr("URL") });
    parser.addOption({ QStringLiteral("hash-length"),
                       PayByLinkOptions::tr("64 (default, safest) or 10."),
                       PayByLinkOptions::tr("N") });
    parser.addOption(
        { QStringLiteral("short-alias"),
          PayByLinkOptions::tr(
              "Also make the spbl.eu short alias (production; not confirmed by a published "
              "vector).") });
}

int readPasswordOption(const QCommandLineParser &parser, Io io, QString *password)
{
    if (parser.isSet(QStringLiteral("password-file"))) {
        const Result<SecretFile::Secret> secret = SecretFile::read(
            parser.value(QStringLiteral("password-file")), PayByLinkOptions::tr("The password"));
        if (!secret)
            return fail(io, ExitInvalidData, secret.error());
        for (const QString &w : secret->warnings)
            io.err << PayByLinkOptions::tr("Warning: %1").arg(w) << '\n';
        *password = secret->value;
    } else if (qEnvironmentVariableIsSet("PAYLINK_PASSWORD")) {
        *password = qEnvironmentVariable("PAYLINK_PASSWORD");
        Redactor::registerSecret(*password);
        for (const QString &w :
             SecretFile::check(*password, PayByLinkOptions::tr("$PAYLINK_PASSWORD")))
            io.err << PayByLinkOptions::tr("Warning: %1").arg(w) << '\n';
    }
    return ExitOk;
}

int applyLinkOptions(const QCommandLineParser &parser, Io io, const QString &command,
                     PayByLinkProfile *profile)
{
    if (parser.isSet(QStringLiteral("production")))
        profile->environment = PayByLinkSigner::Environment::Production;
    if (parser.isSet(QStringLiteral("mandate")))
        profile->kind = PayByLinkSigner::Kind::Mandate;
    if (parser.isSet(QStringLiteral("mt")))
        profile->mappingTemplate = parser.value(QStringLiteral("mt"));
    if (parser.isSet(QStringLiteral("exu")))
        profile->expiredUrl = parser.value(QStringLiteral("exu"));
    if (parser.isSet(QStringLiteral("eru")))
        profile->errorUrl = parser.value(QStringLiteral("eru"));
    if (parser.isSet(QStringLiteral("hash-length"))) {
        bool ok = false;
        profile->hashLength = parser.value(QStringLiteral("hash-length")).toInt(&ok);
        if (!ok || (profile->hashLength != 10 && profile->hashLength != 64))
            return usageError(io, command, PayByLinkOptions::tr("--hash-length is 10 or 64."));
    }
    if (parser.isSet(QStringLiteral("short-alias")))
        profile->shortAlias = true;
    return ExitOk;
}

int resolvePayByLink(const QCommandLineParser &parser, Io io, const QString &command,
                     PayByLinkProfile *profile, QString *password)
{
    if (int code = readPasswordOption(parser, io, password); code != ExitOk)
        return code;

    if (parser.isSet(QStringLiteral("profile"))) {
        for (const char *flag : { "entity-key", "user" })
            if (parser.isSet(QString::fromLatin1(flag)))
                return usageError(
                    io, command,
                    PayByLinkOptions::tr("--%1 cannot be combined with --profile; edit the "
                                         "profile instead.")
                        .arg(QString::fromLatin1(flag)));
        auto db = openDatabase(parser);
        if (!db)
            return fail(io, ExitInvalidData, db.error());
        SecretStore secrets;
        const PayByLinkProfiles profiles(**db, secrets);
        Result<PayByLinkProfile> p = profiles.load(parser.value(QStringLiteral("profile")));
        if (!p)
            return fail(io, ExitInvalidData, p.error());
        *profile = std::move(p).value();
        if (password->isEmpty()) {
            const Result<std::optional<QString>> stored = profiles.password(*profile);
            if (!stored)
                return fail(io, ExitRemote, stored.error());
            if (!stored->has_value()) {
                const QString why = secrets.isPersistent()
                    ? PayByLinkOptions::tr("its password is not in the keychain")
                    : PayByLinkOptions::tr(
                        "no keychain is reachable, so its password is not available");
                return fail(
                    io, ExitInvalidData,
                    { PayByLinkOptions::tr("Profile “%1”: %2. Give --password-file FILE or set "
                                           "$PAYLINK_PASSWORD.")
                          .arg(profile->name, why),
                      {} });
            }
            *password = **stored;
        }
    } else {
        if (!parser.isSet(QStringLiteral("entity-key")))
            return usageError(
                io, command,
                PayByLinkOptions::tr("--entity-key KEY is required without --profile."));
        if (parser.value(QStringLiteral("user")).isEmpty())
            return usageError(io, command,
                              PayByLinkOptions::tr("--user USER is required without --profile."));
        if (password->isEmpty())
            return usageError(
                io, command,
                PayByLinkOptions::tr("the password is missing: give --password-file FILE or set "
                                     "$PAYLINK_PASSWORD (never on the command line)."));
        profile->name.clear();
        profile->entityKey = parser.value(QStringLiteral("entity-key"));
        profile->user = parser.value(QStringLiteral("user"));
    }
    if (int code = applyLinkOptions(parser, io, command, profile); code != ExitOk)
        return code;
    const Result<QString> key = PayByLinkSigner::normaliseEntityKey(profile->entityKey);
    if (!key)
        return fail(io, ExitInvalidData, key.error());
    profile->entityKey = *key;
    return ExitOk;
}

} // namespace paylink::cli
