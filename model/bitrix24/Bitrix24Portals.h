#pragma once

#include "Bitrix24Client.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace paylink {

class Database;
class SecretStore;

// A saved Bitrix24 portal without its secrets (docs/DECISIONS.md D28).
struct Bitrix24Profile
{
    qint64 id = 0;
    QString uid;
    QString name;
    Bitrix24Portal portal; // auth, origin, OAuth server, extra CAs, pacing
    QString clientId; // OAuth application id; not a secret
    bool enterprise = false;

    QJsonObject toJson() const;
    static Result<Bitrix24Profile> fromJson(const QJsonObject &settings);
    // "https://b24.example.com (webhook)", for lists; never a secret.
    QString describe() const;
};

// Saved portals: settings in the database, secrets in the keychain under the
// profile's uid. Adding and removing keep the two together, as for PayByLink.
class Bitrix24Portals
{
    Q_DECLARE_TR_FUNCTIONS(paylink::Bitrix24Portals)

public:
    Bitrix24Portals(Database &db, const SecretStore &secrets);

    Result<QList<Bitrix24Profile>> list() const;
    Result<Bitrix24Profile> load(qint64 id) const;
    // Errors name the portal and list the saved ones.
    Result<Bitrix24Profile> load(const QString &name) const;

    // Checks the address and the secrets for the profile's kind (a webhook URL
    // over https with its /rest/<user>/<code>/ path; or an access token), sets
    // the origin from the webhook, stores the row, then the secrets; if the
    // keychain refuses, the row is taken back out.
    Status add(Bitrix24Profile &profile, const Bitrix24Credentials &credentials);
    // New secrets only when given.
    Status update(Bitrix24Profile &profile, const std::optional<Bitrix24Credentials> &credentials);
    // The keychain entries first; see PayByLinkProfiles::remove for `force`.
    Status remove(const Bitrix24Profile &profile, bool force = false);

    // The stored secrets; an error that says what to do when one is missing
    // (for example after a session-only keychain ended).
    Result<Bitrix24Credentials> credentials(const Bitrix24Profile &profile) const;
    // After a refresh: the rotated pair replaces the old one at once.
    static Status saveTokens(const SecretStore &secrets, const Bitrix24Profile &profile,
                             const QString &accessToken, const QString &refreshToken);

    static QStringList secretNames(); // webhook, access_token, refresh_token, client_secret

    // The certificates of a PEM file for a portal's own CA, with an error
    // that says what the path is instead (missing, a folder, too large, no
    // PEM). Reads at most 1 MiB: the portal dialog checks it as it is typed.
    static Result<QList<QSslCertificate>> readCaFile(const QString &path);

private:
    Status writeSecrets(const Bitrix24Profile &profile, const Bitrix24Credentials &c) const;

    Database &m_db;
    const SecretStore &m_secrets;
};

} // namespace paylink
