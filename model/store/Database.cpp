#include "Database.h"
#include "core/BackgroundPool.h"

#include "Migrations.h"
#include "SearchStrategy.h"
#include "TransactionGuard.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QThreadPool>

#include <sqlite3.h>

namespace paylink {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("paylink-%1").arg(counter.fetchAndAddRelaxed(1));
}

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlError(Database::tr("The database could not be prepared."), q.lastError());
    return success();
}

} // namespace

QString sqliteAdvice(const QString &message, int sqliteCode, const QString &file)
{
    const QString shown = QDir::toNativeSeparators(file);
    switch (sqliteCode & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Database::tr("%1 The database file “%2” is damaged; nothing was changed. Restore "
                            "it from a backup (in Paylink Desk: File ▸ Restore database…).")
            .arg(message, shown);
    case SQLITE_FULL:
        return Database::tr("%1 The disk is full: free some space and try again; nothing was "
                            "changed.")
            .arg(message);
    case SQLITE_BUSY:
        return Database::tr("%1 Another program is writing to the database; try again in a "
                            "moment.")
            .arg(message);
    case SQLITE_READONLY:
        return Database::tr("%1 The database file “%2” is read-only.").arg(message, shown);
    case SQLITE_IOERR:
        return Database::tr("%1 The database file “%2” could not be read or written (a disk or "
                            "network drive error).")
            .arg(message, shown);
    default:
        return message;
    }
}

Error sqlError(const QString &message, const QSqlError &error, const QString &file)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    if (!numeric)
        return Error { message, error.text() };
    return sqliteFailure(message, code, file, error.text());
}

Error sqliteFailure(const QString &message, int sqliteCode, const QString &file,
                    const QString &detail)
{
    return Error { sqliteAdvice(message, sqliteCode, file), detail,
                   (sqliteCode & 0xff) == SQLITE_BUSY };
}

Status Database::quickCheck(const std::atomic_bool *cancel) const
{
    sqlite3 *handle = sqliteHandle();
    if (cancel && handle)
        sqlite3_progress_handler(
            handle, 1000,
            [](void *flag) -> int {
                return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0;
            },
            const_cast<std::atomic_bool *>(cancel));
    const auto detach = qScopeGuard([handle, cancel] {
        if (cancel && handle)
            sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    });
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next())
        return failure(tr("The database could not be checked."), q.lastError());
    if (q.value(0).toString() == QLatin1String("ok"))
        return success();
    return Error { sqliteAdvice(QString(), SQLITE_CORRUPT, m_path).trimmed(),
                   q.value(0).toString() };
}

Result<bool> Database::repairSearchIndex()
{
    const QString check = m_search->checkStatement();
    if (check.isEmpty())
        return false;
    {
        QSqlQuery q(connection());
        if (q.exec(check))
            return false;
        // SQLITE_CORRUPT_VTAB is the index disagreeing with the table;
        // anything else is an error of its own.
        if (q.lastError().nativeErrorCode().toInt() != SQLITE_CORRUPT_VTAB)
            return failure(tr("The search index could not be checked."), q.lastError());
    }
    TransactionGuard tx(connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery rebuild(connection());
    if (!rebuild.exec(m_search->rebuildStatement()))
        return failure(tr("The search index could not be rebuilt."), rebuild.lastError());
    if (Status s = tx.commit(); !s)
        return s.error();
    return true;
}

Error Database::failure(const QString &message, const QSqlError &error) const
{
    return sqlError(message, error, m_path);
}

struct Database::OffThreadCheckpoint : std::enable_shared_from_this<OffThreadCheckpoint>
{
    QString path;
    std::function<void(int)> done;
    std::atomic_bool running = false;

    // SQLite's WAL hook: runs on the committing thread; the copy itself goes
    // to the pool, which keeps this state alive while it works.
    static int afterCommit(void *arg, sqlite3 *, const char *, int frames)
    {
        auto *self = static_cast<OffThreadCheckpoint *>(arg);
        if (frames < 1000 || self->running.exchange(true))
            return SQLITE_OK;
        backgroundPool()->start([live = self->shared_from_this(), frames] {
            runInBackground();
            sqlite3 *own = nullptr;
            if (sqlite3_open_v2(QFile::encodeName(live->path).constData(), &own,
                                SQLITE_OPEN_READWRITE, nullptr)
                == SQLITE_OK) {
                sqlite3_busy_timeout(own, 5000);
                sqlite3_wal_checkpoint_v2(own, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr,
                                          nullptr);
            }
            sqlite3_close(own);
            live->running = false;
            if (live->done)
                live->done(frames);
        });
        return SQLITE_OK;
    }
};

void Database::checkpointOffThread(std::function<void(int frames)> done)
{
    sqlite3 *handle = sqliteHandle();
    if (!handle)
        return;
    m_checkpoint = std::make_shared<OffThreadCheckpoint>();
    m_checkpoint->path = m_path;
    m_checkpoint->done = std::move(done);
    // Replaces the automatic checkpoint of this connection; removed again
    // before the connection closes (~Database), so the pointer stays valid.
    sqlite3_wal_hook(handle, &OffThreadCheckpoint::afterCommit, m_checkpoint.get());
}

Database::~Database()
{
    if (m_checkpoint)
        if (sqlite3 *handle = sqliteHandle())
            sqlite3_wal_hook(handle, nullptr, nullptr);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/payments.sqlite");
}

Status Database::checkFile(const QString &path, bool mayCreate)
{
    if (path.isEmpty())
        return Error { tr("No database file was given."), {} };
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.isDir())
        return Error { tr("The database path “%1” is a folder. Give the path of a file, "
                          "e.g. “%1/payments.sqlite”.")
                           .arg(shown),
                       {} };
    if (info.exists()) {
        if (!info.isFile())
            return Error { tr("The database path “%1” is not a regular file.").arg(shown), {} };
        // The file is never opened here: closing any descriptor of it drops
        // every POSIX lock this process holds on it, SQLite's included, and
        // another process would then delete the WAL under our connections
        // (D39). SQLite itself refuses a file that is not a database.
        if (!info.isWritable())
            return Error {
                tr("The database file “%1” is read-only. Check its permissions.").arg(shown), {}
            };
        return success();
    }
    if (!mayCreate)
        return Error { tr("The database file “%1” does not exist.").arg(shown), {} };
    const QString dir = info.absolutePath();
    if (!QFileInfo::exists(dir)) {
        if (!QDir().mkpath(dir))
            return Error { tr("The folder “%1” for the database cannot be created. Check the path "
                              "and its permissions.")
                               .arg(QDir::toNativeSeparators(dir)),
                           {} };
        QFile::setPermissions(dir, kOwnerOnly | QFileDevice::ExeOwner);
    }
    const QFileInfo dirInfo(dir);
    if (!dirInfo.isDir() || !dirInfo.isWritable())
        return Error { tr("The database file “%1” cannot be created: its folder is not writable. "
                          "Check the path and its permissions.")
                           .arg(shown),
                       {} };
    return success();
}

Error Database::openFailure(const QString &path, const QSqlError &error)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    const QString folder = QDir::toNativeSeparators(info.absolutePath());
    // SQLite keeps "-wal" and "-shm" files beside the database: a file it
    // may write is not enough when the folder refuses new files.
    if (!QFileInfo(info.absolutePath()).isWritable())
        return Error { tr("The database file “%1” cannot be opened: its folder “%2” is not "
                          "writable, and the database needs to keep two small files beside it "
                          "(“%3-wal” and “%3-shm”). Allow writing to the folder, or move the "
                          "file to one you can write to. Nothing was changed.")
                           .arg(shown, folder, info.fileName()),
                       error.text() };
    const QStorageInfo disk(info.absolutePath());
    if (disk.isValid() && disk.bytesAvailable() < kMinFreeBytes)
        return Error { tr("The database file “%1” cannot be opened: the disk that holds it is "
                          "full (%2 free). Free some space and try again; nothing was changed.")
                           .arg(shown, QLocale().formattedDataSize(disk.bytesAvailable())),
                       error.text() };
    return sqlError(tr("The database file “%1” cannot be opened.").arg(shown), error, path);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    return openImpl(path, Migrations::latestVersion());
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString &path, int maxVersion)
{
    return openImpl(path, maxVersion);
}

Result<std::unique_ptr<Database>> Database::openImpl(const QString &path, int maxVersion)
{
    if (Status s = checkFile(path, true); !s)
        return s.error();
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const bool existed = QFileInfo::exists(path);
    if (!existed) {
        // Create it empty and private before SQLite does; its WAL and SHM take
        // the same mode from it.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error {
                tr("The database file “%1” cannot be created: %2.").arg(shown, file.errorString()),
                {}
            };
        file.setPermissions(kOwnerOnly);
    }

    std::unique_ptr<Database> self(new Database);
    self->m_path = QFileInfo(path).absoluteFilePath();
    self->m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), self->m_connectionName);
    if (!db.isValid())
        return Error { tr("The SQLite driver of Qt is missing; install the package "
                          "libqt6sql6-sqlite."),
                       {} };
    db.setDatabaseName(self->m_path);
    if (!db.open())
        return openFailure(path, db.lastError());

    // A damaged header or a non-database file fails on the first read,
    // before anything is written.
    {
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            if ((probe.lastError().nativeErrorCode().toInt() & 0xff) == SQLITE_NOTADB)
                return Error { tr("The file “%1” is not a Paylink Desk database (it is not an "
                                  "SQLite file). It was left untouched; choose another file.")
                                   .arg(shown),
                               probe.lastError().text() };
            if ((probe.lastError().nativeErrorCode().toInt() & 0xff) == SQLITE_CORRUPT)
                return sqlError(tr("The file “%1” is damaged or not a Paylink Desk database. It "
                                   "was left untouched; restore a backup or choose another file.")
                                    .arg(shown),
                                probe.lastError());
            return openFailure(path, probe.lastError());
        }
    }
    for (const char *pragma : { "PRAGMA busy_timeout = 5000", "PRAGMA foreign_keys = ON",
                                "PRAGMA synchronous = NORMAL" }) {
        if (Status s = exec(db, QString::fromLatin1(pragma)); !s)
            return s.error();
    }
    // Refuse another program's database or a newer schema before anything is
    // written to the file (switching to WAL writes its header).
    self->m_search = SearchStrategy::forDriver(db.driverName());
    {
        const Result<int> found = Migrations::currentVersion(*self);
        if (!found)
            return found.error();
    }
    // A new file gets 32 KiB pages (D34); an existing one keeps its own, as
    // SQLite ignores this once the file has content.
    if (Status s = exec(db, QStringLiteral("PRAGMA page_size = 32768")); !s)
        return s.error();
    {
        QSqlQuery wal(db);
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return openFailure(path, wal.lastError());
        if (!wal.next()
            || wal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return sqlError(tr("The database file “%1” cannot use write-ahead logging. Is it on a "
                               "network drive? Move it to a local disk.")
                                .arg(shown),
                            wal.lastError());
    }

    Result<int> version = Migrations::migrate(*self, maxVersion);
    if (!version)
        return version.error();
    self->m_schemaVersion = *version;
    return self;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isSqlite() const
{
    return connection().driverName() == QLatin1String("QSQLITE");
}

sqlite3 *Database::sqliteHandle() const
{
    const QVariant handle = connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

qint64 Database::dataVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

Status Database::backupTo(const QString &file) const
{
    const QFileInfo info(file);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.exists())
        return Error { tr("The backup file “%1” already exists; choose a new name.").arg(shown),
                       {} };
    if (!QFileInfo(info.absolutePath()).isWritable())
        return Error { tr("The backup cannot be written to “%1”: the folder is not writable.")
                           .arg(QDir::toNativeSeparators(info.absolutePath())),
                       {} };
    // Create the target private first; VACUUM INTO writes into an empty file.
    {
        QFile target(file);
        if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error {
                tr("The backup file “%1” cannot be created: %2.").arg(shown, target.errorString()),
                {}
            };
        target.setPermissions(kOwnerOnly);
    }
    QSqlQuery q(connection());
    if (!q.prepare(QStringLiteral("VACUUM INTO ?"))) {
        QFile::remove(file);
        return sqlError(tr("The backup to “%1” failed.").arg(shown), q.lastError());
    }
    q.addBindValue(info.absoluteFilePath());
    if (!q.exec()) {
        QFile::remove(file);
        return sqlError(tr("The backup to “%1” failed; nothing was kept.").arg(shown),
                        q.lastError());
    }
    QFile::setPermissions(file, kOwnerOnly);
    return success();
}

Status Database::restore(const QString &backup, const QString &target)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(backup).absoluteFilePath());
    if (Status s = checkFile(backup, false); !s)
        return s.error();
    // Prove the copy is a readable Paylink Desk database before touching anything.
    {
        QSqlDatabase probe =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName());
        const QString name = probe.connectionName();
        probe.setDatabaseName(backup);
        probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        bool good = probe.open();
        QString detail = probe.lastError().text();
        if (good) {
            QSqlQuery q(probe);
            good = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next()
                && q.value(0).toString() == QLatin1String("ok");
            QSqlQuery v(probe);
            good = good && v.exec(QStringLiteral("SELECT max(version) FROM schema_version"))
                && v.next() && v.value(0).toInt() >= 1;
            detail = q.lastError().text() + v.lastError().text();
        }
        probe.close();
        probe = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        if (!good)
            return Error {
                tr("“%1” is not a sound Paylink Desk backup; nothing was restored.").arg(shown),
                detail
            };
    }
    const QString keep = target + QStringLiteral(".before-restore.bak");
    const QString staging = target + QStringLiteral(".restoring");
    const QStringList stagingFiles { staging, staging + QStringLiteral("-wal"),
                                     staging + QStringLiteral("-shm") };
    for (const QString &stale : stagingFiles)
        QFile::remove(stale);
    const auto dropStaging = qScopeGuard([stagingFiles] {
        for (const QString &file : stagingFiles)
            QFile::remove(file);
    });
    // The current file is kept aside first, as a consistent copy made
    // through SQLite (other programs may be writing to it); its page size is
    // the one the copy must have (SQLite copies pages of one size into a WAL
    // file).
    int pageSize = 0;
    {
        auto current = open(target);
        if (!current)
            return current.error();
        QFile::remove(keep);
        if (Status s = (*current)->backupTo(keep); !s)
            return Error { tr("The current database could not be saved aside as “%1”; nothing "
                              "was restored. %2")
                               .arg(QDir::toNativeSeparators(keep), s.error().message),
                           s.error().detail };
        QSqlQuery q((*current)->connection());
        if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
            pageSize = q.value(0).toInt();
    }
    // The backup is brought up to date on a private copy of it, with the
    // live file's page size.
    if (!QFile::copy(backup, staging))
        return Error { tr("The backup could not be copied next to the database; nothing was "
                          "restored."),
                       {} };
    QFile::setPermissions(staging, kOwnerOnly);
    const auto rawExec = [](const QString &file, const QByteArray &sql) {
        sqlite3 *h = nullptr;
        int rc = sqlite3_open_v2(QFile::encodeName(file).constData(), &h, SQLITE_OPEN_READWRITE,
                                 nullptr);
        if (rc == SQLITE_OK) {
            sqlite3_busy_timeout(h, 5000);
            rc = sqlite3_exec(h, sql.constData(), nullptr, nullptr, nullptr);
        }
        const QString message = h ? QString::fromUtf8(sqlite3_errmsg(h)) : QString();
        sqlite3_close(h);
        return rc == SQLITE_OK ? QString() : message + QStringLiteral(" (%1)").arg(rc);
    };
    if (const QString failed = rawExec(staging,
                                       "PRAGMA journal_mode = DELETE; PRAGMA page_size = "
                                           + QByteArray::number(pageSize) + "; VACUUM;");
        !failed.isEmpty())
        return Error { tr("The backup could not be prepared; nothing was restored."), failed };
    {
        auto current = open(staging); // migrations to today's schema
        if (!current)
            return Error { tr("The backup could not be brought up to date; nothing was "
                              "restored. %1")
                               .arg(current.error().message),
                           current.error().detail };
    }
    // Page by page into the live file, under its write lock, as one change:
    // other programs on the file see the restored payments at their next
    // read, and no file is deleted or replaced under them.
    sqlite3 *source = nullptr;
    sqlite3 *live = nullptr;
    const auto closeBoth = qScopeGuard([&] {
        sqlite3_close(source);
        sqlite3_close(live);
    });
    if (sqlite3_open_v2(QFile::encodeName(staging).constData(), &source, SQLITE_OPEN_READONLY,
                        nullptr)
            != SQLITE_OK
        || sqlite3_open_v2(QFile::encodeName(target).constData(), &live, SQLITE_OPEN_READWRITE,
                           nullptr)
            != SQLITE_OK)
        return Error { tr("The backup could not be restored; nothing was changed."),
                       QString::fromUtf8(sqlite3_errmsg(live ? live : source)) };
    sqlite3_busy_timeout(live, 5000);
    sqlite3_backup *copy = sqlite3_backup_init(live, "main", source, "main");
    if (!copy)
        return sqliteFailure(tr("The backup could not be restored; nothing was changed."),
                             sqlite3_extended_errcode(live), target,
                             QString::fromUtf8(sqlite3_errmsg(live)));
    // All pages in one step, so the copy is one transaction; a busy file is
    // tried again for up to 30 s.
    int rc = SQLITE_OK;
    for (int tries = 0; tries < 300; ++tries) {
        rc = sqlite3_backup_step(copy, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(100);
    }
    sqlite3_backup_finish(copy);
    if (rc != SQLITE_DONE)
        return sqliteFailure(tr("The backup could not be restored; nothing was changed."), rc,
                             target, QString::fromUtf8(sqlite3_errstr(rc)));
    return success();
}

} // namespace paylink
