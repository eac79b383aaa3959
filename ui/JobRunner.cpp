#include "JobRunner.h"

#include "JobProgress.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent>

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

    auto *watcher = new QFutureWatcher<JobOutcome>(this);
    connect(m_progress, &JobProgress::cancelRequested, watcher, [watcher] { watcher->cancel(); });
    connect(
        watcher, &QFutureWatcher<JobOutcome>::progressValueChanged, this,
        [this, watcher](int value) { m_progress->setProgress(value, watcher->progressMaximum()); });
    connect(watcher, &QFutureWatcher<JobOutcome>::finished, this, [this, watcher, done] {
        watcher->deleteLater();
        disconnect(m_progress, &JobProgress::cancelRequested, watcher, nullptr);
        m_progress->finish();
        m_running = false;
        emit runningChanged(false);
        JobOutcome outcome;
        if (watcher->isCanceled() || watcher->future().resultCount() == 0)
            outcome.cancelled = true;
        else
            outcome = watcher->result();
        done(outcome);
    });
    watcher->setFuture(QtConcurrent::run([work](QPromise<JobOutcome> &promise) {
        JobControl control;
        control.progress = [&promise](qint64 doneCount, qint64 total) {
            promise.setProgressRange(0, int(std::min<qint64>(total, INT_MAX)));
            promise.setProgressValue(int(std::min<qint64>(doneCount, INT_MAX)));
        };
        control.cancelled = [&promise] { return promise.isCanceled(); };
        JobOutcome outcome = work(control);
        if (!promise.isCanceled())
            promise.addResult(std::move(outcome));
    }));
    return true;
}

void JobRunner::cancel()
{
    const QList<QFutureWatcher<JobOutcome> *> running =
        findChildren<QFutureWatcher<JobOutcome> *>(Qt::FindDirectChildrenOnly);
    for (QFutureWatcher<JobOutcome> *watcher : running)
        watcher->cancel();
}

} // namespace paylink
