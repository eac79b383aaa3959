#include "Bitrix24Portals.h"

#include "core/Redactor.h"
#include "core/WebLink.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"
#include "store/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace paylink {

namespace {

const QLatin1String kWebhook("webhook");
const QLatin1String kAccess("access_token");
const QLatin1String kRefresh("refresh_token");
const QLatin1String kClientSecret("client_secret");

QUrl originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                        | QUrl::RemoveUserInfo);
}

Result<Bitrix24Profile> fromRow(const ProfileRow &row)
{
    return profileFromRow<Bitrix24Profile>(row, Bitrix24Portals::tr("Portal “%1”: %2"));
}

ProfileRow toRow(const Bitrix24Profile &profile)
{
    return profileToRow(profile, Service::Bitrix24);
}

} // namespace

QJsonObject Bitrix24Profile::toJson() const
{
    QJsonArray cas;
    for (const QSslCertificate &c : portal.extraCas)
        cas.append(QString::fromLatin1(c.toPem()));
    QJsonObject o {
        { QStringLiteral("auth"),
          portal.auth == Bitrix24Portal::Auth::OAuth ? QStringLiteral("oauth")
                                                     : QStringLiteral("webhook") },
        { QStringLiteral("portal"), originOf(portal.portalUrl).toString() },
        { QStringLiteral("enterprise"), enterprise },
        { QStringLiteral("caCertificates"), cas },
    };
    if (!portal.linkHosts.isEmpty())
        o.insert(QStringLiteral("linkHosts"), QJsonArray::fromStringList(portal.linkHosts));
    if (portal.auth == Bitrix24Portal::Auth::OAuth) {
        o.insert(QStringLiteral("oauthServer"), portal.oauthServer.toString());
        o.insert(QStringLiteral("clientId"), clientId);
    }
    return o;
}

Result<Bitrix24Profile> Bitrix24Profile::fromJson(const QJsonObject &o)
{
    Bitrix24Profile p;
    const QString auth = o.value(QLatin1String("auth")).toString();
    if (auth == QLatin1String("oauth"))
        p.portal.auth = Bitrix24Portal::Auth::OAuth;
    else if (auth != QLatin1String("webhook"))
        return Error { Bitrix24Portals::tr("its kind “%1” is neither webhook nor oauth.").arg(auth),
                       {} };
    p.portal.portalUrl = QUrl(o.value(QLatin1String("portal")).toString());
    if (Status s = Bitrix24Client::checkPortalUrl(p.portal.portalUrl); !s)
        return s.error();
    if (p.portal.auth == Bitrix24Portal::Auth::OAuth) {
        const QString server = o.value(QLatin1String("oauthServer")).toString();
        if (!server.isEmpty())
            p.portal.oauthServer = QUrl(server);
        p.clientId = o.value(QLatin1String("clientId")).toString();
    }
    p.enterprise = o.value(QLatin1String("enterprise")).toBool();
    if (p.enterprise) {
        p.portal.drainPerSecond = 5;
        p.portal.burst = 250;
    }
    for (const QJsonValue &host : o.value(QLatin1String("linkHosts")).toArray()) {
        const Result<QString> parsed = WebLink::parseHost(host.toString());
        if (!parsed)
            return Error { Bitrix24Portals::tr("a saved link host: %1").arg(parsed.error().message),
                           {} };
        p.portal.linkHosts.append(*parsed);
    }
    for (const QJsonValue &pem : o.value(QLatin1String("caCertificates")).toArray()) {
        const QList<QSslCertificate> certs =
            QSslCertificate::fromData(pem.toString().toLatin1(), QSsl::Pem);
        if (certs.isEmpty())
            return Error { Bitrix24Portals::tr("a saved CA certificate is not PEM."), {} };
        p.portal.extraCas += certs;
    }
    return p;
}

QString Bitrix24Profile::describe() const
{
    const QString origin = originOf(portal.portalUrl).toString();
    return portal.auth == Bitrix24Portal::Auth::OAuth
        ? Bitrix24Portals::tr("%1 (OAuth)").arg(origin)
        : Bitrix24Portals::tr("%1 (webhook)").arg(origin);
}

Bitrix24Portals::Bitrix24Portals(Database &db, const SecretStore &secrets)
    : m_db(db)
    , m_secrets(secrets)
{ }

Result<QList<QSslCertificate>> Bitrix24Portals::readCaFile(const QString &path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return Error { tr("“%1” does not exist.").arg(shown), {} };
    if (info.isDir())
        return Error {
            tr("“%1” is a folder; choose the CA certificate file (PEM) in it.").arg(shown), {}
        };
    constexpr qint64 kMaxBytes = 1 << 20;
    if (info.size() > kMaxBytes)
        return Error { tr("“%1” is too large to be a CA certificate.").arg(shown), {} };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("“%1” cannot be read: %2.").arg(shown, file.errorString()), {} };
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromData(file.read(kMaxBytes), QSsl::Pem);
    if (certificates.isEmpty())
        return Error { tr("“%1” holds no PEM certificate.").arg(shown), {} };
    return certificates;
}

QStringList Bitrix24Portals::secretNames()
{
    return { kWebhook, kAccess, kRefresh, kClientSecret };
}

Result<QList<Bitrix24Profile>> Bitrix24Portals::list() const
{
    return ProfileStore(m_db).listAs<Bitrix24Profile>(Service::Bitrix24, fromRow);
}

Result<Bitrix24Profile> Bitrix24Portals::load(qint64 id) const
{
    const Result<ProfileRow> row = ProfileStore(m_db).findOf(
        Service::Bitrix24, id, tr("Bitrix24 portal %1 no longer exists."));
    if (!row)
        return row.error();
    return fromRow(*row);
}

Result<Bitrix24Profile> Bitrix24Portals::load(const QString &name) const
{
    const Result<ProfileRow> row = ProfileStore(m_db).findOf(
        Service::Bitrix24, name,
        tr("There is no Bitrix24 portal named “%1”; add one first (paylink profile add "
           "bitrix24 NAME --webhook-file FILE)."),
        tr("There is no Bitrix24 portal named “%1”; the portals are: %2."));
    if (!row)
        return row.error();
    return fromRow(*row);
}

Status Bitrix24Portals::writeSecrets(const Bitrix24Profile &profile,
                                     const Bitrix24Credentials &c) const
{
    const auto key = [&profile](QLatin1String name) {
        return SecretStore::profileKey(profile.uid, name);
    };
    if (profile.portal.auth == Bitrix24Portal::Auth::Webhook)
        return m_secrets.write(key(kWebhook), c.webhookUrl.trimmed());
    if (Status s = m_secrets.write(key(kAccess), c.accessToken); !s)
        return s;
    if (!c.refreshToken.isEmpty())
        if (Status s = m_secrets.write(key(kRefresh), c.refreshToken); !s)
            return s;
    if (!c.clientSecret.isEmpty())
        if (Status s = m_secrets.write(key(kClientSecret), c.clientSecret); !s)
            return s;
    return success();
}

Status Bitrix24Portals::add(Bitrix24Profile &profile, const Bitrix24Credentials &credentials)
{
    if (profile.name.trimmed().isEmpty())
        return Error { tr("Name: give the portal a name."), {} };
    for (const QString &secret : { credentials.webhookUrl, credentials.accessToken,
                                   credentials.refreshToken, credentials.clientSecret })
        Redactor::registerSecret(secret);
    if (profile.portal.auth == Bitrix24Portal::Auth::Webhook) {
        if (Status s = Bitrix24Client::checkWebhookUrl(credentials.webhookUrl); !s)
            return s;
        profile.portal.portalUrl = originOf(QUrl(credentials.webhookUrl.trimmed()));
    } else {
        if (Status s = Bitrix24Client::checkPortalUrl(profile.portal.portalUrl); !s)
            return s;
        if (Status s = Bitrix24Client::checkPortalUrl(profile.portal.oauthServer,
                                                      tr("The OAuth server address"));
            !s)
            return s;
        if (credentials.accessToken.isEmpty())
            return Error { tr("OAuth: the access token is missing."), {} };
        if (!credentials.refreshToken.isEmpty()
            && (credentials.clientId.isEmpty() || credentials.clientSecret.isEmpty()))
            return Error { tr("OAuth: refreshing needs the application's client id and client "
                              "secret as well."),
                           {} };
        profile.clientId = credentials.clientId;
        profile.portal.portalUrl = originOf(profile.portal.portalUrl);
    }
    ProfileRow row = toRow(profile);
    row.id = 0;
    ProfileStore store(m_db);
    if (Status s = store.insert(row); !s)
        return s;
    profile.id = row.id;
    profile.uid = row.uid;
    if (Status s = writeSecrets(profile, credentials); !s) {
        for (const QString &name : secretNames())
            (void)m_secrets.remove(SecretStore::profileKey(profile.uid, name));
        (void)store.remove(row.id);
        profile.id = 0;
        return Error { tr("The portal was not added: %1").arg(s.error().message),
                       s.error().detail };
    }
    return success();
}

Status Bitrix24Portals::update(Bitrix24Profile &profile,
                               const std::optional<Bitrix24Credentials> &credentials)
{
    if (profile.name.trimmed().isEmpty())
        return Error { tr("Name: give the portal a name."), {} };
    if (credentials) {
        if (profile.portal.auth == Bitrix24Portal::Auth::Webhook) {
            if (Status s = Bitrix24Client::checkWebhookUrl(credentials->webhookUrl); !s)
                return s;
            profile.portal.portalUrl = originOf(QUrl(credentials->webhookUrl.trimmed()));
        } else if (credentials->accessToken.isEmpty()) {
            return Error { tr("OAuth: the access token is missing."), {} };
        }
        if (Status s = writeSecrets(profile, *credentials); !s)
            return s;
    }
    return ProfileStore(m_db).update(toRow(profile));
}

Status Bitrix24Portals::remove(const Bitrix24Profile &profile, bool force)
{
    QString failed;
    QString detail;
    // The kind's own secrets; optional ones only when there is one to delete.
    const bool webhook = profile.portal.auth == Bitrix24Portal::Auth::Webhook;
    const QList<QLatin1String> names = webhook
        ? QList<QLatin1String> { kWebhook }
        : QList<QLatin1String> { kAccess, kRefresh, kClientSecret };
    for (const QLatin1String name : names) {
        const QString key = SecretStore::profileKey(profile.uid, name);
        if (name == kRefresh || name == kClientSecret) {
            const auto present = m_secrets.read(key);
            if (present && !present->has_value())
                continue;
        }
        const Status s = m_secrets.remove(key);
        if (!s && failed.isEmpty()) {
            failed = s.error().message;
            detail = s.error().detail;
        }
    }
    if (!failed.isEmpty() && !force)
        return Error { tr("The portal “%1” was kept: %2").arg(profile.name, failed), detail };
    if (Status s = ProfileStore(m_db).remove(profile.id); !s)
        return s;
    if (!failed.isEmpty())
        return Error { tr("The portal “%1” was removed, but its secrets may still be in the "
                          "keychain: %2")
                           .arg(profile.name, failed),
                       detail };
    return success();
}

Result<Bitrix24Credentials> Bitrix24Portals::credentials(const Bitrix24Profile &profile) const
{
    const auto read = [&](QLatin1String name) -> Result<QString> {
        const Result<std::optional<QString>> v =
            m_secrets.read(SecretStore::profileKey(profile.uid, name));
        if (!v)
            return v.error();
        const QString value = v->value_or(QString());
        Redactor::registerSecret(value);
        return value;
    };
    Bitrix24Credentials c;
    c.clientId = profile.clientId;
    const QString again = m_secrets.isPersistent()
        ? tr("add the portal again (paylink profile remove, then profile add).")
        : m_secrets.sessionOnlyMessage();
    if (profile.portal.auth == Bitrix24Portal::Auth::Webhook) {
        const Result<QString> webhook = read(kWebhook);
        if (!webhook)
            return webhook.error();
        if (webhook->isEmpty())
            return Error { tr("The webhook of portal “%1” is not in the keychain: %2")
                               .arg(profile.name, again),
                           {} };
        c.webhookUrl = *webhook;
        return c;
    }
    for (auto [name, target] :
         { std::pair { kAccess, &c.accessToken }, std::pair { kRefresh, &c.refreshToken },
           std::pair { kClientSecret, &c.clientSecret } }) {
        const Result<QString> v = read(name);
        if (!v)
            return v.error();
        *target = *v;
    }
    if (c.accessToken.isEmpty())
        return Error { tr("The access token of portal “%1” is not in the keychain: %2")
                           .arg(profile.name, again),
                       {} };
    return c;
}

Status Bitrix24Portals::saveTokens(const SecretStore &secrets, const Bitrix24Profile &profile,
                                   const QString &accessToken, const QString &refreshToken)
{
    Redactor::registerSecret(accessToken);
    Redactor::registerSecret(refreshToken);
    if (Status s = secrets.write(SecretStore::profileKey(profile.uid, kAccess), accessToken); !s)
        return s;
    return secrets.write(SecretStore::profileKey(profile.uid, kRefresh), refreshToken);
}

} // namespace paylink
