#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace paylink {

// Begins a write transaction and rolls it back on destruction unless commit()
// succeeded. On SQLite it takes the write lock at once (BEGIN IMMEDIATE), so a
// second writer waits for the busy timeout instead of failing half-way.
class TransactionGuard
{
public:
    explicit TransactionGuard(QSqlDatabase db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    // False when BEGIN failed; error() says why.
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_sqlite = false;
    Error m_error;
};

} // namespace paylink
