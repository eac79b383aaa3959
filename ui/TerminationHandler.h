#pragma once

#include <QObject>

class QSocketNotifier;

namespace paylink {

// Turns SIGTERM, SIGINT and SIGHUP (log-out, `kill`, Ctrl+C in a terminal) into
// an orderly quit through the event loop, so windows save their state and the
// database is closed cleanly. Unix only; elsewhere it does nothing.
class TerminationHandler : public QObject
{
    Q_OBJECT

public:
    explicit TerminationHandler(QObject *parent = nullptr);
    ~TerminationHandler() override;

signals:
    void terminationRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace paylink
