#pragma once

#include "PayByLinkOrder.h"
#include "csv/CsvReader.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace paylink {

class Database;

// Imports a CSV of invoices as signed PayByLink links (docs/DECISIONS.md D24):
// maps columns to fields, checks every row (reporting each rejected one as
// `row K: column: reason`), refuses duplicate order references within the
// file and against the profile's stored payments, signs, and writes all valid
// rows as one import batch in one transaction.
class PayByLinkImport
{
    Q_DECLARE_TR_FUNCTIONS(paylink::PayByLinkImport)

public:
    struct ColumnMap
    {
        QHash<PayByLinkField, int> columns; // field -> column index
        bool amountIsMinor = false; // the amount column is `amountMinor`
    };

    // A header that equals a field key maps itself (ignoring case, spaces and a
    // BOM), as do the export's `orderRef`, `customerName` and `amountMinor`;
    // `explicitMap` (column header -> field) overrides. Order and amount are
    // required; the error lists the headers found.
    static Result<ColumnMap> mapColumns(const QStringList &header,
                                        const QList<QPair<QString, PayByLinkField>> &explicitMap);

    struct Rejected
    {
        qint64 row = 0;
        QString message; // "column: reason", the column named as in the file
        QStringList cells; // the row as read, to save and fix
    };

    enum class Phase { Checking, Signing, Writing, Indexing };

    struct Options
    {
        PayByLinkProfile profile; // id 0 for a profile made from flags
        QString password;
        SignedParameters extra; // constant raw parameters on every row
        QDate today = QDate::currentDate();
        QString source; // the file name, kept with the batch
        bool dryRun = false;
        // Called from the importing thread; never with the GUI's objects.
        std::function<void(Phase, qint64 done, qint64 total)> progress;
        const std::atomic_bool *cancel = nullptr;
        // Waiting for another writer's lock: up to this long, calling
        // `waiting` once when the wait begins (from the importing thread).
        int waitSeconds = 120;
        std::function<void()> waiting;
    };

    struct Report
    {
        qint64 imported = 0; // would be imported, on a dry run
        QList<Rejected> rejected;
        qint64 batchId = 0;
        bool cancelled = false;
        // Milliseconds per phase.
        qint64 checkMs = 0;
        qint64 signMs = 0; // signing time on the worker threads
        qint64 writeMs = 0; // including waitMs
        qint64 waitMs = 0; // the writer waiting for signed rows
        qint64 indexMs = 0;
        qint64 commitMs = 0; // COMMIT
        bool rebuiltIndexes = false;
    };

    // Checks, signs and stores. An Error only when the whole import failed
    // (nothing written); rejected rows are in the report. With no valid row,
    // or when cancelled, nothing is written.
    static Result<Report> run(Database &db, const CsvReader::Table &table, const ColumnMap &map,
                              const Options &options);

    // The rejected rows with their original header and an `error` column, to
    // fix and import again.
    static Status saveRejected(const QString &path, const CsvReader::Table &table,
                               const QList<Rejected> &rejected);
};

} // namespace paylink
