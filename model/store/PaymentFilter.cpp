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

QString orderBy(const PaymentSort &sort)
{
    QString column;
    switch (sort.field) {
    case PaymentField::OrderRef:
        column = QStringLiteral("p.order_ref");
        break;
    case PaymentField::Customer:
        column = QStringLiteral("p.customer_name");
        break;
    case PaymentField::Email:
        column = QStringLiteral("p.email");
        break;
    case PaymentField::Amount:
        column = QStringLiteral("p.amount_minor");
        break;
    case PaymentField::Service:
        column = QStringLiteral("p.service");
        break;
    case PaymentField::Status:
        column = QStringLiteral("p.status");
        break;
    case PaymentField::Expiry:
        column = QStringLiteral("p.expiry");
        break;
    case PaymentField::Created:
        column = QStringLiteral("p.created_at");
        break;
    case PaymentField::Phone:
        column = QStringLiteral("p.phone");
        break;
    case PaymentField::Description:
        column = QStringLiteral("p.description");
        break;
    case PaymentField::Profile:
        column = QStringLiteral("p.profile_id");
        break;
    case PaymentField::Updated:
        column = QStringLiteral("p.updated_at");
        break;
    case PaymentField::Id:
        column = QStringLiteral("p.id");
        break;
    }
    const QString dir =
        sort.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    if (sort.field == PaymentField::Id)
        return QStringLiteral("p.id %1").arg(dir);
    // By stored status, then expiry (one index): expired links sit together at
    // the edge of the ready ones.
    if (sort.field == PaymentField::Status)
        return QStringLiteral("p.status %1, p.expiry %1, p.id %1").arg(dir);
    return QStringLiteral("%1 %2, p.id %2").arg(column, dir);
}

} // namespace paylink
