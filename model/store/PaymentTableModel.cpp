#include "PaymentTableModel.h"

#include "Database.h"
#include "PaymentStore.h"
#include "TableReader.h"
#include "core/Money.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>

#include <limits>
#include <utility>

namespace paylink {

Q_LOGGING_CATEGORY(lcTable, "paylink.table")

PaymentTableModel::PaymentTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(new TableReader(db.path()))
{
    reload();
}

PaymentTableModel::~PaymentTableModel()
{
    // Joins the reader's threads first: nothing posts to this model after.
    delete m_reader;
}

int PaymentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int PaymentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void PaymentTableModel::reload()
{
    const quint64 generation = ++m_generation;
    m_reader->setGeneration(generation);
    m_loading = true;
    m_requested.clear();
    m_waiting.clear();
    QPointer<PaymentTableModel> self(this);
    m_reader->run(
        TableReader::Pages, generation,
        [self, generation, filter = m_filter, sort = m_sort](Result<Database *> db) {
            // The count first: it says whether the first page walks the sort index.
            Result<qint64> count =
                db ? PaymentStore(**db).count(filter) : Result<qint64>(db.error());
            Result<PaymentPage> first = PaymentPage {}; // no match: no page to read
            if (!count)
                first = count.error();
            else if (*count > 0)
                first = PaymentStore(**db).page(filter, sort, {}, false, kPageSize, 0,
                                                *count > kBroadRows);
            QMetaObject::invokeMethod(
                self,
                [self, generation, count, first = std::move(first)] {
                    if (!self || generation != self->m_generation)
                        return;
                    if (!first) {
                        self->m_loading = false;
                        self->reportFailure(generation, first.error().message);
                        qCWarning(lcTable) << first.error().detail;
                        return;
                    }
                    self->beginResetModel();
                    self->m_rowCount =
                        int(std::min<qint64>(*count, std::numeric_limits<int>::max()));
                    self->m_pages.clear();
                    self->m_pageUse.clear();
                    self->m_bookmarks.clear();
                    self->m_failureReported = false;
                    self->m_pages.insert(0, Page { first->rows, first->firstKey, first->lastKey });
                    self->m_pageUse.append(0);
                    self->m_loading = false;
                    self->endResetModel();
                    self->requestBookmarks();
                    emit self->reloaded();
                },
                Qt::QueuedConnection);
        });
}

void PaymentTableModel::requestBookmarks()
{
    // Pages near either end need none; the middle of a long table does.
    if (m_rowCount <= 2 * kMaxOffsetRows)
        return;
    const quint64 generation = m_generation;
    QPointer<PaymentTableModel> self(this);
    m_reader->run(TableReader::Counts, generation,
                  [self, generation, filter = m_filter, sort = m_sort](Result<Database *> db) {
                      Result<QList<QVariantList>> marks = db
                          ? PaymentStore(**db).bookmarks(filter, sort, kPageSize)
                          : Result<QList<QVariantList>>(db.error());
                      QMetaObject::invokeMethod(
                          self,
                          [self, generation, marks = std::move(marks)] {
                              if (!self || generation != self->m_generation)
                                  return;
                              if (!marks) {
                                  self->reportFailure(generation, marks.error().message);
                                  return;
                              }
                              self->m_bookmarks = *marks;
                              const QSet<int> waiting = std::exchange(self->m_waiting, {});
                              for (int index : waiting) {
                                  self->m_requested.remove(index);
                                  self->requestPage(index);
                              }
                          },
                          Qt::QueuedConnection);
                  });
}

void PaymentTableModel::requestPage(int index) const
{
    if (m_loading || m_requested.contains(index))
        return;
    m_requested.insert(index);
    const int first = index * kPageSize;
    const int rows = std::min(m_rowCount - first, kPageSize);
    QVariantList after;
    bool backwards = false;
    qint64 offset = 0;
    if (index == 0) {
    } else if (index - 1 < m_bookmarks.size()) {
        after = m_bookmarks.at(index - 1);
    } else if (auto before = m_pages.constFind(index - 1); before != m_pages.cend()) {
        after = before->lastKey;
    } else if (auto next = m_pages.constFind(index + 1); next != m_pages.cend()) {
        after = next->firstKey;
        backwards = true;
    } else if (first <= kMaxOffsetRows) {
        offset = first;
    } else if (const int fromEnd = m_rowCount - (first + rows); fromEnd <= kMaxOffsetRows) {
        backwards = true;
        offset = fromEnd;
    } else {
        m_waiting.insert(index); // until the bookmarks are in
        return;
    }
    const quint64 generation = m_generation;
    QPointer<PaymentTableModel> self(const_cast<PaymentTableModel *>(this));
    m_reader->run(TableReader::Pages, generation,
                  [self, generation, index, rows, after, backwards, offset, filter = m_filter,
                   sort = m_sort, broad = m_rowCount > kBroadRows](Result<Database *> db) {
                      Result<PaymentPage> page = db
                          ? PaymentStore(**db).page(filter, sort, after, backwards, rows, offset,
                                                    broad)
                          : Result<PaymentPage>(db.error());
                      QMetaObject::invokeMethod(
                          self,
                          [self, generation, index, page = std::move(page)] {
                              if (!self)
                                  return;
                              if (!page) {
                                  qCWarning(lcTable) << page.error().message << page.error().detail;
                                  self->reportFailure(generation, page.error().message);
                                  return;
                              }
                              self->pageRead(generation, index,
                                             Page { page->rows, page->firstKey, page->lastKey });
                          },
                          Qt::QueuedConnection);
                  });
}

void PaymentTableModel::pageRead(quint64 generation, int index, Page page)
{
    if (generation != m_generation || m_loading)
        return;
    m_requested.remove(index);
    if (page.rows.isEmpty())
        return; // the table shrank meanwhile; the change watcher reloads it
    if (m_pageUse.size() >= kMaxCachedPages) {
        const int evicted = m_pageUse.takeFirst();
        m_pages.remove(evicted);
    }
    const int rows = int(page.rows.size());
    m_pages.insert(index, std::move(page));
    m_pageUse.removeOne(index);
    m_pageUse.append(index);
    const int first = index * kPageSize;
    const int last = std::min(first + rows, m_rowCount) - 1;
    emit dataChanged(this->index(first, 0), this->index(last, ColumnCount - 1));
    emit rowsRead(first, last);
}

void PaymentTableModel::reportFailure(quint64 generation, const QString &message)
{
    if (generation != m_generation || m_failureReported)
        return;
    // Once per reload.
    m_failureReported = true;
    emit readFailed(message);
}

const Payment *PaymentTableModel::paymentAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int index = row / kPageSize;
    auto it = m_pages.constFind(index);
    if (it == m_pages.cend()) {
        requestPage(index);
        return nullptr;
    }
    if (m_pageUse.constLast() != index) {
        m_pageUse.removeOne(index);
        m_pageUse.append(index);
    }
    const int at = row % kPageSize;
    return at < it->rows.size() ? &it->rows.at(at) : nullptr;
}

int PaymentTableModel::rowOfId(qint64 id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->rows.size(); ++i) {
            if (it->rows.at(i).id == id)
                return int(it.key() * kPageSize + i);
        }
    }
    return -1;
}

void PaymentTableModel::locate(qint64 id)
{
    if (const int row = rowOfId(id); row >= 0 && !m_loading) {
        QMetaObject::invokeMethod(
            this, [this, id, row] { emit located(id, row); }, Qt::QueuedConnection);
        return;
    }
    const quint64 generation = m_generation;
    QPointer<PaymentTableModel> self(this);
    m_reader->run(TableReader::Counts, generation,
                  [self, generation, id, filter = m_filter, sort = m_sort](Result<Database *> db) {
                      Result<qint64> row = db ? PaymentStore(**db).position(filter, sort, id)
                                              : Result<qint64>(db.error());
                      QMetaObject::invokeMethod(
                          self,
                          [self, generation, id, row] {
                              if (!self || generation != self->m_generation)
                                  return;
                              const qint64 at = row ? *row : -1;
                              emit self->located(id, at < self->m_rowCount ? int(at) : -1);
                          },
                          Qt::QueuedConnection);
                  });
}

QVariant PaymentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Payment *p = paymentAt(index.row());
    if (!p) {
        // Not read yet: its page is on the way.
        if (role == IdRole)
            return qint64(0);
        if (role == Qt::DisplayRole && index.column() == OrderRefColumn)
            return QStringLiteral("…");
        return {};
    }
    const PaymentStatus status = p->effectiveStatus();
    switch (role) {
    case IdRole:
        return p->id;
    case LinkRole:
        return p->link;
    case ShortLinkRole:
        return p->shortLink;
    case PreferredLinkRole:
        return p->preferredLink();
    case StatusNameRole:
        return statusName(status);
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !p->lastError.isEmpty())
            return p->lastError;
        if (index.column() == OrderRefColumn)
            return p->preferredLink();
        return {};
    case Qt::DisplayRole:
    case RawValueRole: {
        const bool raw = role == RawValueRole;
        switch (index.column()) {
        case OrderRefColumn:
            return p->orderRef.isEmpty() && !raw ? p->externalId : p->orderRef;
        case CustomerColumn:
            return p->customerName;
        case EmailColumn:
            return p->email;
        case AmountColumn:
            return raw ? QVariant(p->amountMinor)
                       : QVariant(Money::format(p->amountMinor, p->currency, m_locale));
        case ServiceColumn:
            return raw ? serviceName(p->service) : serviceDisplayName(p->service);
        case StatusColumn:
            // The raw value is what SQL sorts by: the stored status.
            return raw ? statusName(p->status) : statusDisplayName(status);
        case ExpiryColumn:
            if (raw)
                return p->expiry;
            return p->expiry.isValid() ? m_locale.toString(p->expiry, QLocale::ShortFormat)
                                       : QString();
        case CreatedColumn:
            if (raw)
                return p->createdAt;
            return m_locale.toString(p->createdAt.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant PaymentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrderRefColumn:
        return tr("Order");
    case CustomerColumn:
        return tr("Customer");
    case EmailColumn:
        return tr("E-mail");
    case AmountColumn:
        return tr("Amount");
    case ServiceColumn:
        return tr("Service");
    case StatusColumn:
        return tr("Status");
    case ExpiryColumn:
        return tr("Expiry");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

void PaymentTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    static constexpr PaymentField fields[] = {
        PaymentField::OrderRef, PaymentField::Customer, PaymentField::Email,  PaymentField::Amount,
        PaymentField::Service,  PaymentField::Status,   PaymentField::Expiry, PaymentField::Created,
    };
    const PaymentSort next { fields[column], order };
    if (next.field == m_sort.field && next.order == m_sort.order)
        return;
    m_sort = next;
    reload();
}

void PaymentTableModel::setFilter(const PaymentFilter &filter)
{
    m_filter = filter;
    reload();
}

} // namespace paylink
