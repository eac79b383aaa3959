#include "PaymentTableModel.h"

#include "Database.h"
#include "PaymentStore.h"
#include "core/Money.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace paylink {

Q_LOGGING_CATEGORY(lcTable, "paylink.table")

PaymentTableModel::PaymentTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
}

int PaymentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int PaymentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QList<Payment> *PaymentTableModel::page(qint64 index) const
{
    auto it = m_pages.find(index);
    if (it != m_pages.end()) {
        m_pageUse.removeOne(index);
        m_pageUse.append(index);
        return &it.value();
    }
    // With many matches, walking the sort index beats sorting them all.
    const bool broad = m_rowCount > kBroadRows;
    Result<QList<Payment>> rows =
        PaymentStore(m_db).list(m_filter, m_sort, kPageSize, index * kPageSize, broad);
    if (!rows) {
        qCWarning(lcTable) << rows.error().message << rows.error().detail;
        // Once per reload, and after the paint or lookup that asked for the page.
        if (!m_pageFailureReported) {
            m_pageFailureReported = true;
            auto *self = const_cast<PaymentTableModel *>(this);
            QMetaObject::invokeMethod(
                self, [self, message = rows.error().message] { emit self->readFailed(message); },
                Qt::QueuedConnection);
        }
        return nullptr;
    }
    if (m_pageUse.size() >= kMaxCachedPages)
        m_pages.remove(m_pageUse.takeFirst());
    m_pageUse.append(index);
    return &m_pages.insert(index, std::move(rows).value()).value();
}

const Payment *PaymentTableModel::paymentAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const QList<Payment> *rows = page(row / kPageSize);
    const int at = row % kPageSize;
    if (!rows || at >= rows->size())
        return nullptr;
    return &rows->at(at);
}

int PaymentTableModel::rowOfId(qint64 id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it.value().size(); ++i) {
            if (it.value().at(i).id == id)
                return int(it.key() * kPageSize + i);
        }
    }
    return -1;
}

QVariant PaymentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Payment *p = paymentAt(index.row());
    if (!p)
        return {};
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
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sort = next;
    m_pages.clear();
    m_pageUse.clear();
    // Persistent indexes cannot follow rows through an SQL re-sort; drop them.
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PaymentTableModel::setFilter(const PaymentFilter &filter)
{
    m_filter = filter;
    reload();
}

void PaymentTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    m_pageFailureReported = false;
    Result<qint64> count = PaymentStore(m_db).count(m_filter);
    if (count) {
        m_rowCount = int(std::min<qint64>(*count, std::numeric_limits<int>::max()));
    } else {
        m_rowCount = 0;
        qCWarning(lcTable) << count.error().message << count.error().detail;
    }
    endResetModel();
    if (!count)
        emit readFailed(count.error().message);
    emit reloaded();
}

} // namespace paylink
