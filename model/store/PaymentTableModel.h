#pragma once

#include "Payment.h"
#include "PaymentFilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QSet>
#include <QVariantList>

namespace paylink {

class Database;
class TableReader;

// The payments table over the store. Filtering and sorting happen in SQL, on
// two threads of the model's own, each with its own connection: one reads the
// pages on view, the other counts and marks page boundaries. The GUI thread
// runs no query: a row not read yet shows a placeholder and is filled in when
// its page arrives (docs/DECISIONS.md D43). No proxy sits on top: sort()
// re-queries.
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
        IdRole = Qt::UserRole + 1, // 0 while the row is not read yet
        RawValueRole, // the value the column sorts by
        LinkRole,
        ShortLinkRole,
        PreferredLinkRole, // short link, else link
        StatusNameRole, // effective status: draft, ready, paid, failed, expired
    };

    static constexpr int kPageSize = 256;
    static constexpr int kMaxCachedPages = 64;
    static constexpr int kBroadRows = 20000;
    // Pages this close to either end are read by a small OFFSET from that end;
    // others by the key of a neighbouring page or of a bookmark.
    static constexpr int kMaxOffsetRows = 16 * kPageSize;

    explicit PaymentTableModel(Database &db, QObject *parent = nullptr);
    ~PaymentTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const PaymentFilter &filter);
    const PaymentFilter &filter() const { return m_filter; }
    PaymentSort sortOrder() const { return m_sort; }

    // True from a reload, filter or sort until its rows and count are in.
    bool isLoading() const { return m_loading; }
    // The row's payment as listed (without QR image); nullptr past the end and
    // while its page is being read (which this call starts).
    const Payment *paymentAt(int row) const;
    // Row of `id` if it is among the rows read so far, else -1.
    int rowOfId(qint64 id) const;
    // Finds the row of `id` in the background; located() follows, with -1 when
    // the payment is not in the table.
    void locate(qint64 id);

    // Re-reads everything, e.g. after a write or a change by another process.
    // The rows shown stay until the new ones are in.
    void reload();

signals:
    // The rows of a reload, filter or sort are in (rowCount() is final).
    void reloaded();
    // Rows first..last were read and are shown now.
    void rowsRead(int first, int last);
    void located(qint64 id, int row);
    void readFailed(const QString &message);

private:
    struct Page
    {
        QList<Payment> rows;
        QVariantList firstKey;
        QVariantList lastKey;
    };
    void requestPage(int index) const;
    void requestBookmarks();
    void pageRead(quint64 generation, int index, Page page);
    void reportFailure(quint64 generation, const QString &message);

    TableReader *m_reader;
    PaymentFilter m_filter;
    PaymentSort m_sort;
    quint64 m_generation = 0; // of the rows shown
    bool m_loading = false;
    int m_rowCount = 0;
    QLocale m_locale;
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_pageUse; // most recent last
    mutable QSet<int> m_requested;
    mutable QSet<int> m_waiting; // for bookmarks
    QList<QVariantList> m_bookmarks; // key of the last row of page i
    bool m_failureReported = false;
};

} // namespace paylink
