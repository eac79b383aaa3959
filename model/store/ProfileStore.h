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

// A profile type P with `id`, `uid`, `name`, `QJsonObject toJson()` and
// `static Result<P> fromJson(QJsonObject)`, to and from its row. `failed`
// words a settings error: %1 the profile's name, %2 the reason.
template<typename P> Result<P> profileFromRow(const ProfileRow &row, const QString &failed)
{
    Result<P> p = P::fromJson(row.settings);
    if (!p)
        return Error { failed.arg(row.name, p.error().message), {} };
    P profile = std::move(p).value();
    profile.id = row.id;
    profile.uid = row.uid;
    profile.name = row.name;
    return profile;
}

template<typename P> ProfileRow profileToRow(const P &profile, Service service)
{
    ProfileRow row;
    row.id = profile.id;
    row.uid = profile.uid;
    row.service = service;
    row.name = profile.name;
    row.settings = profile.toJson();
    return row;
}

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
