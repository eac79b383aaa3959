#include "SecretFile.h"

#include "core/Redactor.h"

#include <QDir>
#include <QFile>

namespace paylink {

QStringList SecretFile::check(const QString &value, const QString &what)
{
    QStringList warnings;
    if (value.isEmpty())
        return warnings;
    if (value.front().isSpace() || value.back().isSpace())
        warnings
            << tr("%1 starts or ends with white space; check that it belongs there.").arg(what);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const bool invisible = c == QChar(0x00AD) || c == QChar(0x200B) || c == QChar(0x200C)
            || c == QChar(0x200D) || c == QChar(0x2060) || c == QChar(0xFEFF)
            || (c.category() == QChar::Other_Control && c != u'\t')
            || c.category() == QChar::Other_Format;
        if (invisible) {
            warnings << tr("%1 contains an invisible character (U+%2) at position %3; it changes "
                           "every signature.")
                            .arg(what)
                            .arg(
                                QStringLiteral("%1").arg(c.unicode(), 4, 16, QChar(u'0')).toUpper())
                            .arg(i + 1);
            break;
        }
    }
    return warnings;
}

Result<SecretFile::Secret> SecretFile::read(const QString &path, const QString &what)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("%1 file “%2” cannot be read: %3.").arg(what, shown, file.errorString()),
                       {} };
    const QByteArray bytes = file.read(64 * 1024);
    qsizetype end = bytes.indexOf('\n');
    QByteArray line = end < 0 ? bytes : bytes.left(end);
    if (end >= 0 && line.endsWith('\r'))
        line.chop(1);
    Secret secret;
    secret.value = QString::fromUtf8(line);
    if (secret.value.isEmpty())
        return Error {
            tr("%1 file “%2” is empty: put the secret on its first line.").arg(what, shown), {}
        };
    Redactor::registerSecret(secret.value);
    secret.warnings = check(secret.value, what);
    return secret;
}

} // namespace paylink
