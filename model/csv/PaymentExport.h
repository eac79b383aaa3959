#pragma once

#include "CsvWriter.h"
#include "core/Result.h"
#include "store/PaymentFilter.h"

#include <QCoreApplication>

#include <functional>

namespace paylink {

class Database;

// Writes the payments that match a filter to CSV, in PaymentRecord's columns,
// atomically. Safe to run on a worker thread with that thread's own Database.
class PaymentExport
{
    Q_DECLARE_TR_FUNCTIONS(paylink::PaymentExport)

public:
    using Options = CsvWriter::Options;
    // Called after each page with rows written so far and the total; return
    // false to cancel (then no file is written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // All: every field, in PaymentRecord's columns (re-imports without --map).
    // Links: what is sent out — orderRef, customerName, amount, currency,
    // link, shortLink (the spbl.eu alias when the profile opts in).
    enum class Columns { All, Links };

    static Result<qint64> run(Database &db, const PaymentFilter &filter, const QString &path,
                              Options options, const Progress &progress = {},
                              Columns columns = Columns::All);
};

} // namespace paylink
