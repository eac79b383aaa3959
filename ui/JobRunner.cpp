#include "JobRunner.h"
#include "core/BackgroundPool.h"

#include "JobProgress.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent>

#include <memory>
#include <optional>

namespace paylink {

JobRunner::JobRunner(JobProgress *progress, QObject *parent)
    : QObject(parent)
    , m_progress(progress)
{ }

bool JobRunner::start(const QString &title, Work work, Done done)
{
    if (m_running)
        return false;
    m_running = true;
    m_title = title;
    m_progress->start(title);
    emit runningChanged(true);

    // What the work returned, also when a cancel came too late to stop it
    // (an import that had already committed is reported as imported).
    auto returned = std::make_shared<std::optional<JobOutcome>>();
    auto *watcher = new QFutureWatcher<void>(this);
    connect(m_progress, &JobProgress::cancelRequested, watcher, [watcher] { watcher->cancel(); });
    connect(watcher, &QFutureWatcher<void>::progressValueChanged, this, [this, watcher](int value) {
        m_progress->setProgress(value, watcher->progressMaximum());
    });
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, done, returned] {
        watcher->deleteLater();
        disconnect(m_progress, &JobProgress::cancelRequested, watcher, nullptr);
        m_progress->finish();
        m_running = false;
        emit runningChanged(false);
        // A job that stopped for a cancel returns a failure (or never
        // started); one that completed anyway keeps its outcome.
        JobOutcome outcome;
        if (returned->has_value() && ((*returned)->ok || !watcher->isCanceled()))
            outcome = std::move(**returned);
        else
            outcome.cancelled = true;
        done(outcome);
    });
    watcher->setFuture(
        QtConcurrent::run(backgroundPool(), [work, returned](QPromise<void> &promise) {
            runInBackground();
            JobControl control;
            control.progress = [&promise](qint64 doneCount, qint64 total) {
                promise.setProgressRange(0, int(std::min<qint64>(total, INT_MAX)));
                promise.setProgressValue(int(std::min<qint64>(doneCount, INT_MAX)));
            };
            control.cancelled = [&promise] { return promise.isCanceled(); };
            *returned = work(control);
        }));
    return true;
}

void JobRunner::cancel()
{
    const QList<QFutureWatcher<void> *> running =
        findChildren<QFutureWatcher<void> *>(Qt::FindDirectChildrenOnly);
    for (QFutureWatcher<void> *watcher : running)
        watcher->cancel();
}

} // namespace paylink
