#include "Bitrix24Options.h"

#include "Command.h"

#include "core/Redactor.h"
#include "core/WebLink.h"
#include "secrets/SecretFile.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace paylink::cli {

namespace {

class Bitrix24Options
{
    Q_DECLARE_TR_FUNCTIONS(paylink::cli::Bitrix24Options)
};

} // namespace

void addBitrix24Options(QCommandLineParser &parser, bool withProfile)
{
    if (withProfile)
        parser.addOption({ QStringLiteral("profile"),
                           Bitrix24Options::tr("A saved Bitrix24 portal."),
                           Bitrix24Options::tr("NAME") });
    parser.addOption(
        { QStringLiteral("webhook-file"),
          Bitrix24Options::tr("File whose first line is the incoming-webhook URL (else "
                              "$PAYLINK_BITRIX24_WEBHOOK)."),
          Bitrix24Options::tr("FILE") });
    parser.addOption({ QStringLiteral("portal"),
                       Bitrix24Options::tr("The portal address, for OAuth."),
                       Bitrix24Options::tr("URL") });
    parser.addOption({ QStringLiteral("token-file"),
                       Bitrix24Options::tr(
                           "JSON file with access_token, refresh_token, client_id, "
                           "client_secret and oauth_server (OAuth; else $PAYLINK_BITRIX24_TOKEN)."),
                       Bitrix24Options::tr("FILE") });
    parser.addOption(
        { QStringLiteral("ca-file"),
          Bitrix24Options::tr("A CA certificate (PEM) to trust for this portal, e.g. an "
                              "on-premise portal's own CA (may repeat)."),
          Bitrix24Options::tr("PEM") });
    parser.addOption(
        { QStringLiteral("enterprise"),
          Bitrix24Options::tr("Pace requests for an Enterprise plan (5 a second, bursts of "
                              "250) instead of 2 and 50.") });
    parser.addOption(
        { QStringLiteral("link-host"),
          Bitrix24Options::tr("A host besides the portal's own that its payment links may lead "
                              "to (may repeat); links to any other host are refused."),
          Bitrix24Options::tr("HOST") });
    if (!withProfile)
        return;
    parser.addOption({ QStringLiteral("timeout"),
                       Bitrix24Options::tr("Seconds one request may take, headers and body "
                                           "(default 30)."),
                       Bitrix24Options::tr("S") });
    parser.addOption({ QStringLiteral("deadline"),
                       Bitrix24Options::tr("Seconds the whole command may talk to the portal, "
                                           "retries and waits included (default 60, at most "
                                           "86400); then it ends with exit 3."),
                       Bitrix24Options::tr("S") });
    addDbOption(parser);
}

int bitrix24Connection(const QCommandLineParser &parser, Io io, const QString &command,
                       Bitrix24Connection *out)
{
    Bitrix24Connection c;
    // optionNames(): what was given, without a warning for options that
    // `profile add bitrix24` does not define.
    const QStringList given = parser.optionNames();
    if (given.contains(QStringLiteral("profile"))) {
        for (const char *other : { "webhook-file", "portal", "token-file" })
            if (parser.isSet(QString::fromLatin1(other)))
                return usageError(
                    io, command,
                    Bitrix24Options::tr("--profile and --%1 exclude each other: a saved portal "
                                        "brings its own address and secrets.")
                        .arg(QString::fromLatin1(other)));
        auto db = openDatabase(parser);
        if (!db)
            return fail(io, ExitInvalidData, db.error());
        SecretStore secrets;
        Bitrix24Portals portals(**db, secrets);
        Result<Bitrix24Profile> profile = portals.load(parser.value(QStringLiteral("profile")));
        if (!profile)
            return fail(io, ExitInvalidData, profile.error());
        Result<Bitrix24Credentials> credentials = portals.credentials(*profile);
        if (!credentials)
            return fail(io, ExitInvalidData, credentials.error());
        c.portal = profile->portal;
        c.credentials = std::move(credentials).value();
        c.profile = std::move(profile).value();
    } else if (parser.isSet(QStringLiteral("portal"))
               || parser.isSet(QStringLiteral("token-file"))) {
        // The token file's JSON, from the file or from $PAYLINK_BITRIX24_TOKEN.
        const bool fromFile = parser.isSet(QStringLiteral("token-file"));
        if (!parser.isSet(QStringLiteral("portal"))
            || (!fromFile && !qEnvironmentVariableIsSet("PAYLINK_BITRIX24_TOKEN")))
            return usageError(
                io, command,
                Bitrix24Options::tr("OAuth needs both --portal URL and "
                                    "--token-file FILE (or $PAYLINK_BITRIX24_TOKEN)."));
        c.portal.auth = Bitrix24Portal::Auth::OAuth;
        c.portal.portalUrl = QUrl(parser.value(QStringLiteral("portal")));
        if (Status s =
                Bitrix24Client::checkPortalUrl(c.portal.portalUrl, Bitrix24Options::tr("--portal"));
            !s)
            return fail(io, ExitRemote, s.error());
        QByteArray json;
        QString source = QStringLiteral("$PAYLINK_BITRIX24_TOKEN");
        if (fromFile) {
            QFile file(parser.value(QStringLiteral("token-file")));
            if (!file.open(QIODevice::ReadOnly))
                return fail(io, ExitInvalidData,
                            { Bitrix24Options::tr("--token-file: “%1” cannot be read: %2.")
                                  .arg(file.fileName(), file.errorString()),
                              {} });
            json = file.read(1 << 20);
            source = Bitrix24Options::tr("--token-file: “%1”").arg(file.fileName());
        } else {
            json = qgetenv("PAYLINK_BITRIX24_TOKEN");
        }
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(json, &parseError).object();
        if (parseError.error != QJsonParseError::NoError)
            return fail(
                io, ExitInvalidData,
                { Bitrix24Options::tr("%1 is not JSON (%2).").arg(source, parseError.errorString()),
                  {} });
        c.credentials.accessToken = o.value(QLatin1String("access_token")).toString();
        c.credentials.refreshToken = o.value(QLatin1String("refresh_token")).toString();
        c.credentials.clientId = o.value(QLatin1String("client_id")).toString();
        c.credentials.clientSecret = o.value(QLatin1String("client_secret")).toString();
        for (const QString &secret :
             { c.credentials.accessToken, c.credentials.refreshToken, c.credentials.clientSecret })
            Redactor::registerSecret(secret);
        if (c.credentials.accessToken.isEmpty())
            return fail(io, ExitInvalidData,
                        { Bitrix24Options::tr("%1: access_token is missing.").arg(source), {} });
        if (const QString server = o.value(QLatin1String("oauth_server")).toString();
            !server.isEmpty())
            c.portal.oauthServer = QUrl(server);
    } else {
        QString webhook;
        if (parser.isSet(QStringLiteral("webhook-file"))) {
            const Result<SecretFile::Secret> secret =
                SecretFile::read(parser.value(QStringLiteral("webhook-file")),
                                 Bitrix24Options::tr("The webhook URL"));
            if (!secret)
                return fail(io, ExitInvalidData, secret.error());
            for (const QString &w : secret->warnings)
                io.err << Bitrix24Options::tr("Warning: %1").arg(w) << '\n';
            webhook = secret->value.trimmed();
        } else if (qEnvironmentVariableIsSet("PAYLINK_BITRIX24_WEBHOOK")) {
            webhook = qEnvironmentVariable("PAYLINK_BITRIX24_WEBHOOK").trimmed();
        } else {
            return usageError(
                io, command,
                Bitrix24Options::tr("give --webhook-file FILE (or $PAYLINK_BITRIX24_WEBHOOK), or "
                                    "--portal URL and --token-file FILE."));
        }
        Redactor::registerSecret(webhook);
        if (Status s = Bitrix24Client::checkWebhookUrl(webhook); !s)
            return fail(io,
                        webhook.startsWith(QLatin1String("http://")) ? ExitRemote : ExitInvalidData,
                        s.error());
        c.credentials.webhookUrl = webhook;
    }
    for (const QString &path : parser.values(QStringLiteral("ca-file"))) {
        const Result<QList<QSslCertificate>> certs = Bitrix24Portals::readCaFile(path);
        if (!certs)
            return fail(io, ExitInvalidData,
                        { Bitrix24Options::tr("--ca-file: %1").arg(certs.error().message), {} });
        c.portal.extraCas += *certs;
    }
    if (parser.isSet(QStringLiteral("enterprise"))) {
        if (c.profile)
            c.profile->enterprise = true;
        c.portal.drainPerSecond = 5;
        c.portal.burst = 250;
    }
    if (given.contains(QStringLiteral("timeout"))) {
        bool ok = false;
        const int seconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 600)
            return usageError(io, command, Bitrix24Options::tr("--timeout is 1 to 600 seconds."));
        c.portal.timeoutMs = seconds * 1000;
    }
    c.portal.deadlineMs = 60 * 1000;
    if (given.contains(QStringLiteral("deadline"))) {
        bool ok = false;
        const int seconds = parser.value(QStringLiteral("deadline")).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 86400)
            return usageError(io, command,
                              Bitrix24Options::tr("--deadline is 1 to 86400 seconds."));
        c.portal.deadlineMs = qint64(seconds) * 1000;
    }
    for (const QString &text : parser.values(QStringLiteral("link-host"))) {
        const Result<QString> host = WebLink::parseHost(text);
        if (!host)
            return usageError(io, command,
                              Bitrix24Options::tr("--link-host: %1").arg(host.error().message));
        if (!c.portal.linkHosts.contains(*host))
            c.portal.linkHosts.append(*host);
    }
    *out = std::move(c);
    return ExitOk;
}

} // namespace paylink::cli
