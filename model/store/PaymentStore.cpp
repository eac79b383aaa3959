#include "PaymentStore.h"

#include "Database.h"
#include "TransactionGuard.h"
#include "core/Currency.h"
#include "core/Money.h"
#include "core/WebLink.h"
#include "paybylink/PayByLinkSigner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>

#include <algorithm>

namespace paylink {

namespace {

const QString kRowColumns = QStringLiteral(
    "p.id, p.service, p.profile_id, coalesce(pr.name, ''), p.external_id, p.order_ref, "
    "p.customer_name, p.email, p.phone, p.amount_minor, p.currency, p.description, "
    "p.language, p.expiry, p.link, p.short_link, p.status, p.last_error, "
    "p.import_batch_id, p.signed_params, p.created_at, p.updated_at, p.row_version, "
    "p.superseded_by");

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString paramsToJson(const SignedParameters &params)
{
    QJsonArray array;
    for (const auto &[name, value] : params)
        array.append(QJsonArray { name, value });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

SignedParameters paramsFromJson(const QString &json)
{
    SignedParameters params;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &pair : array) {
        const QJsonArray p = pair.toArray();
        if (p.size() == 2)
            params.append({ p.at(0).toString(), p.at(1).toString() });
    }
    return params;
}

Payment rowToPayment(const QSqlQuery &q)
{
    Payment p;
    p.id = q.value(0).toLongLong();
    p.service = serviceFromName(q.value(1).toString()).value_or(Service::PayByLink);
    if (!q.value(2).isNull())
        p.profileId = q.value(2).toLongLong();
    p.profileName = q.value(3).toString();
    p.externalId = q.value(4).toString();
    p.orderRef = q.value(5).toString();
    p.customerName = q.value(6).toString();
    p.email = q.value(7).toString();
    p.phone = q.value(8).toString();
    p.amountMinor = q.value(9).toLongLong();
    p.currency = q.value(10).toString();
    p.description = q.value(11).toString();
    p.language = q.value(12).toString();
    p.expiry = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    p.link = q.value(14).toString();
    p.shortLink = q.value(15).toString();
    p.status = statusFromName(q.value(16).toString()).value_or(PaymentStatus::Unknown);
    p.lastError = q.value(17).toString();
    if (!q.value(18).isNull())
        p.importBatchId = q.value(18).toLongLong();
    p.signedParameters = paramsFromJson(q.value(19).toString());
    if (p.signedParameters.isEmpty() && p.service == Service::PayByLink)
        p.signedParameters = PayByLinkSigner::parametersOf(p.link); // D25
    p.createdAt = QDateTime::fromString(q.value(20).toString(), Qt::ISODateWithMs);
    p.updatedAt = QDateTime::fromString(q.value(21).toString(), Qt::ISODateWithMs);
    p.rowVersion = q.value(22).toLongLong();
    if (!q.value(23).isNull())
        p.supersededBy = q.value(23).toLongLong();
    return p;
}

// A null QString binds as SQL NULL; the text columns want '' instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

void bindWritable(QSqlQuery &q, const Payment &p)
{
    q.addBindValue(serviceName(p.service));
    q.addBindValue(p.profileId ? QVariant(*p.profileId) : QVariant());
    q.addBindValue(p.externalId.isEmpty() ? QVariant() : QVariant(p.externalId));
    q.addBindValue(text(p.orderRef));
    q.addBindValue(text(p.customerName));
    q.addBindValue(text(p.email));
    q.addBindValue(text(p.phone));
    q.addBindValue(p.amountMinor);
    q.addBindValue(text(p.currency));
    q.addBindValue(text(p.description));
    q.addBindValue(text(p.language));
    q.addBindValue(p.expiry.isValid() ? QVariant(p.expiry.toString(Qt::ISODate)) : QVariant());
    q.addBindValue(text(p.link));
    q.addBindValue(text(p.shortLink));
    q.addBindValue(p.qrPng.isEmpty() ? QVariant() : QVariant(p.qrPng));
    q.addBindValue(statusName(p.status));
    q.addBindValue(text(p.lastError));
    q.addBindValue(p.importBatchId ? QVariant(*p.importBatchId) : QVariant());
    q.addBindValue(paramsToJson(p.signedParameters));
}

// What scopes a PayByLink payment's order reference beside its profile
// (D40): the link up to its query.
QVariant entityKeyOf(const Payment &p)
{
    if (p.service != Service::PayByLink || p.link.isEmpty())
        return QVariant();
    return PaymentStore::linkScope(p.link);
}

// Payments by id alone, without a row version: a write over them takes
// whatever the rows hold now.
QList<Payment> unversioned(const QList<qint64> &ids)
{
    QList<Payment> rows;
    for (qint64 id : ids) {
        Payment p;
        p.id = id;
        rows << p;
    }
    return rows;
}

// The condition, and its values, that a write meets only on the row as it was
// read: the same version of the same payment (ids can be reused, D40).
const QString kSameRow = QStringLiteral(" AND row_version = ? AND created_at = ?");

void bindSameRow(QSqlQuery &q, const Payment &p)
{
    q.addBindValue(p.rowVersion);
    q.addBindValue(p.createdAt.toUTC().toString(Qt::ISODateWithMs));
}

bool isUniqueViolation(const QSqlError &error)
{
    return error.nativeErrorCode() == QLatin1String("2067"); // SQLITE_CONSTRAINT_UNIQUE
}

// The unique rule of one live PayByLink payment per order (D40), as SQLite
// names it: by its columns, or by the index of the expression.
bool isOrderRule(const QSqlError &error)
{
    const QString text = error.databaseText();
    return text.contains(QLatin1String("order_ref"))
        || text.contains(QLatin1String("payments_unique_entity_order"));
}

} // namespace

QString PaymentStore::linkScope(const QString &link)
{
    const qsizetype query = link.indexOf(u'?');
    return query < 0 ? link : link.left(query);
}

PaymentStore::PaymentStore(Database &db)
    : m_db(db)
{ }

Status PaymentStore::validate(const Payment &p)
{
    if (!Currency::isKnown(p.currency))
        return Error {
            tr("Currency: “%1” is not an ISO 4217 code such as EUR, USD or RUB.").arg(p.currency),
            {}
        };
    if (p.amountMinor < 0)
        return Error { tr("Amount: %1 is negative; enter zero or more.")
                           .arg(Money::plain(p.amountMinor, p.currency)),
                       {} };
    if (p.amountMinor > Money::kMaxMinor)
        return Error { tr("Amount: %1 is too large; the most is %2.")
                           .arg(Money::plain(p.amountMinor, p.currency),
                                Money::plain(Money::kMaxMinor, p.currency)),
                       {} };
    if (p.status == PaymentStatus::Expired)
        return Error { tr("Status: “expired” is derived from the expiry date and cannot be set."),
                       {} };
    if (p.status == PaymentStatus::Unknown)
        return Error { tr("Status: this payment's stored status is unknown to this version of "
                          "Paylink Desk, so it is left as it is."),
                       {} };
    const struct
    {
        const QString &text;
        qsizetype most;
        const char *label;
    } fields[] = {
        { p.orderRef, FieldLimits::kOrderRef, QT_TR_NOOP("Order") },
        { p.customerName, FieldLimits::kName, QT_TR_NOOP("Name") },
        { p.email, FieldLimits::kEmail, QT_TR_NOOP("E-mail") },
        { p.phone, FieldLimits::kPhone, QT_TR_NOOP("Phone") },
        { p.description, FieldLimits::kDescription, QT_TR_NOOP("Description") },
        { p.externalId, FieldLimits::kOther, QT_TR_NOOP("Payment id") },
        { p.language, FieldLimits::kOther, QT_TR_NOOP("Language") },
    };
    for (const auto &f : fields) {
        if (f.text.size() > f.most)
            return Error { tr("%1: %2 characters long; the most is %3.")
                               .arg(tr(f.label), QLocale().toString(f.text.size()),
                                    QLocale().toString(f.most)),
                           {} };
        if (f.text.contains(QChar(0)))
            return Error { tr("%1: contains a NUL character, which no payment field may hold.")
                               .arg(tr(f.label)),
                           {} };
    }
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!p.email.isEmpty() && !email.match(p.email).hasMatch())
        return Error { tr("E-mail: “%1” does not look like an e-mail address.").arg(p.email), {} };
    if (!p.link.isEmpty())
        if (Status s = WebLink::check(p.link); !s)
            return Error { tr("Link: %1").arg(s.error().message), {} };
    if (!p.shortLink.isEmpty())
        if (Status s = WebLink::check(p.shortLink); !s)
            return Error { tr("Short link: %1").arg(s.error().message), {} };
    if (p.status == PaymentStatus::Ready && p.link.isEmpty() && p.shortLink.isEmpty())
        return Error { tr("Status: a payment without a link cannot be ready; save it as a draft."),
                       {} };
    return success();
}

Status PaymentStore::insert(Payment &payment, bool keepId)
{
    QList<Payment> one { payment };
    if (Status s = insertAll(one, keepId); !s)
        return s;
    payment = one.constFirst();
    return success();
}

Status PaymentStore::insertAll(QList<Payment> &payments, bool keepIds)
{
    for (qsizetype i = 0; i < payments.size(); ++i) {
        if (Status s = validate(payments.at(i)); !s) {
            if (payments.size() == 1)
                return s;
            return Error {
                tr("Payment %1 of %2: %3").arg(i + 1).arg(payments.size()).arg(s.error().message),
                {}
            };
        }
    }
    TransactionGuard tx(m_db.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db.connection());
    const QString sql = QStringLiteral(
        "INSERT INTO payments (id, service, profile_id, external_id, order_ref, customer_name, "
        "email, phone, amount_minor, currency, description, language, expiry, link, "
        "short_link, qr_png, status, last_error, import_batch_id, signed_params, "
        "superseded_by, entity_key, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!q.prepare(sql))
        return m_db.failure(tr("The payment could not be saved."), q.lastError());
    const QString now = nowText();
    for (Payment &p : payments) {
        q.addBindValue(keepIds && p.id > 0 ? QVariant(p.id) : QVariant());
        bindWritable(q, p);
        q.addBindValue(p.supersededBy ? QVariant(*p.supersededBy) : QVariant());
        q.addBindValue(entityKeyOf(p));
        const QString created = keepIds && p.createdAt.isValid()
            ? p.createdAt.toUTC().toString(Qt::ISODateWithMs)
            : now;
        q.addBindValue(created);
        q.addBindValue(now);
        if (!q.exec()) {
            QString what = tr("The payment could not be saved; nothing was written.");
            if (isUniqueViolation(q.lastError())) {
                what = isOrderRule(q.lastError())
                    ? tr("Order reference “%1” already has a payment (saved meanwhile "
                         "elsewhere?); nothing was saved. Re-issue that payment instead.")
                          .arg(p.orderRef)
                    : tr("A payment with the same external id already exists for this "
                         "profile; nothing was saved.");
            }
            return m_db.failure(what, q.lastError());
        }
        p.id = q.lastInsertId().toLongLong();
        p.rowVersion = 1;
        p.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
        p.updatedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    }
    if (Status s = tx.commit(); !s) {
        if (!keepIds)
            for (Payment &p : payments)
                p.id = 0;
        return s;
    }
    return success();
}

Status PaymentStore::update(Payment &payment)
{
    QList<Payment> one { payment };
    if (Status s = updateAll(one); !s)
        return s;
    payment = one.constFirst();
    return success();
}

Status PaymentStore::updateAll(QList<Payment> &payments)
{
    for (const Payment &p : std::as_const(payments)) {
        if (p.id <= 0)
            return Error { tr("This payment has not been saved yet."), {} };
        if (Status s = validate(p); !s)
            return s;
    }
    TransactionGuard tx(m_db.connection());
    if (!tx.isActive())
        return tx.error();
    const QString now = nowText();
    QList<qint64> versions;
    for (const Payment &payment : std::as_const(payments)) {
        QSqlQuery q(m_db.connection());
        // The database raises row_version itself (D40); a payment read
        // earlier is written only over the row it was read from.
        QString sql = QStringLiteral(
            "UPDATE payments SET service = ?, profile_id = ?, external_id = ?, order_ref = ?, "
            "customer_name = ?, email = ?, phone = ?, amount_minor = ?, currency = ?, "
            "description = ?, language = ?, expiry = ?, link = ?, short_link = ?, qr_png = ?, "
            "status = ?, last_error = ?, import_batch_id = ?, signed_params = ?, "
            "superseded_by = ?, entity_key = ?, updated_at = ? WHERE id = ?");
        if (payment.rowVersion > 0)
            sql += kSameRow;
        if (!q.prepare(sql))
            return m_db.failure(tr("The payment could not be saved."), q.lastError());
        bindWritable(q, payment);
        q.addBindValue(payment.supersededBy ? QVariant(*payment.supersededBy) : QVariant());
        q.addBindValue(entityKeyOf(payment));
        q.addBindValue(now);
        q.addBindValue(payment.id);
        if (payment.rowVersion > 0)
            bindSameRow(q, payment);
        if (!q.exec()) {
            const QString what = isUniqueViolation(q.lastError()) && isOrderRule(q.lastError())
                ? tr("Order reference “%1” already has another payment; the payment was left "
                     "as it was.")
                      .arg(payment.orderRef)
                : tr("The payment could not be saved; it was left as it was.");
            return m_db.failure(what, q.lastError());
        }
        if (q.numRowsAffected() == 0)
            return changedElsewhere({ payment.id });
        const Result<qint64> version = rowVersion(payment.id);
        if (!version)
            return version.error();
        versions << *version;
    }
    if (Status s = tx.commit(); !s)
        return s;
    for (qsizetype i = 0; i < payments.size(); ++i) {
        payments[i].rowVersion = versions.at(i);
        payments[i].updatedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    }
    return success();
}

Result<qint64> PaymentStore::rowVersion(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT row_version FROM payments WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.failure(tr("The payment could not be read."), q.lastError());
    if (!q.next())
        return q.lastError().isValid()
            ? m_db.failure(tr("The payment could not be read."), q.lastError())
            : Error {
                  tr("Payment %1 no longer exists; it may have been deleted elsewhere.").arg(id), {}
              };
    return q.value(0).toLongLong();
}

Error PaymentStore::changedElsewhere(const QList<qint64> &ids) const
{
    QStringList gone;
    QStringList changed;
    for (qint64 id : ids) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM payments WHERE id = ?"));
        q.addBindValue(id);
        (q.exec() && q.next() ? changed : gone) << QString::number(id);
    }
    if (!changed.isEmpty())
        return Error { tr("Payment %1 changed elsewhere (another window or the paylink command) "
                          "since it was shown here; nothing was changed. Look at it again "
                          "and repeat what you meant to do.")
                           .arg(changed.join(QStringLiteral(", "))),
                       {} };
    return Error {
        tr("Payment %1 no longer exists; it may have been deleted elsewhere. Nothing was changed.")
            .arg(gone.join(QStringLiteral(", "))),
        {}
    };
}

Status PaymentStore::remove(const QList<qint64> &ids)
{
    return removeUnchanged(unversioned(ids));
}

Status PaymentStore::removeUnchanged(const QList<Payment> &payments)
{
    if (payments.isEmpty())
        return success();
    TransactionGuard tx(m_db.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db.connection());
    const QString any = QStringLiteral("DELETE FROM payments WHERE id = ?");
    const QString same = any + kSameRow;
    QList<qint64> missed;
    for (const Payment &p : payments) {
        if (!q.prepare(p.rowVersion > 0 ? same : any))
            return m_db.failure(tr("The payments could not be deleted."), q.lastError());
        q.addBindValue(p.id);
        if (p.rowVersion > 0)
            bindSameRow(q, p);
        if (!q.exec())
            return m_db.failure(tr("The payments could not be deleted; none were."), q.lastError());
        if (q.numRowsAffected() == 0)
            missed << p.id;
    }
    if (!missed.isEmpty())
        return changedElsewhere(missed);
    return tx.commit();
}

Status PaymentStore::markPaid(const QList<qint64> &ids, bool paid)
{
    QList<Payment> rows = unversioned(ids);
    return markPaid(rows, paid);
}

Status PaymentStore::markPaid(QList<Payment> &payments, bool paid)
{
    if (payments.isEmpty())
        return success();
    TransactionGuard tx(m_db.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db.connection());
    const QString set = paid
        ? QStringLiteral("UPDATE payments SET status = 'paid', last_error = '', updated_at = ? "
                         "WHERE id = ?")
        : QStringLiteral("UPDATE payments SET status = CASE WHEN link <> '' OR short_link <> '' "
                         "THEN 'ready' ELSE 'draft' END, updated_at = ? WHERE id = ?");
    // A status this version does not know is never overwritten (D6).
    const QString known =
        set + QStringLiteral(" AND status IN ('draft', 'ready', 'paid', 'failed')");
    const QString checked = known + kSameRow;
    const QString now = nowText();
    QList<qint64> missing;
    QList<qint64> changed;
    QList<qint64> unknown;
    for (Payment &p : payments) {
        if (!q.prepare(p.rowVersion > 0 ? checked : known))
            return m_db.failure(tr("The status could not be changed."), q.lastError());
        q.addBindValue(now);
        q.addBindValue(p.id);
        if (p.rowVersion > 0)
            bindSameRow(q, p);
        if (!q.exec())
            return m_db.failure(tr("The status could not be changed; nothing was changed."),
                                q.lastError());
        if (q.numRowsAffected() == 0) {
            QSqlQuery status(m_db.connection());
            status.prepare(QStringLiteral("SELECT status FROM payments WHERE id = ?"));
            status.addBindValue(p.id);
            if (status.exec() && status.next() && !statusFromName(status.value(0).toString()))
                unknown << p.id;
            else
                (p.rowVersion > 0 ? changed : missing) << p.id;
            continue;
        }
        QSqlQuery read(m_db.connection());
        read.prepare(QStringLiteral("SELECT row_version, status FROM payments WHERE id = ?"));
        read.addBindValue(p.id);
        if (!read.exec() || !read.next())
            return m_db.failure(tr("The status could not be changed; nothing was changed."),
                                read.lastError());
        p.rowVersion = read.value(0).toLongLong();
        p.status = statusFromName(read.value(1).toString()).value_or(PaymentStatus::Unknown);
        p.updatedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    }
    if (!unknown.isEmpty()) {
        QStringList shown;
        for (qint64 id : std::as_const(unknown))
            shown << QString::number(id);
        return Error { tr("Payment %1 has a status this version of Paylink Desk does not know; "
                          "nothing was changed.")
                           .arg(shown.join(QStringLiteral(", "))),
                       {} };
    }
    if (!changed.isEmpty())
        return changedElsewhere(changed);
    if (!missing.isEmpty()) {
        QStringList shown;
        for (qint64 id : std::as_const(missing))
            shown << QString::number(id);
        return Error { tr("No payment has the id %1; nothing was changed.")
                           .arg(shown.join(QStringLiteral(", "))),
                       {} };
    }
    return tx.commit();
}

Result<std::optional<Payment>> PaymentStore::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT %1, p.qr_png FROM payments p "
                                  "LEFT JOIN profiles pr ON pr.id = p.profile_id WHERE p.id = ?")
                       .arg(kRowColumns)))
        return m_db.failure(tr("The payment could not be read."), q.lastError());
    q.addBindValue(id);
    if (!q.exec())
        return m_db.failure(tr("The payment could not be read."), q.lastError());
    if (!q.next()) {
        if (q.lastError().isValid())
            return m_db.failure(tr("The payment could not be read."), q.lastError());
        return std::optional<Payment>();
    }
    Payment p = rowToPayment(q);
    p.qrPng = q.value(24).toByteArray();
    return std::optional<Payment>(std::move(p));
}

QString PaymentStore::whereClause(const PaymentFilter &filter, QVariantList &binds,
                                  bool broad) const
{
    return filter.where(m_db.search(), binds, QDate::currentDate(), broad);
}

Result<QList<Payment>> PaymentStore::list(const PaymentFilter &filter, const PaymentSort &sort,
                                          int limit, qint64 offset, bool broad) const
{
    QVariantList binds;
    const QString where = whereClause(filter, binds, broad);
    QString sql = QStringLiteral("SELECT %1 FROM payments p LEFT JOIN profiles pr ON pr.id = "
                                 "p.profile_id WHERE %2 ORDER BY %3")
                      .arg(kRowColumns, where, orderBy(sort));
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return m_db.failure(tr("The payments could not be read."), q.lastError());
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return m_db.failure(tr("The payments could not be read."), q.lastError());
    QList<Payment> rows;
    if (limit > 0)
        rows.reserve(limit);
    while (q.next())
        rows.append(rowToPayment(q));
    // A damaged page ends the scan early: never hand out a shortened list.
    if (q.lastError().isValid())
        return m_db.failure(tr("The payments could not be read."), q.lastError());
    return rows;
}

Result<PaymentPage> PaymentStore::page(const PaymentFilter &filter, const PaymentSort &sort,
                                       const QVariantList &after, bool backwards, int limit,
                                       qint64 offset, bool broad) const
{
    QVariantList binds;
    QString where = whereClause(filter, binds, broad);
    if (!after.isEmpty())
        where =
            QStringLiteral("(%1) AND %2").arg(where, seekCondition(sort, after, backwards, binds));
    const QStringList keys = sortColumns(sort);
    const QString sql =
        QStringLiteral("SELECT %1, %2 FROM payments p LEFT JOIN profiles pr ON "
                       "pr.id = p.profile_id WHERE %3 ORDER BY %4 LIMIT %5 OFFSET %6")
            .arg(kRowColumns, keys.join(u','), where, orderBy(sort, backwards, broad))
            .arg(limit)
            .arg(offset);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return m_db.failure(tr("The payments could not be read."), q.lastError());
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return m_db.failure(tr("The payments could not be read."), q.lastError());
    PaymentPage page;
    page.rows.reserve(limit);
    QList<QVariantList> rowKeys;
    const int firstKey = q.record().count() - int(keys.size());
    while (q.next()) {
        page.rows.append(rowToPayment(q));
        QVariantList key;
        for (int i = firstKey; i < firstKey + keys.size(); ++i)
            key << q.value(i);
        rowKeys.append(key);
    }
    // A damaged page ends the scan early: never hand out a shortened list.
    if (q.lastError().isValid())
        return m_db.failure(tr("The payments could not be read."), q.lastError());
    if (backwards) {
        std::reverse(page.rows.begin(), page.rows.end());
        std::reverse(rowKeys.begin(), rowKeys.end());
    }
    if (!rowKeys.isEmpty()) {
        page.firstKey = rowKeys.constFirst();
        page.lastKey = rowKeys.constLast();
    }
    return page;
}

Result<QList<QVariantList>> PaymentStore::bookmarks(const PaymentFilter &filter,
                                                    const PaymentSort &sort, int every) const
{
    QVariantList binds;
    const QString where = whereClause(filter, binds, true);
    const QStringList keys = sortColumns(sort);
    QStringList named;
    QStringList names;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        names << QStringLiteral("k%1").arg(i);
        named << QStringLiteral("%1 AS k%2").arg(keys.at(i)).arg(i);
    }
    // A window function numbers the rows in one pass, on SQLite and PostgreSQL.
    const QString sql =
        QStringLiteral("SELECT %1 FROM (SELECT %2, row_number() OVER (ORDER BY %3) AS n "
                       "FROM payments p WHERE %4) AS numbered WHERE n % %5 = 0 ORDER BY n")
            .arg(names.join(u','), named.join(u','), orderBy(sort), where)
            .arg(every);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return m_db.failure(tr("The payments could not be read."), q.lastError());
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return m_db.failure(tr("The payments could not be read."), q.lastError());
    QList<QVariantList> marks;
    while (q.next()) {
        QVariantList key;
        for (int i = 0; i < keys.size(); ++i)
            key << q.value(i);
        marks.append(key);
    }
    if (q.lastError().isValid())
        return m_db.failure(tr("The payments could not be read."), q.lastError());
    return marks;
}

Result<qint64> PaymentStore::position(const PaymentFilter &filter, const PaymentSort &sort,
                                      qint64 id) const
{
    QVariantList binds;
    const QString where = whereClause(filter, binds);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM payments p WHERE p.id = ? AND (%2)")
                       .arg(sortColumns(sort).join(u','), where)))
        return m_db.failure(tr("The payments could not be read."), q.lastError());
    q.addBindValue(id);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return m_db.failure(tr("The payments could not be read."), q.lastError());
    if (!q.next())
        return q.lastError().isValid()
            ? Result<qint64>(m_db.failure(tr("The payments could not be read."), q.lastError()))
            : Result<qint64>(qint64(-1));
    QVariantList key;
    for (int i = 0; i < q.record().count(); ++i)
        key << q.value(i);
    q.finish();
    binds.clear();
    QString before = whereClause(filter, binds);
    before = QStringLiteral("(%1) AND %2").arg(before, seekCondition(sort, key, true, binds));
    QSqlQuery c(m_db.connection());
    if (!c.prepare(QStringLiteral("SELECT count(*) FROM payments p WHERE %1").arg(before)))
        return m_db.failure(tr("The payments could not be counted."), c.lastError());
    for (const QVariant &b : std::as_const(binds))
        c.addBindValue(b);
    if (!c.exec() || !c.next())
        return m_db.failure(tr("The payments could not be counted."), c.lastError());
    return c.value(0).toLongLong();
}

Result<qint64> PaymentStore::count(const PaymentFilter &filter) const
{
    QVariantList binds;
    const QString where = whereClause(filter, binds);
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM payments p WHERE %1").arg(where)))
        return m_db.failure(tr("The payments could not be counted."), q.lastError());
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return m_db.failure(tr("The payments could not be counted."), q.lastError());
    return q.value(0).toLongLong();
}

Result<QList<CurrencyTotal>> PaymentStore::totals(const PaymentFilter &filter) const
{
    QVariantList binds;
    const QString where = whereClause(filter, binds);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Two partial sums that cannot overflow 64 bits, joined in 128 bits.
    if (!q.prepare(
            QStringLiteral("SELECT p.currency, count(*), "
                           "sum(p.amount_minor / 1000000000), sum(p.amount_minor % 1000000000) "
                           "FROM payments p WHERE %1 GROUP BY p.currency ORDER BY p.currency")
                .arg(where)))
        return m_db.failure(tr("The totals could not be computed."), q.lastError());
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return m_db.failure(tr("The totals could not be computed."), q.lastError());
    QList<CurrencyTotal> totals;
    while (q.next()) {
        CurrencyTotal t;
        t.currency = q.value(0).toString();
        t.count = q.value(1).toLongLong();
        t.sumMinor =
            static_cast<Int128>(q.value(2).toLongLong()) * 1'000'000'000 + q.value(3).toLongLong();
        totals.append(t);
    }
    if (q.lastError().isValid())
        return m_db.failure(tr("The totals could not be computed."), q.lastError());
    return totals;
}

Result<QStringList> PaymentStore::takenOrderRefs(qint64 profileId,
                                                 const QStringList &orderRefs) const
{
    QStringList taken;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // A few refs go through the order index; many are matched against all of
    // the profile's refs in one pass.
    if (orderRefs.size() < 1000) {
        // The terms of the unique index's own condition, so that it serves
        // the look-up even while an import has dropped the plain indexes.
        q.prepare(QStringLiteral(
            "SELECT 1 FROM payments WHERE order_ref = ? AND profile_id = ? AND service = "
            "'paybylink' AND order_ref <> '' AND superseded_by IS NULL LIMIT 1"));
        for (const QString &ref : orderRefs) {
            q.addBindValue(ref);
            q.addBindValue(profileId);
            if (!q.exec())
                return m_db.failure(tr("The order references could not be checked."),
                                    q.lastError());
            if (q.next())
                taken.append(ref);
            else if (q.lastError().isValid())
                return m_db.failure(tr("The order references could not be checked."),
                                    q.lastError());
        }
        return taken;
    }
    q.prepare(QStringLiteral("SELECT order_ref FROM payments WHERE profile_id = ? AND service = "
                             "'paybylink' AND order_ref <> '' AND superseded_by IS NULL"));
    q.addBindValue(profileId);
    if (!q.exec())
        return m_db.failure(tr("The order references could not be checked."), q.lastError());
    QSet<QString> existing;
    while (q.next())
        existing.insert(q.value(0).toString());
    if (q.lastError().isValid())
        return m_db.failure(tr("The order references could not be checked."), q.lastError());
    for (const QString &ref : orderRefs)
        if (existing.contains(ref))
            taken.append(ref);
    return taken;
}

Result<qint64> PaymentStore::removeImportBatch(qint64 batchId)
{
    TransactionGuard tx(m_db.connection());
    if (!tx.isActive())
        return tx.error();
    const Result<qint64> removed = deleteImportBatch(batchId);
    if (!removed)
        return removed;
    if (Status s = tx.commit(); !s)
        return s.error();
    return removed;
}

Result<qint64> PaymentStore::deleteImportBatch(qint64 batchId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM payments WHERE import_batch_id = ?"));
    q.addBindValue(batchId);
    if (!q.exec())
        return m_db.failure(tr("The import could not be deleted; nothing was changed."),
                            q.lastError());
    const qint64 removed = q.numRowsAffected();
    q.prepare(QStringLiteral("DELETE FROM import_batches WHERE id = ?"));
    q.addBindValue(batchId);
    if (!q.exec())
        return m_db.failure(tr("The import could not be deleted; nothing was changed."),
                            q.lastError());
    return removed;
}

Status PaymentStore::removeUnchangedImport(qint64 batchId)
{
    TransactionGuard tx(m_db.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM import_batches WHERE id = ?), "
                             "(SELECT count(*) FROM payments WHERE import_batch_id = ? AND "
                             "row_version <> 1)"));
    q.addBindValue(batchId);
    q.addBindValue(batchId);
    if (!q.exec() || !q.next())
        return m_db.failure(tr("The import could not be read."), q.lastError());
    if (q.value(0).toLongLong() == 0)
        return Error { tr("Import %1 no longer exists; it may have been deleted elsewhere. "
                          "Nothing was changed.")
                           .arg(batchId),
                       {} };
    if (const qint64 changed = q.value(1).toLongLong(); changed > 0)
        return Error { tr("%n payment(s) of this import changed since it was made (here or "
                          "elsewhere), so it was not undone; nothing was changed. Use "
                          "“Delete import…” to remove it anyway.",
                          nullptr, int(changed)),
                       {} };
    q.finish();
    if (const Result<qint64> removed = deleteImportBatch(batchId); !removed)
        return removed.error();
    return tx.commit();
}

Result<std::pair<QString, qint64>> PaymentStore::importBatchInfo(qint64 batchId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT b.source, (SELECT count(*) FROM payments WHERE "
                             "import_batch_id = b.id) FROM import_batches b WHERE b.id = ?"));
    q.addBindValue(batchId);
    if (!q.exec())
        return m_db.failure(tr("The import could not be read."), q.lastError());
    if (!q.next())
        return q.lastError().isValid()
            ? m_db.failure(tr("The import could not be read."), q.lastError())
            : Error { tr("Import %1 no longer exists.").arg(batchId), {} };
    return std::pair<QString, qint64>(q.value(0).toString(), q.value(1).toLongLong());
}

Result<std::optional<Payment>> PaymentStore::findExternal(Service service,
                                                          std::optional<qint64> profileId,
                                                          const QString &externalId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id FROM payments WHERE service = ? AND coalesce(profile_id, 0) "
                       "= ? AND external_id = ?"));
    q.addBindValue(serviceName(service));
    q.addBindValue(profileId.value_or(0));
    q.addBindValue(externalId);
    if (!q.exec())
        return m_db.failure(tr("The payment could not be read."), q.lastError());
    if (!q.next()) {
        if (q.lastError().isValid())
            return m_db.failure(tr("The payment could not be read."), q.lastError());
        return std::optional<Payment>();
    }
    return find(q.value(0).toLongLong());
}

Status PaymentStore::upsertExternal(Payment &payment)
{
    const Result<std::optional<Payment>> existing =
        findExternal(payment.service, payment.profileId, payment.externalId);
    if (!existing)
        return existing.error();
    if (!existing->has_value()) {
        payment.id = 0;
        return insert(payment);
    }
    const Payment &old = **existing;
    payment.id = old.id;
    payment.createdAt = old.createdAt;
    payment.importBatchId = old.importBatchId;
    payment.rowVersion = old.rowVersion;
    payment.supersededBy = old.supersededBy;
    return update(payment);
}

} // namespace paylink
