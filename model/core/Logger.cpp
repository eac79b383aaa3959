#include "Logger.h"

#include "Redactor.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>

#include <cstdio>

namespace paylink {

namespace {

QMutex s_mutex;
QString s_path;
QtMessageHandler s_previous = nullptr;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void rotateIfNeeded()
{
    QFileInfo info(s_path);
    if (!info.exists() || info.size() < Logger::kRotateBytes)
        return;
    QFile::remove(s_path + u'.' + QString::number(Logger::kKeptFiles));
    for (int i = Logger::kKeptFiles - 1; i >= 1; --i)
        QFile::rename(s_path + u'.' + QString::number(i), s_path + u'.' + QString::number(i + 1));
    QFile::rename(s_path, s_path + QStringLiteral(".1"));
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' '
        + QString::fromLatin1(levelName(type)) + u' '
        + (context.category ? QString::fromUtf8(context.category) : QString())
        + QStringLiteral(": ") + Redactor::redact(message) + u'\n';
    {
        QMutexLocker lock(&s_mutex);
        if (!s_path.isEmpty()) {
            rotateIfNeeded();
            QFile file(s_path);
            if (file.open(QIODevice::Append | QIODevice::Text)) {
                file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
                file.write(line.toUtf8());
            }
        }
    }
    if (qEnvironmentVariableIsSet("PAYLINK_LOG_STDERR") || type == QtFatalMsg) {
        std::fputs(line.toUtf8().constData(), stderr);
        std::fflush(stderr);
    }
}

} // namespace

QString Logger::logDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/logs");
}

void Logger::install(const QString &baseName)
{
    const QString dir = logDirectory();
    const QString appDir = QFileInfo(dir).absolutePath();
    const bool appDirExisted = QFileInfo::exists(appDir);
    QDir().mkpath(dir);
    // The application's own folder holds the database too: owner only.
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    QFile::setPermissions(dir, ownerOnly);
    if (!appDirExisted)
        QFile::setPermissions(appDir, ownerOnly);
    {
        QMutexLocker lock(&s_mutex);
        s_path = dir + u'/' + baseName + QStringLiteral(".log");
    }
    QtMessageHandler previous = qInstallMessageHandler(handler);
    if (previous != handler)
        s_previous = previous;
}

void Logger::uninstall()
{
    qInstallMessageHandler(s_previous);
    QMutexLocker lock(&s_mutex);
    s_path.clear();
}

QString Logger::logFilePath()
{
    QMutexLocker lock(&s_mutex);
    return s_path;
}

QStringList Logger::lastLines(int count)
{
    const QString path = logFilePath();
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const qint64 tail = 64 * 1024;
    if (file.size() > tail)
        file.seek(file.size() - tail);
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    if (lines.size() > count)
        lines = lines.mid(lines.size() - count);
    for (QString &l : lines)
        l = Redactor::redact(l);
    return lines;
}

} // namespace paylink
