#include "ChangeWatcher.h"

#include "Database.h"

namespace paylink {

ChangeWatcher::ChangeWatcher(Database &db, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_version(db.dataVersion())
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::check);
    m_timer.start();
}

void ChangeWatcher::check()
{
    const qint64 version = m_db.dataVersion();
    if (version != m_version) {
        m_version = version;
        emit changedElsewhere();
    }
}

} // namespace paylink
