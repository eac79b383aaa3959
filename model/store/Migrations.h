#pragma once

#include <QCoreApplication>

#include "core/Result.h"

namespace paylink {

class Database;

// Numbered schema migrations (docs/DECISIONS.md D4). Each runs in its own
// transaction and records itself in `schema_version`.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(paylink::Migrations)

public:
    static int latestVersion();
    // Brings the database up to `maxVersion`, making a backup first when an
    // existing schema is migrated. Returns the version now in force.
    static Result<int> migrate(Database &db, int maxVersion);
    // Version recorded in the file; 0 for an empty file.
    static Result<int> currentVersion(const Database &db);
};

} // namespace paylink
