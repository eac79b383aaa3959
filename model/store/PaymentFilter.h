#pragma once

#include "Payment.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace paylink {

class SearchStrategy;

// The columns the table shows and sorts by; also the order of the table model.
enum class PaymentField {
    OrderRef,
    Customer,
    Email,
    Amount,
    Service,
    Status,
    Expiry,
    Created,
    Phone,
    Description,
    Profile,
    Updated,
    Id,
};

struct PaymentSort
{
    PaymentField field = PaymentField::Created;
    Qt::SortOrder order = Qt::DescendingOrder;
};

// What the table, `list` and exports show. Every condition is SQL, so a filter
// over a million rows costs what its indexes cost.
struct PaymentFilter
{
    QString search; // substring of order ref, customer or e-mail
    std::optional<Service> service;
    std::optional<PaymentStatus> status; // Expired is derived (docs/DECISIONS.md D6)
    QDate createdFrom; // local dates, inclusive; null = open
    QDate createdTo;
    std::optional<qint64> importBatchId;
    QList<qint64> ids; // empty = all

    static PaymentFilter ofIds(const QList<qint64> &ids)
    {
        PaymentFilter f;
        f.ids = ids;
        return f;
    }

    bool isEmpty() const;
    // A WHERE condition on `payments p` (never empty: "1 = 1" when nothing is set).
    // With `scanInSortOrder` the conditions keep off the indexes, so that a
    // filter matching most rows walks the sort index instead of sorting them.
    QString where(const SearchStrategy &search, QVariantList &binds,
                  const QDate &today = QDate::currentDate(), bool scanInSortOrder = false) const;
};

// The columns `sort` orders by, the id last: a row's key in that order.
QStringList sortColumns(const PaymentSort &sort);
// ORDER BY clause for `sort`, with the id as tiebreak so pages are stable;
// `backwards` gives the exact reverse (NULLs included). Without `byIndex`
// the terms keep off the sort index: for a few matches, sorting them beats
// walking a million index entries to find them (a LIMIT invites SQLite to
// walk; a two-letter search that matched nothing took 12 s that way).
QString orderBy(const PaymentSort &sort, bool backwards = false, bool byIndex = true);
// The rows after `key` (the values of sortColumns()) in `sort`, or before it
// when `backwards`: keyset paging (docs/DECISIONS.md D43). Its first term is
// a range on the sort column, so the sort index seeks instead of counting.
QString seekCondition(const PaymentSort &sort, const QVariantList &key, bool backwards,
                      QVariantList &binds);

} // namespace paylink
