#include "OpenDatabase.h"
#include "core/BackgroundPool.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QWidget>
#include <QtConcurrent>

namespace paylink {

namespace {

// Shorter work than this shows no dialog at all, so a quick open does not flash.
constexpr int kDialogDelayMs = 400;

} // namespace

Status runWithBusyDialog(QWidget *parent, const QString &what, std::function<Status()> work)
{
    QPointer<QWidget> blocked = parent;
    const bool wasEnabled = parent && parent->isEnabled();
    if (parent)
        parent->setEnabled(false);

    QProgressDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("busyDialog"));
    dialog.setWindowTitle(QCoreApplication::translate("paylink::OpenDatabase", "Paylink Desk"));
    dialog.setLabelText(what);
    dialog.setCancelButton(nullptr); // the work ends by itself; it cannot stop halfway
    dialog.setRange(0, 0); // busy: how long is not known
    dialog.setMinimumDuration(kDialogDelayMs);
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setValue(0); // starts the delay before it shows
    // A window may be enabled under a disabled parent, and this one should
    // not look greyed out.
    dialog.setEnabled(true);

    QEventLoop loop;
    QFutureWatcher<Status> watcher;
    QObject::connect(&watcher, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(backgroundPool(), [work = std::move(work)] {
        runInBackground();
        return work();
    }));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    watcher.waitForFinished();
    dialog.hide();

    if (blocked && wasEnabled)
        blocked->setEnabled(true);
    return watcher.result();
}

Result<std::unique_ptr<Database>> openDatabase(const QString &path, QWidget *parent)
{
    const QString shown = QDir::toNativeSeparators(path);
    const Status prepared = runWithBusyDialog(
        parent,
        QCoreApplication::translate(
            "paylink::OpenDatabase",
            "Opening “%1”…\nAn older database is brought up to date first, after a "
            "backup; a very large one takes a while.")
            .arg(shown),
        [path]() -> Status {
            // This connection belongs to the worker and closes with it.
            const Result<std::unique_ptr<Database>> db = Database::open(path);
            if (!db)
                return db.error();
            return success();
        });
    if (!prepared)
        return prepared.error();
    return Database::open(path);
}

} // namespace paylink
