#pragma once

#include "core/Result.h"

#include <QCoreApplication>

#include <atomic>
#include <optional>

namespace paylink {

class Database;

// The payments a bulk import wrote without adding them to the search index
// (docs/DECISIONS.md D31). Searches find them with LIKE meanwhile; catchUp()
// adds them to the index in chunks, so other writers wait one chunk at most.
class SearchBacklog
{
    Q_DECLARE_TR_FUNCTIONS(paylink::SearchBacklog)

public:
    struct Progress
    {
        qint64 rows = 0; // payments added to the index
        qint64 indexMs = 0;
        qint64 checkpointMs = 0; // copying the write-ahead log into the file
        bool cancelled = false;
    };

    // The first payment id the search index lacks; nullopt when it is whole
    // or the driver keeps no backlog.
    static Result<std::optional<qint64>> pendingFrom(Database &db);
    // Adds the backlog to the search index, `chunkRows` payments per
    // transaction, then checkpoints the write-ahead log. Stops between chunks
    // when `cancel` is set; what was added stays.
    static Result<Progress> catchUp(Database &db, const std::atomic_bool *cancel = nullptr,
                                    qint64 chunkRows = 25000);
};

} // namespace paylink
