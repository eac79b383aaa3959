#pragma once

#include <QObject>
#include <QTimer>

namespace paylink {

class Database;

// Notices commits by other connections and processes (the CLI, a second window)
// by polling `PRAGMA data_version`, which changes only when someone else writes.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ChangeWatcher(Database &db, int intervalMs = 1000, QObject *parent = nullptr);

    void check();

signals:
    void changedElsewhere();

private:
    Database &m_db;
    QTimer m_timer;
    qint64 m_version = -1;
};

} // namespace paylink
