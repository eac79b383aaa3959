#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace paylink {

// Reads a secret from a file as CLI.md says: the first line, with one trailing
// line ending (\n or \r\n) stripped. Other leading or trailing whitespace and
// invisible characters (a soft hyphen, zero-width spaces, a BOM) are kept but
// reported, because they silently break signatures elsewhere.
class SecretFile
{
    Q_DECLARE_TR_FUNCTIONS(paylink::SecretFile)

public:
    struct Secret
    {
        QString value;
        QStringList warnings; // for people; never contain the secret
    };

    static Result<Secret> read(const QString &path, const QString &what);
    // Warnings about whitespace and invisible characters in `value`.
    static QStringList check(const QString &value, const QString &what);
};

} // namespace paylink
