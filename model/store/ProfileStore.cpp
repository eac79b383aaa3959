#include "ProfileStore.h"

#include "Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace paylink {

namespace {

ProfileRow rowFrom(const QSqlQuery &q)
{
    ProfileRow r;
    r.id = q.value(0).toLongLong();
    r.uid = q.value(1).toString();
    r.service = serviceFromName(q.value(2).toString()).value_or(Service::PayByLink);
    r.name = q.value(3).toString();
    r.settings = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    return r;
}

QString settingsText(const QJsonObject &settings)
{
    return QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact));
}

bool isUniqueViolation(const QSqlError &e)
{
    return e.nativeErrorCode() == QLatin1String("2067") // SQLITE_CONSTRAINT_UNIQUE
        || e.nativeErrorCode() == QLatin1String("23505"); // PostgreSQL unique_violation
}

const QString kColumns = QStringLiteral("id, uid, service, name, settings");

} // namespace

ProfileStore::ProfileStore(Database &db)
    : m_db(db)
{ }

Result<QList<ProfileRow>> ProfileStore::list(std::optional<Service> service) const
{
    QSqlQuery q(m_db.connection());
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM profiles");
    if (service)
        sql += QStringLiteral(" WHERE service = ?");
    sql += QStringLiteral(" ORDER BY name");
    q.prepare(sql);
    if (service)
        q.addBindValue(serviceName(*service));
    if (!q.exec())
        return m_db.failure(tr("The profiles could not be read."), q.lastError());
    QList<ProfileRow> rows;
    while (q.next())
        rows.append(rowFrom(q));
    if (q.lastError().isValid())
        return m_db.failure(tr("The profiles could not be read."), q.lastError());
    return rows;
}

Result<std::optional<ProfileRow>> ProfileStore::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM profiles WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.failure(tr("The profile could not be read."), q.lastError());
    if (!q.next()) {
        if (q.lastError().isValid())
            return m_db.failure(tr("The profile could not be read."), q.lastError());
        return std::optional<ProfileRow>();
    }
    return std::optional<ProfileRow>(rowFrom(q));
}

Result<std::optional<ProfileRow>> ProfileStore::findByName(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM profiles WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return m_db.failure(tr("The profile could not be read."), q.lastError());
    if (!q.next()) {
        if (q.lastError().isValid())
            return m_db.failure(tr("The profile could not be read."), q.lastError());
        return std::optional<ProfileRow>();
    }
    return std::optional<ProfileRow>(rowFrom(q));
}

Result<ProfileRow> ProfileStore::findOf(Service service, qint64 id, const QString &gone) const
{
    const Result<std::optional<ProfileRow>> row = find(id);
    if (!row)
        return row.error();
    if (!row->has_value() || (*row)->service != service)
        return Error { gone.arg(id), {} };
    return **row;
}

Result<ProfileRow> ProfileStore::findOf(Service service, const QString &name,
                                        const QString &unknown, const QString &unknownAmong) const
{
    const Result<std::optional<ProfileRow>> row = findByName(name);
    if (!row)
        return row.error();
    if (row->has_value() && (*row)->service == service)
        return **row;
    QStringList names;
    if (const Result<QList<ProfileRow>> all = list(service); all)
        for (const ProfileRow &r : *all)
            names.append(r.name);
    return Error { names.isEmpty() ? unknown.arg(name)
                                   : unknownAmong.arg(name, names.join(QStringLiteral(", "))),
                   {} };
}

Status ProfileStore::insert(ProfileRow &row)
{
    if (row.name.trimmed().isEmpty())
        return Error { tr("Profile name: enter a name."), {} };
    if (row.uid.isEmpty())
        row.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO profiles (uid, service, name, settings, created_at, "
                             "updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(row.uid);
    q.addBindValue(serviceName(row.service));
    q.addBindValue(row.name);
    q.addBindValue(settingsText(row.settings));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        if (isUniqueViolation(q.lastError()))
            return Error { tr("A profile named “%1” already exists; choose another name or edit "
                              "that profile.")
                               .arg(row.name),
                           q.lastError().text() };
        return m_db.failure(tr("The profile could not be saved."), q.lastError());
    }
    row.id = q.lastInsertId().toLongLong();
    return success();
}

Status ProfileStore::update(const ProfileRow &row)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE profiles SET name = ?, settings = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(row.name);
    q.addBindValue(settingsText(row.settings));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(row.id);
    if (!q.exec()) {
        if (isUniqueViolation(q.lastError()))
            return Error {
                tr("A profile named “%1” already exists; choose another name.").arg(row.name),
                q.lastError().text()
            };
        return m_db.failure(tr("The profile could not be saved."), q.lastError());
    }
    if (q.numRowsAffected() == 0)
        return Error { tr("The profile “%1” no longer exists.").arg(row.name), {} };
    return success();
}

Status ProfileStore::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM profiles WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.failure(tr("The profile could not be removed."), q.lastError());
    return success();
}

} // namespace paylink
