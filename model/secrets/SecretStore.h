#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace paylink {

// Every secret of the app (PayByLink passwords, Bitrix24 webhook URLs, OAuth
// tokens, client secrets) goes through this one class, over QtKeychain, under
// the service name `paylink-desk` (docs/DECISIONS.md D1, D22).
//
// QtKeychain 0.13 has no availability call, so the first use probes the
// keychain with a write, a read and a delete. When that fails (no D-Bus
// session, no Secret Service), secrets are kept in this process's memory only
// and `sessionOnlyMessage()` says so in plain words; nothing is ever written to
// a file or to QSettings (QtKeychain's insecure fallback stays off).
//
// Calls block their caller on a local event loop until the keychain answers
// (the GUI keeps painting meanwhile); use them from the GUI thread or a thread
// with an event loop. Every value read or written is registered with the
// Redactor, so it can never reach a log line.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(paylink::SecretStore)

public:
    enum class Backend { Keychain, SessionOnly };

    SecretStore();

    // Probes once per process; later calls return the cached answer.
    Backend backend() const;
    bool isPersistent() const { return backend() == Backend::Keychain; }
    // Empty when the keychain works; otherwise what happens to secrets.
    QString sessionOnlyMessage() const;
    // What the probe saw (for the log and the diagnostics dialog).
    QString probeDetail() const;

    // The secret, or an empty optional when none is stored under `key`.
    Result<std::optional<QString>> read(const QString &key) const;
    Status write(const QString &key, const QString &value) const;
    // Removing a key that is not there is not an error.
    Status remove(const QString &key) const;

    // The key of one secret of a profile: `profile/<uid>/<name>`.
    static QString profileKey(const QString &profileUid, const QString &name);

    // Tests: forget the probe's answer and the session-only secrets.
    static void resetForTests();
};

} // namespace paylink
