#pragma once

#include "Payment.h"
#include "PaymentFilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>

namespace paylink {

class Database;

// The payments table over the store. Filtering and sorting happen in SQL and
// rows are fetched in pages on demand, so a million rows cost a count and a
// page of reads. No proxy sits on top of it: sort() re-queries.
class PaymentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        OrderRefColumn,
        CustomerColumn,
        EmailColumn,
        AmountColumn,
        ServiceColumn,
        StatusColumn,
        ExpiryColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        RawValueRole, // the value the column sorts by
        LinkRole,
        ShortLinkRole,
        PreferredLinkRole, // short link, else link
        StatusNameRole, // effective status: draft, ready, paid, failed, expired
    };

    static constexpr int kPageSize = 256;
    static constexpr int kMaxCachedPages = 64;
    static constexpr int kBroadRows = 20000;

    explicit PaymentTableModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const PaymentFilter &filter);
    const PaymentFilter &filter() const { return m_filter; }
    PaymentSort sortOrder() const { return m_sort; }

    // The row's payment as listed (without QR image); nullptr past the end.
    const Payment *paymentAt(int row) const;
    // Row of `id` if it is among the rows read so far, else -1.
    int rowOfId(qint64 id) const;

    // Re-reads everything, e.g. after a write or a change by another process.
    void reload();

signals:
    void reloaded();
    void readFailed(const QString &message);

private:
    const QList<Payment> *page(qint64 index) const;

    Database &m_db;
    PaymentFilter m_filter;
    PaymentSort m_sort;
    int m_rowCount = 0;
    QLocale m_locale;
    mutable QHash<qint64, QList<Payment>> m_pages;
    mutable QList<qint64> m_pageUse; // most recent last
    mutable bool m_pageFailureReported = false;
};

} // namespace paylink
