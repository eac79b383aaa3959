#pragma once

#include "Payment.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace paylink {

class Database;

// One row of the profiles table (docs/DECISIONS.md D7): no secret, ever. The
// uid is the stable key of the profile's secrets in the keychain.
struct ProfileRow
{
    qint64 id = 0;
    QString uid;
    Service service = Service::PayByLink;
    QString name;
    QJsonObject settings;
};

class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(paylink::ProfileStore)

public:
    explicit ProfileStore(Database &db);

    Result<QList<ProfileRow>> list(std::optional<Service> service = std::nullopt) const;
    Result<std::optional<ProfileRow>> find(qint64 id) const;
    Result<std::optional<ProfileRow>> findByName(const QString &name) const;

    // Gives the row a new uid (unless it has one) and its id. Names are unique
    // across services; a taken name is refused with a clear message.
    Status insert(ProfileRow &row);
    Status update(const ProfileRow &row);
    // Payments and import batches keep their rows; their profile becomes none.
    Status remove(qint64 id);

    // The profile of `service` with this id or name. When there is none, the
    // error is `gone` (%1: the id) or, by name, `unknown` (%1: the name) or
    // `unknownAmong` (%1: the name, %2: the service's profile names).
    Result<ProfileRow> findOf(Service service, qint64 id, const QString &gone) const;
    Result<ProfileRow> findOf(Service service, const QString &name, const QString &unknown,
                              const QString &unknownAmong) const;

    // Each row of `service` through `fromRow` (ProfileRow -> Result<P>); the
    // first failure stops the list.
    template<typename P, typename FromRow>
    Result<QList<P>> listAs(Service service, FromRow fromRow) const
    {
        const Result<QList<ProfileRow>> rows = list(service);
        if (!rows)
            return rows.error();
        QList<P> profiles;
        for (const ProfileRow &row : *rows) {
            Result<P> p = fromRow(row);
            if (!p)
                return p.error();
            profiles.append(std::move(p).value());
        }
        return profiles;
    }

private:
    Database &m_db;
};

} // namespace paylink
