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

    struct Written
    {
        qint64 rows = 0;
        // Rows whose link cells were left empty because a link breaks the
        // rule of D41 (not with Options::guardFormulas off, i.e. --raw).
        qint64 linksWithheld = 0;
        // "N links were left out…", for people; empty when none was.
        QString note() const;
    };
    static Result<Written> run(Database &db, const PaymentFilter &filter, const QString &path,
                               Options options, const Progress &progress = {},
                               Columns columns = Columns::All);
};

} // namespace paylink
