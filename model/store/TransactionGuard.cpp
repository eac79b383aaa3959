#include "TransactionGuard.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace paylink {

TransactionGuard::TransactionGuard(QSqlDatabase db)
    : m_db(std::move(db))
    , m_sqlite(m_db.driverName() == QLatin1String("QSQLITE"))
{
    if (m_sqlite) {
        QSqlQuery q(m_db);
        m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_error = sqlError(
                QCoreApplication::translate("paylink::TransactionGuard",
                                            "The database is busy or read-only; try again."),
                q.lastError(), m_db.databaseName());
    } else {
        m_active = m_db.transaction();
        if (!m_active)
            m_error = sqlError(
                QCoreApplication::translate("paylink::TransactionGuard",
                                            "The database is busy or read-only; try again."),
                m_db.lastError(), m_db.databaseName());
    }
}

TransactionGuard::~TransactionGuard()
{
    rollback();
}

Status TransactionGuard::commit()
{
    if (!m_active)
        return m_error.message.isEmpty()
            ? Error { QCoreApplication::translate("paylink::TransactionGuard",
                                                  "No transaction is open."),
                      {} }
            : m_error;
    bool ok;
    QSqlError error;
    if (m_sqlite) {
        QSqlQuery q(m_db);
        ok = q.exec(QStringLiteral("COMMIT"));
        error = q.lastError();
    } else {
        ok = m_db.commit();
        error = m_db.lastError();
    }
    if (!ok) {
        rollback();
        return sqlError(QCoreApplication::translate("paylink::TransactionGuard",
                                                    "The changes could not be saved (the disk may "
                                                    "be full); nothing was written."),
                        error, m_db.databaseName());
    }
    m_active = false;
    return success();
}

void TransactionGuard::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_sqlite) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        m_db.rollback();
    }
}

} // namespace paylink
