#pragma once

#include "Cli.h"

#include "paybylink/PayByLinkProfile.h"

#include <QCommandLineParser>

namespace paylink {
class Database;
class SecretStore;
} // namespace paylink

namespace paylink::cli {

// The credential and link flags shared by `paybylink sign`, `paybylink import`
// and `profile add paybylink`.
void addPayByLinkOptions(QCommandLineParser &parser, bool withProfile);

// The password from --password-file or $PAYLINK_PASSWORD (never an argument),
// with the secret-file warnings on stderr. Returns an exit code; `*password`
// stays empty when none was given.
int readPasswordOption(const QCommandLineParser &parser, Io io, QString *password);

// The profile and password for signing: a saved profile (--profile, password
// from the keychain unless a file or $PAYLINK_PASSWORD is given), or one made
// from --entity-key, --user and the password. Link flags given with a profile
// override its settings for this run. `db` is opened only for --profile.
int resolvePayByLink(const QCommandLineParser &parser, Io io, const QString &command,
                     PayByLinkProfile *profile, QString *password);

// Applies --production, --mandate, --mt, --exu, --eru, --hash-length and
// --short-alias to `profile`. Returns an exit code.
int applyLinkOptions(const QCommandLineParser &parser, Io io, const QString &command,
                     PayByLinkProfile *profile);

} // namespace paylink::cli
