#pragma once

#include "core/Result.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace paylink {

class Database;

// The threads PaymentTableModel reads on: two lanes, each a thread with its
// own connection to the database file, opened on first use. Pages run on one
// lane, so that a count or a bookmark pass on the other never holds up the
// rows on screen. A job belongs to a generation (a reload, filter or sort);
// jobs of an older one never start, and a query of one that runs is
// interrupted (SQLite's progress handler), so typing a search never waits for
// the previous letter's count.
class TableReader
{
public:
    enum Lane { Pages, Counts };

    explicit TableReader(const QString &path);
    // Interrupts what runs, drops what waits, and joins both threads.
    ~TableReader();
    TableReader(const TableReader &) = delete;
    TableReader &operator=(const TableReader &) = delete;

    void setGeneration(quint64 generation);
    // Runs `job` on the lane's thread with that lane's connection, or the
    // reason it could not be opened. The job posts its own results back.
    void run(Lane lane, quint64 generation, std::function<void(Result<Database *>)> job);

private:
    struct Worker;
    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_generation;
    std::unique_ptr<Worker> m_workers[2];
};

} // namespace paylink
