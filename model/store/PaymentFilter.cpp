#include "PaymentFilter.h"

#include "SearchStrategy.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace paylink {

namespace {

QString utcStart(const QDate &localDate)
{
    return localDate.startOfDay().toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

bool PaymentFilter::isEmpty() const
{
    return search.trimmed().isEmpty() && !service && !status && createdFrom.isNull()
        && createdTo.isNull() && !importBatchId && ids.isEmpty();
}

QString PaymentFilter::where(const SearchStrategy &strategy, QVariantList &binds,
                             const QDate &today, bool scanInSortOrder) const
{
    const auto col = [&strategy, scanInSortOrder](const char *column) {
        const QString c = QString::fromLatin1(column);
        return scanInSortOrder ? strategy.unindexed(c) : c;
    };
    QStringList parts;
    const QString term = search.trimmed();
    if (!term.isEmpty()) {
        QString condition = strategy.condition(term, binds);
        if (scanInSortOrder) {
            condition.replace(QStringLiteral("p.id IN ("), col("p.id") + QStringLiteral(" IN ("));
        }
        parts << condition;
    }
    if (service) {
        parts << col("p.service") + QStringLiteral(" = ?");
        binds << serviceName(*service);
    }
    if (status) {
        const QString day = today.toString(Qt::ISODate);
        switch (*status) {
        case PaymentStatus::Expired:
            parts << QStringLiteral("(%1 = 'ready' AND %2 IS NOT NULL AND %2 < ?)")
                         .arg(col("p.status"), col("p.expiry"));
            binds << day;
            break;
        case PaymentStatus::Ready:
            parts << QStringLiteral("(%1 = 'ready' AND (%2 IS NULL OR %2 >= ?))")
                         .arg(col("p.status"), col("p.expiry"));
            binds << day;
            break;
        default:
            parts << col("p.status") + QStringLiteral(" = ?");
            binds << statusName(*status);
        }
    }
    if (createdFrom.isValid()) {
        parts << QStringLiteral("p.created_at >= ?");
        binds << utcStart(createdFrom);
    }
    if (createdTo.isValid()) {
        parts << QStringLiteral("p.created_at < ?");
        binds << utcStart(createdTo.addDays(1));
    }
    if (importBatchId) {
        parts << col("p.import_batch_id") + QStringLiteral(" = ?");
        binds << *importBatchId;
    }
    if (!ids.isEmpty()) {
        QStringList marks;
        for (qint64 id : ids) {
            marks << QStringLiteral("?");
            binds << id;
        }
        parts << QStringLiteral("p.id IN (%1)").arg(marks.join(u','));
    }
    return parts.isEmpty() ? QStringLiteral("1 = 1") : parts.join(QStringLiteral(" AND "));
}

namespace {

QString sortColumn(PaymentField field)
{
    switch (field) {
    case PaymentField::OrderRef:
        return QStringLiteral("p.order_ref");
    case PaymentField::Customer:
        return QStringLiteral("p.customer_name");
    case PaymentField::Email:
        return QStringLiteral("p.email");
    case PaymentField::Amount:
        return QStringLiteral("p.amount_minor");
    case PaymentField::Service:
        return QStringLiteral("p.service");
    case PaymentField::Status:
        return QStringLiteral("p.status");
    case PaymentField::Expiry:
        return QStringLiteral("p.expiry");
    case PaymentField::Created:
        return QStringLiteral("p.created_at");
    case PaymentField::Phone:
        return QStringLiteral("p.phone");
    case PaymentField::Description:
        return QStringLiteral("p.description");
    case PaymentField::Profile:
        return QStringLiteral("p.profile_id");
    case PaymentField::Updated:
        return QStringLiteral("p.updated_at");
    case PaymentField::Id:
        break;
    }
    return QStringLiteral("p.id");
}

bool nullable(const QString &column)
{
    return column == QLatin1String("p.expiry") || column == QLatin1String("p.profile_id");
}

// Rows after `key` from column `i` on, the earlier columns being equal to the
// key's. SQLite puts NULL first going up and last going down.
QString seekFrom(const QStringList &columns, const QVariantList &key, qsizetype i, bool up,
                 QVariantList &binds)
{
    const QString &c = columns.at(i);
    const QVariant &v = key.at(i);
    const QString gt = up ? QStringLiteral(">") : QStringLiteral("<");
    if (i == columns.size() - 1) {
        binds << v;
        return QStringLiteral("%1 %2 ?").arg(c, gt);
    }
    if (v.isNull()) {
        const QString rest = seekFrom(columns, key, i + 1, up, binds);
        return up ? QStringLiteral("(%1 IS NOT NULL OR (%1 IS NULL AND %2))").arg(c, rest)
                  : QStringLiteral("(%1 IS NULL AND %2)").arg(c, rest);
    }
    binds << v << v;
    const QString rest = seekFrom(columns, key, i + 1, up, binds);
    QString condition = QStringLiteral("(%1 %2= ? AND (%1 %2 ? OR %3))").arg(c, gt, rest);
    if (!up && nullable(c))
        condition = QStringLiteral("(%1 OR %2 IS NULL)").arg(condition, c);
    return condition;
}

} // namespace

QStringList sortColumns(const PaymentSort &sort)
{
    // By stored status, then expiry (one index): expired links sit together at
    // the edge of the ready ones.
    if (sort.field == PaymentField::Status)
        return { QStringLiteral("p.status"), QStringLiteral("p.expiry"), QStringLiteral("p.id") };
    if (sort.field == PaymentField::Id)
        return { QStringLiteral("p.id") };
    return { sortColumn(sort.field), QStringLiteral("p.id") };
}

QString orderBy(const PaymentSort &sort, bool backwards, bool byIndex)
{
    const bool up = (sort.order == Qt::AscendingOrder) != backwards;
    const QString dir = up ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList terms = sortColumns(sort);
    for (QString &term : terms)
        term = (byIndex ? term : u'+' + term) + dir;
    return terms.join(QStringLiteral(", "));
}

QString seekCondition(const PaymentSort &sort, const QVariantList &key, bool backwards,
                      QVariantList &binds)
{
    const QStringList columns = sortColumns(sort);
    Q_ASSERT(key.size() == columns.size());
    const bool up = (sort.order == Qt::AscendingOrder) != backwards;
    return seekFrom(columns, key, 0, up, binds);
}

} // namespace paylink
