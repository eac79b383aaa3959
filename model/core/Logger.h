#pragma once

#include <QString>
#include <QStringList>

namespace paylink {

// The application log (docs/DECISIONS.md D12): one file per executable in
// AppLocalDataLocation/logs, rotated at 1 MiB with three old files kept,
// readable by the owner only, every line redacted.
class Logger
{
public:
    // Installs the Qt message handler that writes to `<logs>/<baseName>.log`.
    static void install(const QString &baseName);
    static void uninstall();

    static QString logFilePath();
    static QString logDirectory();
    // The last `count` lines of the current log, for diagnostics (already redacted).
    static QStringList lastLines(int count);

    static constexpr qint64 kRotateBytes = 1024 * 1024;
    static constexpr int kKeptFiles = 3;
};

} // namespace paylink
