#pragma once

#include "core/Result.h"

#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace paylink {

class Database;

// Runs `work` on a worker thread while the GUI thread keeps painting and
// answering; a busy dialog saying `what` appears when the work takes longer
// than a moment. `parent`, if any, takes no input meanwhile. Returns what the
// work returned. The work must not touch widgets or the GUI thread's
// database connection.
Status runWithBusyDialog(QWidget *parent, const QString &what, std::function<Status()> work);

// Opens the database at `path` for the GUI thread without freezing it (D38).
// Opening may update an older file's schema (a backup, then a rebuild of the
// payments table: seconds for a million rows) or recover a large WAL, so a
// worker opens the file first, with its own connection; the GUI thread then
// opens it again, current by then, in milliseconds.
Result<std::unique_ptr<Database>> openDatabase(const QString &path, QWidget *parent = nullptr);

} // namespace paylink
