#pragma once

#include <QCoreApplication>

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

struct sqlite3;

namespace paylink {

class SearchStrategy;

// One open connection to the payments database (docs/DECISIONS.md D3, D4).
// One Database per thread: open another one for a worker thread.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(paylink::Database)

public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens or creates the file, applies pragmas and pending migrations. Refuses a
    // folder, an unwritable location, and a file that is not a Paylink Desk
    // database; such a file is left untouched.
    static Result<std::unique_ptr<Database>> open(const QString &path);
    // Stops before migrating past `maxVersion` (tests of migrations).
    static Result<std::unique_ptr<Database>> openAtVersion(const QString &path, int maxVersion);

    static QString defaultPath();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    bool isSqlite() const;
    // The raw handle for bulk writes; nullptr on other drivers.
    sqlite3 *sqliteHandle() const;
    const SearchStrategy &search() const { return *m_search; }

    // Changes when another connection commits (PRAGMA data_version).
    qint64 dataVersion() const;

    // A consistent copy of the whole database, written 0600 (VACUUM INTO).
    Status backupTo(const QString &file) const;
    // Replaces the payments in `target` with those of the copy at `backup`
    // after checking the copy and bringing it to today's schema. The current
    // content is kept as `<target>.before-restore.bak`. The copy goes in
    // through SQLite's backup API as one write, so other programs that have
    // the file open go on safely and see the restored content (D39).
    static Status restore(const QString &backup, const QString &target);

    // SQLite's quick_check: every page readable and well formed. Reads the whole
    // file (about 0.7 s for 200,000 payments), so callers run it off the GUI thread.
    // Stops early (with an error) once `cancel` is set, as when the window
    // closes during the check.
    Status quickCheck(const std::atomic_bool *cancel = nullptr) const;

    // The search index compared with the table (FTS5's own check); when
    // they disagree, the index is rebuilt from the table in one transaction.
    // True when it was rebuilt. Reads the whole index: off the GUI thread.
    Result<bool> repairSearchIndex();

    // From now on a commit on this connection that leaves the write-ahead log
    // at 1,000 pages or more does not copy it into the file itself (SQLite's
    // automatic checkpoint, up to a second after a bulk import); a pool thread
    // does, on a connection of its own (D33). For the GUI thread's connection.
    // `done` (optional) is called on that thread with the frames in the log.
    void checkpointOffThread(std::function<void(int frames)> done = {});

    // sqlError() naming this database's file.
    Error failure(const QString &message, const class QSqlError &error) const;

    // Plain checks shared by open and restore.
    static Status checkFile(const QString &path, bool mayCreate);

private:
    Database() = default;
    static Result<std::unique_ptr<Database>> openImpl(const QString &path, int maxVersion);
    // Why a database that exists could not be opened, by its real cause: a
    // folder without room for -wal/-shm, a full disk, or SQLite's own code.
    static Error openFailure(const QString &path, const class QSqlError &error);
    static constexpr qint64 kMinFreeBytes = 1 << 20;

    QString m_path;
    QString m_connectionName;
    int m_schemaVersion = 0;
    std::unique_ptr<SearchStrategy> m_search;
    struct OffThreadCheckpoint;
    std::shared_ptr<OffThreadCheckpoint> m_checkpoint;
};

// Error text for a failed query, with the driver's words as detail. A damaged
// file, a full disk or a busy database get their own advice, naming `file`.
Error sqlError(const QString &message, const class QSqlError &error, const QString &file = {});
// The same advice for a raw SQLite result code (primary or extended).
QString sqliteAdvice(const QString &message, int sqliteCode, const QString &file);
// The Error for a raw SQLite result code: that advice, `detail`, and a busy
// database marked as a service not available now (D11).
Error sqliteFailure(const QString &message, int sqliteCode, const QString &file,
                    const QString &detail);

} // namespace paylink
