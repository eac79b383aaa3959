#include "TableReader.h"

#include "Database.h"
#include "core/BackgroundPool.h"

#include <QObject>
#include <QThread>

#include <sqlite3.h>

#include <limits>

namespace paylink {

struct TableReader::Worker
{
    QThread thread;
    QObject context; // lives on `thread`; jobs are queued to it
    std::unique_ptr<Database> db; // created, used and destroyed on `thread`
    std::shared_ptr<std::atomic<quint64>> current;
    quint64 job = 0; // generation of the job running, on `thread`

    static int progress(void *self)
    {
        auto *w = static_cast<Worker *>(self);
        return w->job != w->current->load() ? 1 : 0;
    }

    Result<Database *> open(const QString &path)
    {
        if (!db) {
            runInBackground();
            auto opened = Database::open(path);
            if (!opened)
                return opened.error();
            db = std::move(opened).value();
            if (sqlite3 *handle = db->sqliteHandle())
                sqlite3_progress_handler(handle, 1000, &Worker::progress, this);
        }
        return db.get();
    }
};

TableReader::TableReader(const QString &path)
    : m_path(path)
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    for (auto &worker : m_workers) {
        worker = std::make_unique<Worker>();
        worker->current = m_generation;
        worker->context.moveToThread(&worker->thread);
        worker->thread.setObjectName(QStringLiteral("table reader"));
        worker->thread.start();
    }
}

TableReader::~TableReader()
{
    m_generation->store(std::numeric_limits<quint64>::max());
    for (auto &worker : m_workers) {
        Worker *w = worker.get();
        // Closed on its own thread, before quit(): a queued call could be
        // left unrun once the loop is told to quit.
        QMetaObject::invokeMethod(
            &w->context, [w] { w->db.reset(); }, Qt::BlockingQueuedConnection);
        w->thread.quit();
        w->thread.wait();
    }
}

void TableReader::setGeneration(quint64 generation)
{
    m_generation->store(generation);
}

void TableReader::run(Lane lane, quint64 generation, std::function<void(Result<Database *>)> job)
{
    Worker *w = m_workers[lane].get();
    QMetaObject::invokeMethod(
        &w->context,
        [w, generation, path = m_path, job = std::move(job)] {
            if (generation != w->current->load())
                return;
            w->job = generation;
            job(w->open(path));
        },
        Qt::QueuedConnection);
}

} // namespace paylink
