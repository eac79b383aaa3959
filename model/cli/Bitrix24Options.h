#pragma once

#include "Cli.h"

#include "bitrix24/Bitrix24Client.h"
#include "bitrix24/Bitrix24Portals.h"

#include <QCommandLineParser>

#include <optional>

namespace paylink::cli {

// Where and with what a Bitrix24 command connects: a saved portal
// (--profile, secrets from the keychain), an incoming webhook
// (--webhook-file or $PAYLINK_BITRIX24_WEBHOOK) or OAuth (--portal and
// --token-file); --ca-file, --enterprise and --timeout on top.
struct Bitrix24Connection
{
    Bitrix24Portal portal;
    Bitrix24Credentials credentials;
    std::optional<Bitrix24Profile> profile; // with --profile
};

// `withProfile`: the commands that connect take --profile, --timeout and --db;
// `profile add bitrix24` takes only what a portal is saved with.
void addBitrix24Options(QCommandLineParser &parser, bool withProfile);

// Exit code, or ExitOk with `out` filled. Secrets come from files, the
// environment or the keychain, never from an argument.
int bitrix24Connection(const QCommandLineParser &parser, Io io, const QString &command,
                       Bitrix24Connection *out);

} // namespace paylink::cli
