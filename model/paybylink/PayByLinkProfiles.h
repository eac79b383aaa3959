#pragma once

#include "PayByLinkProfile.h"
#include "core/Result.h"

#include <QCoreApplication>

#include <optional>

namespace paylink {

class Database;
class SecretStore;

// PayByLink profiles: their settings in the database, their password in the
// keychain under the profile's uid. Adding and removing keep the two together.
class PayByLinkProfiles
{
    Q_DECLARE_TR_FUNCTIONS(paylink::PayByLinkProfiles)

public:
    PayByLinkProfiles(Database &db, const SecretStore &secrets);

    Result<QList<PayByLinkProfile>> list() const;
    Result<PayByLinkProfile> load(qint64 id) const;
    // Errors name the profile and list the ones that exist.
    Result<PayByLinkProfile> load(const QString &name) const;

    // Validates, stores the row, then the password; if the keychain refuses
    // the password, the row is taken back out.
    Status add(PayByLinkProfile &profile, const QString &password);
    // A new password only when given.
    Status update(const PayByLinkProfile &profile, const std::optional<QString> &password);
    // The keychain entry first: when the keychain refuses, the profile stays,
    // unless `force`: then the row goes and the error says what is left behind.
    Status remove(const PayByLinkProfile &profile, bool force = false);

    Result<std::optional<QString>> password(const PayByLinkProfile &profile) const;
    static QString passwordKey(const PayByLinkProfile &profile);

private:
    Database &m_db;
    const SecretStore &m_secrets;
};

} // namespace paylink
