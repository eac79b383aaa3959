#include "Redactor.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>

namespace paylink {

namespace {

QMutex s_mutex;
QSet<QString> &secrets()
{
    static QSet<QString> set;
    return set;
}

} // namespace

void Redactor::registerSecret(const QString &secret)
{
    if (secret.size() < 4)
        return;
    QMutexLocker lock(&s_mutex);
    secrets().insert(secret);
}

void Redactor::clearRegisteredSecrets()
{
    QMutexLocker lock(&s_mutex);
    secrets().clear();
}

QString Redactor::redact(const QString &text)
{
    // Webhook URL: /rest/<user id>/<code>/... keeps the user id, hides the code.
    static const QRegularExpression webhook(QStringLiteral(R"((/rest/\d+/)([^/\s?#"']+))"));
    // key=value, key: value, "key":"value" for secret-bearing names.
    static const QRegularExpression field(
        QStringLiteral(R"(((?:auth|access_token|refresh_token|client_secret|password|passwd|)"
                       R"(token|secret|webhook)["']?\s*[:=]\s*["']?)([^"'&\s,;}]+))"),
        QRegularExpression::CaseInsensitiveOption);

    QString out = text;
    out.replace(webhook, QStringLiteral("\\1") + mask());
    out.replace(field, QStringLiteral("\\1") + mask());

    QMutexLocker lock(&s_mutex);
    for (const QString &secret : std::as_const(secrets()))
        out.replace(secret, mask());
    return out;
}

} // namespace paylink
