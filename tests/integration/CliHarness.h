#pragma once

// Helpers for the integration tests that run the real `paylink` binary: one
// run with its exit code and both outputs, files as bytes, and rows read
// straight from the SQLite file the child wrote (not through our own store).
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QVariant>

namespace paylink::test {

struct CliRun
{
    int code = -1; // -1: crashed or timed out
    QString out;
    QString err;

    // For QVERIFY2 messages.
    QByteArray describe() const
    {
        return "exit code " + QByteArray::number(code) + "\nstdout: " + out.left(2000).toUtf8()
            + "\nstderr: " + err.left(2000).toUtf8();
    }
};

inline CliRun runCli(const QProcessEnvironment &env, const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PAYLINK_CLI_PATH), args);
    if (!p.waitForStarted(30000))
        return { -1, {}, p.errorString() };
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(10000);
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
             QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The rows of `sql` on the SQLite file `path`; no rows when the file does not
// exist (nothing was ever written). `*ok` is false when the query failed.
inline QList<QVariantList> sqlRows(const QString &path, const QString &sql, bool *ok)
{
    *ok = true;
    QList<QVariantList> rows;
    if (!QFile::exists(path))
        return rows;
    const QString connection = QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            *ok = false;
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                *ok = false;
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            }
            while (*ok && q.next()) {
                QVariantList row;
                for (int i = 0; i < q.record().count(); ++i)
                    row.append(q.value(i));
                rows.append(row);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return rows;
}

// One number from `sql` (a count), or -1 when the query failed. 0 without a file.
inline qint64 sqlCount(const QString &path, const QString &sql)
{
    bool ok = false;
    const QList<QVariantList> rows = sqlRows(path, sql, &ok);
    if (!ok)
        return -1;
    return rows.isEmpty() ? 0 : rows.constFirst().value(0).toLongLong();
}

} // namespace paylink::test
