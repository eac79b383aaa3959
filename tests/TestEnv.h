#pragma once

// Helpers shared by the tests: a private HOME and XDG tree for child processes.
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace paylink::test {

// An environment whose HOME and XDG_* folders all live under `root`, so a child
// process never touches the user's real database, settings or keychain.
inline QProcessEnvironment isolatedEnvironment(const QString &root)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), root + QStringLiteral("/home"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), root + QStringLiteral("/state"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root + QStringLiteral("/runtime"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

// isolatedEnvironment() with secrets kept for the session only and the
// PayByLink password in $PAYLINK_PASSWORD, as a script without a keychain runs.
inline QProcessEnvironment sessionSecretsEnvironment(const QString &root, const QString &password)
{
    QProcessEnvironment env = isolatedEnvironment(root);
    env.insert(QStringLiteral("PAYLINK_KEYCHAIN"), QStringLiteral("session"));
    env.insert(QStringLiteral("PAYLINK_PASSWORD"), password);
    return env;
}

// The files under `prefix` that process `pid` (0: this one) holds open
// although they were deleted: a -wal or -shm removed under a connection.
inline QStringList deletedFilesHeldBy(qint64 pid, const QString &prefix)
{
    QStringList found;
    const QDir fds(pid > 0 ? QStringLiteral("/proc/%1/fd").arg(pid)
                           : QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target.startsWith(prefix) && target.endsWith(QStringLiteral(" (deleted)")))
            found << target;
    }
    return found;
}

} // namespace paylink::test
