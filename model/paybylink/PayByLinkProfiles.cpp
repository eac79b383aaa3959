#include "PayByLinkProfiles.h"

#include "secrets/SecretStore.h"
#include "store/Database.h"
#include "store/ProfileStore.h"

namespace paylink {

namespace {

Result<PayByLinkProfile> fromRow(const ProfileRow &row)
{
    return profileFromRow<PayByLinkProfile>(row, PayByLinkProfiles::tr("Profile “%1”: %2"));
}

ProfileRow toRow(const PayByLinkProfile &profile)
{
    return profileToRow(profile, Service::PayByLink);
}

} // namespace

PayByLinkProfiles::PayByLinkProfiles(Database &db, const SecretStore &secrets)
    : m_db(db)
    , m_secrets(secrets)
{ }

QString PayByLinkProfiles::passwordKey(const PayByLinkProfile &profile)
{
    return SecretStore::profileKey(profile.uid, QStringLiteral("password"));
}

Result<QList<PayByLinkProfile>> PayByLinkProfiles::list() const
{
    return ProfileStore(m_db).listAs<PayByLinkProfile>(Service::PayByLink, fromRow);
}

Result<PayByLinkProfile> PayByLinkProfiles::load(qint64 id) const
{
    const Result<ProfileRow> row = ProfileStore(m_db).findOf(
        Service::PayByLink, id, tr("PayByLink profile %1 no longer exists."));
    if (!row)
        return row.error();
    return fromRow(*row);
}

Result<PayByLinkProfile> PayByLinkProfiles::load(const QString &name) const
{
    const Result<ProfileRow> row = ProfileStore(m_db).findOf(
        Service::PayByLink, name,
        tr("There is no PayByLink profile named “%1”; add one first (paylink profile add "
           "paybylink NAME …)."),
        tr("There is no PayByLink profile named “%1”; the profiles are: %2."));
    if (!row)
        return row.error();
    return fromRow(*row);
}

Status PayByLinkProfiles::add(PayByLinkProfile &profile, const QString &password)
{
    if (Status s = profile.validate(); !s)
        return s;
    if (password.isEmpty())
        return Error { tr("Password: enter the API user's password."), {} };
    profile.entityKey = *PayByLinkSigner::normaliseEntityKey(profile.entityKey);
    ProfileRow row = toRow(profile);
    row.id = 0;
    ProfileStore store(m_db);
    if (Status s = store.insert(row); !s)
        return s;
    profile.id = row.id;
    profile.uid = row.uid;
    if (Status s = m_secrets.write(passwordKey(profile), password); !s) {
        (void)store.remove(row.id);
        profile.id = 0;
        return Error { tr("The profile was not added: %1").arg(s.error().message),
                       s.error().detail };
    }
    return success();
}

Status PayByLinkProfiles::update(const PayByLinkProfile &profile,
                                 const std::optional<QString> &password)
{
    if (Status s = profile.validate(); !s)
        return s;
    if (password && password->isEmpty())
        return Error { tr("Password: enter the API user's password."), {} };
    PayByLinkProfile normalised = profile;
    normalised.entityKey = *PayByLinkSigner::normaliseEntityKey(profile.entityKey);
    if (password)
        if (Status s = m_secrets.write(passwordKey(profile), *password); !s)
            return s;
    return ProfileStore(m_db).update(toRow(normalised));
}

Status PayByLinkProfiles::remove(const PayByLinkProfile &profile, bool force)
{
    const Status secret = m_secrets.remove(passwordKey(profile));
    if (!secret && !force)
        return Error {
            tr("The profile “%1” was kept: %2").arg(profile.name, secret.error().message),
            secret.error().detail
        };
    if (Status s = ProfileStore(m_db).remove(profile.id); !s)
        return s;
    if (!secret)
        return Error { tr("The profile “%1” was removed, but its password may still be in the "
                          "keychain: %2")
                           .arg(profile.name, secret.error().message),
                       secret.error().detail };
    return success();
}

Result<std::optional<QString>> PayByLinkProfiles::password(const PayByLinkProfile &profile) const
{
    return m_secrets.read(passwordKey(profile));
}

} // namespace paylink
