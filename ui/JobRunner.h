#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace paylink {

class JobProgress;

// What a worker may ask while it runs.
struct JobControl
{
    std::function<void(qint64 done, qint64 total)> progress;
    std::function<bool()> cancelled;
};

// How a job ended.
struct JobOutcome
{
    bool ok = false;
    bool cancelled = false;
    qint64 count = 0;
    QString message; // for people
    QString detail; // more for people (e.g. rows left out), may be empty

    // A job that failed with `error`.
    static JobOutcome failure(const Error &error)
    {
        return JobOutcome { false, false, 0, error.message, error.detail };
    }
};

// Runs one long job at a time on a worker thread, shows it in a JobProgress
// (progress, time left, Cancel) and hands the outcome back on the GUI thread.
// After a cancel, the outcome says cancelled unless the work still completed
// (returned ok): an import that had committed is reported as imported.
// The worker opens its own database connection; nothing here touches SQL.
class JobRunner : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<JobOutcome(const JobControl &control)>;
    using Done = std::function<void(const JobOutcome &outcome)>;

    JobRunner(JobProgress *progress, QObject *parent = nullptr);

    bool isRunning() const { return m_running; }
    // The running job's title, as shown in the progress (empty when idle).
    QString title() const { return m_running ? m_title : QString(); }
    // False (and nothing started) while another job runs.
    bool start(const QString &title, Work work, Done done);
    // Asks the running job to stop at its next cancel point.
    void cancel();

signals:
    void runningChanged(bool running);

private:
    JobProgress *m_progress;
    bool m_running = false;
    QString m_title;
};

} // namespace paylink
