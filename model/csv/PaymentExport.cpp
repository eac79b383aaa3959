#include "PaymentExport.h"

#include "CsvWriter.h"
#include "core/Money.h"
#include "store/PaymentRecord.h"
#include "store/PaymentStore.h"

namespace paylink {

QString PaymentExport::Written::note() const
{
    if (linksWithheld == 0)
        return {};
    return tr("The links of %n payment(s) break the link rule (for example a javascript: "
              "address or a hidden user name) and were left out; the payment list shows why.",
              nullptr, int(linksWithheld));
}

Result<PaymentExport::Written> PaymentExport::run(Database &db, const PaymentFilter &filter,
                                                  const QString &path, Options options,
                                                  const Progress &progress, Columns columns)
{
    const bool links = columns == Columns::Links;
    PaymentStore store(db);
    const Result<qint64> total = store.count(filter);
    if (!total)
        return total.error();
    CsvWriter writer(path, options);
    if (Status s = writer.open(); !s)
        return s.error();
    writer.writeRow(links
                        ? QStringList { QStringLiteral("orderRef"), QStringLiteral("customerName"),
                                        QStringLiteral("amount"), QStringLiteral("currency"),
                                        QStringLiteral("link"), QStringLiteral("shortLink") }
                        : PaymentRecord::fieldNames());
    const PaymentSort byId { PaymentField::Id, Qt::AscendingOrder };
    constexpr int kPage = 2000;
    Written written;
    for (qint64 offset = 0;; offset += kPage) {
        Result<QList<Payment>> rows = store.list(filter, byId, kPage, offset);
        if (!rows)
            return rows.error();
        for (Payment &p : rows.value()) {
            // A spreadsheet makes a link clickable: only links that pass go out.
            if (options.guardFormulas && !p.linkRefusal().isEmpty()) {
                p.link.clear();
                p.shortLink.clear();
                ++written.linksWithheld;
            }
            writer.writeRow(links ? QStringList { p.orderRef, p.customerName,
                                                  Money::plain(p.amountMinor, p.currency),
                                                  p.currency, p.link, p.shortLink }
                                  : PaymentRecord::values(p));
        }
        written.rows += rows->size();
        if (progress && !progress(written.rows, *total))
            return Error { tr("The export was cancelled; no file was written."), {} };
        if (rows->size() < kPage)
            break;
    }
    if (Status s = writer.commit(); !s)
        return s.error();
    return written;
}

} // namespace paylink
