#pragma once

#include <QString>

namespace paylink {

// Masks secrets in text meant for logs, messages and diagnostics
// (docs/DECISIONS.md D12): webhook codes in `/rest/<user>/<code>/`, values of
// auth/token/secret/password fields, and every secret registered at run time.
// The `h` of a signed link is not a secret and stays.
class Redactor
{
public:
    static QString redact(const QString &text);

    // Exact secret values seen by this process (passwords, codes, tokens).
    // Values shorter than 4 characters are ignored to keep text readable.
    static void registerSecret(const QString &secret);
    static void clearRegisteredSecrets();

    static QString mask() { return QStringLiteral("•••"); }
};

} // namespace paylink
