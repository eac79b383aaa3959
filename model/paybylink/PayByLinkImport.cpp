#include "PayByLinkImport.h"

#include "csv/CsvWriter.h"
#include "store/BulkPaymentWriter.h"
#include "store/Database.h"
#include "store/PaymentStore.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace paylink {

namespace {

QString normaliseHeader(QString header)
{
    header.remove(QChar(0xFEFF));
    return header.trimmed().toLower();
}

constexpr qsizetype kChunk = 4096;

bool cancelled(const PayByLinkImport::Options &o)
{
    return o.cancel && o.cancel->load(std::memory_order_relaxed);
}

void report(const PayByLinkImport::Options &o, PayByLinkImport::Phase phase, qint64 done,
            qint64 total)
{
    if (o.progress)
        o.progress(phase, done, total);
}

using Utf8Pairs = QList<QPair<QByteArray, QByteArray>>;

// The columns every imported row takes from its order, as UTF-8.
BulkPaymentWriter::Row orderColumns(const PayByLinkOrder &o)
{
    // The parameters stay readable from the link itself (D25).
    static const QByteArray noParameters = QByteArrayLiteral("[]");
    BulkPaymentWriter::Row r;
    r.orderRef = o.orderRef.toUtf8();
    r.customerName = o.name.toUtf8();
    r.email = o.email.toUtf8();
    r.phone = o.phone.toUtf8();
    r.amountMinor = o.amountMinor;
    r.currency = o.currency.toUtf8();
    r.description = o.description.toUtf8();
    r.language = o.language.toUtf8();
    // The stored yyyy-MM-dd (D5) is the dashed link format.
    if (o.expiry.isValid())
        r.expiry = PayByLinkOrders::formatDateAscii(o.expiry, PayByLinkProfile::DateFormat::Dashed);
    r.signedParams = noParameters;
    return r;
}

// The import's fast path: a Prepared signer for the profile's leading
// parameters and each row's values as UTF-8, straight into a writer row,
// reusing the row's own UTF-8 columns as parameter values.
// Gives what PayByLinkOrders::makePayment gives (tst_import compares them
// for every amount and date format).
class RowSigner
{
public:
    RowSigner(const PayByLinkProfile &profile, std::unique_ptr<PayByLinkSigner::Prepared> prepared,
              const SignedParameters &extra)
        : m_profile(profile)
        , m_prepared(std::move(prepared))
    {
        for (const auto &[name, value] : extra)
            m_extra.append({ name.toUtf8(), value.toUtf8() });
        for (const FieldMapping &m : profile.mapping)
            if (!m.parameter.isEmpty())
                m_mapped.append({ m.field, m.parameter.toUtf8() });
    }

    BulkPaymentWriter::Row row(const PayByLinkOrder &o) const
    {
        BulkPaymentWriter::Row r = orderColumns(o);
        Utf8Pairs params;
        params.reserve(m_mapped.size() + m_extra.size());
        for (const auto &[field, name] : m_mapped) {
            QByteArray value = valueOf(r, o, field);
            if (!value.isEmpty())
                params.append({ name, std::move(value) });
        }
        params.append(m_extra);
        r.link = m_prepared->sign(params);
        return r;
    }

private:
    // PayByLinkOrders::valueOf() as UTF-8, from the row where it has it.
    QByteArray valueOf(const BulkPaymentWriter::Row &r, const PayByLinkOrder &o,
                       PayByLinkField field) const
    {
        switch (field) {
        case PayByLinkField::Order:
            return r.orderRef;
        case PayByLinkField::Currency:
            return r.currency;
        case PayByLinkField::Name:
            return r.customerName;
        case PayByLinkField::Email:
            return r.email;
        case PayByLinkField::Phone:
            return r.phone;
        case PayByLinkField::Description:
            return r.description;
        case PayByLinkField::Language:
            return r.language;
        case PayByLinkField::Expiry:
            return o.expiry.isValid()
                ? PayByLinkOrders::formatDateAscii(o.expiry, m_profile.dateFormat)
                : QByteArray();
        case PayByLinkField::Amount:
            return PayByLinkOrders::formatAmountAscii(o.amountMinor, o.currency,
                                                      m_profile.amountFormat);
        case PayByLinkField::Gender:
            return o.gender.toUtf8();
        }
        return {};
    }

    const PayByLinkProfile &m_profile;
    std::unique_ptr<PayByLinkSigner::Prepared> m_prepared;
    Utf8Pairs m_extra;
    QList<QPair<PayByLinkField, QByteArray>> m_mapped;
};

// The general path (the opt-in short alias): the signer's own payment.
BulkPaymentWriter::Row signedRow(const PayByLinkImport::Options &options,
                                 const PayByLinkOrder &order)
{
    BulkPaymentWriter::Row r = orderColumns(order);
    const Payment p =
        *PayByLinkOrders::makePayment(options.profile, options.password, order, options.extra);
    r.link = p.link.toUtf8();
    r.shortLink = p.shortLink.toUtf8();
    return r;
}

} // namespace

Result<PayByLinkImport::ColumnMap>
PayByLinkImport::mapColumns(const QStringList &header,
                            const QList<QPair<QString, PayByLinkField>> &explicitMap)
{
    ColumnMap map;
    QList<QString> normalised;
    for (const QString &h : header)
        normalised.append(normaliseHeader(h));

    const auto columnOf = [&normalised](const QString &name) -> int {
        return int(normalised.indexOf(normaliseHeader(name)));
    };
    QSet<PayByLinkField> explicitFields;
    for (const auto &[column, field] : explicitMap) {
        const int index = columnOf(column);
        if (index < 0)
            return Error { tr("The file has no column “%1”; its columns are: %2.")
                               .arg(column, header.join(QStringLiteral(", "))),
                           {} };
        map.columns.insert(field, index);
        explicitFields.insert(field);
    }
    // Headers that name a field, and the export's own names.
    const QList<QPair<QString, PayByLinkField>> aliases = {
        { QStringLiteral("orderref"), PayByLinkField::Order },
        { QStringLiteral("customername"), PayByLinkField::Name },
        { QStringLiteral("amountminor"), PayByLinkField::Amount },
    };
    for (int i = 0; i < normalised.size(); ++i) {
        std::optional<PayByLinkField> field = fieldFromKey(normalised.at(i));
        bool minor = false;
        if (!field)
            for (const auto &[alias, f] : aliases)
                if (normalised.at(i) == alias) {
                    field = f;
                    minor = alias == QLatin1String("amountminor");
                }
        if (!field || explicitFields.contains(*field))
            continue;
        if (map.columns.contains(*field))
            return Error { tr("The columns “%1” and “%2” both give the %3; map one with --map "
                              "or rename the other.")
                               .arg(header.at(map.columns.value(*field)), header.at(i),
                                    fieldInSentence(*field)),
                           {} };
        map.columns.insert(*field, i);
        if (*field == PayByLinkField::Amount)
            map.amountIsMinor = minor;
    }
    for (PayByLinkField required : { PayByLinkField::Order, PayByLinkField::Amount })
        if (!map.columns.contains(required))
            return Error { tr("No column gives the %1. Name a column “%2”, or map one (--map "
                              "COLUMN=%2). The file's columns are: %3.")
                               .arg(fieldInSentence(required), fieldKey(required),
                                    header.join(QStringLiteral(", "))),
                           {} };
    return map;
}

Result<PayByLinkImport::Report> PayByLinkImport::run(Database &db, const CsvReader::Table &table,
                                                     const ColumnMap &map, const Options &options)
{
    Report rep;
    if (table.rows.isEmpty())
        return Error { tr("The file has a header but no rows to import."), {} };
    const PayByLinkProfile &profile = options.profile;
    const qint64 total = table.rows.size();

    // 1. Check every row.
    QElapsedTimer timer;
    timer.start();
    QList<PayByLinkOrder> orders;
    QList<qint64> orderRows;
    orders.reserve(total);
    orderRows.reserve(total);
    QHash<QString, qint64> firstRowOf;
    firstRowOf.reserve(total);
    const auto label = [&table, &map](PayByLinkField field) -> QString {
        return table.header.value(map.columns.value(field)).trimmed() + u':';
    };
    // Rows are checked in two halves on both cores; duplicates are then found
    // in file order.
    struct Checked
    {
        PayByLinkOrder order;
        QString problem; // empty when the row is fine
    };
    QList<Checked> checked(total);
    const qsizetype width = table.header.size();
    const auto checkRange = [&](qsizetype from, qsizetype to, bool reports) {
        PayByLinkOrders::Input input;
        input.amountIsMinor = map.amountIsMinor;
        input.defaultCurrency = profile.defaultCurrency;
        input.today = options.today;
        for (qsizetype i = from; i < to; ++i) {
            if (((i - from) & 1023) == 0) {
                if (cancelled(options))
                    return;
                if (reports)
                    report(options, Phase::Checking, 2 * (i - from), total);
            }
            const QStringList &cells = table.rows.at(i);
            Checked &c = checked[i];
            if (cells.size() != width) {
                c.problem = tr("the row has %n field(s), but the header has %1: look for a "
                               "missing or extra “%2” or quote.",
                               nullptr, int(cells.size()))
                                .arg(width)
                                .arg(table.delimiter == u'\t' ? QStringLiteral("tab")
                                                              : QString(table.delimiter));
                continue;
            }
            for (auto it = map.columns.constBegin(); it != map.columns.constEnd(); ++it)
                input.set(it.key(), cells.at(it.value()));
            const QList<PayByLinkOrders::Problem> problems =
                PayByLinkOrders::parse(input, label, &c.order);
            if (!problems.isEmpty()) {
                QStringList messages;
                for (const auto &p : problems)
                    messages.append(p.message);
                c.problem = messages.join(u' ');
            }
        }
    };
    const qsizetype half = total / 2;
    QFuture<void> secondHalf = QtConcurrent::run(checkRange, half, total, false);
    checkRange(0, half, true);
    secondHalf.waitForFinished();
    if (cancelled(options)) {
        rep.cancelled = true;
        return rep;
    }
    for (qsizetype i = 0; i < total; ++i) {
        const qint64 row = table.rowNumbers.value(i, i + 2);
        Checked &c = checked[i];
        if (c.problem.isEmpty()) {
            const auto seen = firstRowOf.constFind(c.order.orderRef);
            if (seen == firstRowOf.constEnd()) {
                firstRowOf.insert(c.order.orderRef, row);
                orders.append(std::move(c.order));
                orderRows.append(row);
                continue;
            }
            c.problem = tr("%1 “%2” is also on row %3: each order reference may be imported "
                           "once.")
                            .arg(label(PayByLinkField::Order), c.order.orderRef)
                            .arg(*seen);
        }
        rep.rejected.append({ row, c.problem, CsvReader::detached(table.rows.at(i)) });
    }
    checked.clear();

    // 2. Against the profile's stored payments.
    if (profile.id > 0 && !orders.isEmpty()) {
        QStringList refs;
        refs.reserve(orders.size());
        for (const PayByLinkOrder &o : std::as_const(orders))
            refs.append(o.orderRef);
        const Result<QStringList> taken = PaymentStore(db).takenOrderRefs(profile.id, refs);
        if (!taken)
            return taken.error();
        if (!taken->isEmpty()) {
            const QSet<QString> takenSet(taken->cbegin(), taken->cend());
            QList<PayByLinkOrder> kept;
            QList<qint64> keptRows;
            for (qsizetype i = 0; i < orders.size(); ++i) {
                if (!takenSet.contains(orders.at(i).orderRef)) {
                    kept.append(orders.at(i));
                    keptRows.append(orderRows.at(i));
                    continue;
                }
                // Row numbers rise strictly: find the row by halving.
                const auto at = std::lower_bound(table.rowNumbers.cbegin(), table.rowNumbers.cend(),
                                                 orderRows.at(i));
                const qsizetype index = at - table.rowNumbers.cbegin();
                rep.rejected.append(
                    { orderRows.at(i),
                      tr("%1 “%2” already has a payment in profile “%3”: delete "
                         "or re-issue that one instead.")
                          .arg(label(PayByLinkField::Order), orders.at(i).orderRef, profile.name),
                      CsvReader::detached(table.rows.value(index)) });
            }
            orders = std::move(kept);
            orderRows = std::move(keptRows);
            std::sort(rep.rejected.begin(), rep.rejected.end(),
                      [](const Rejected &a, const Rejected &b) { return a.row < b.row; });
        }
    }
    rep.checkMs = timer.elapsed();
    report(options, Phase::Checking, total, total);

    if (orders.isEmpty())
        return rep;
    // Request-level problems (password, key, a raw "h") show on the first
    // link already, on a dry run too.
    if (const Result<Payment> first = PayByLinkOrders::makePayment(
            profile, options.password, orders.constFirst(), options.extra);
        !first)
        return first.error();
    if (options.dryRun) {
        rep.imported = orders.size();
        return rep;
    }

    // 3. Sign on pool threads while this thread writes the previous chunk.
    // The opt-in short alias takes the general path; plain links the fast one.
    std::unique_ptr<RowSigner> fast;
    if (!profile.shortAlias) {
        Result<std::unique_ptr<PayByLinkSigner::Prepared>> prepared =
            PayByLinkSigner::Prepared::prepare(
                PayByLinkOrders::request(profile, options.password, profile.leadingParameters()));
        if (!prepared)
            return prepared.error();
        fast = std::make_unique<RowSigner>(profile, std::move(prepared).value(), options.extra);
    }
    std::atomic<qint64> signNs = 0;
    const auto signChunk = [&orders, &options, &signNs, &fast](qsizetype from) {
        QElapsedTimer t;
        t.start();
        QList<BulkPaymentWriter::Row> rows;
        const qsizetype to = std::min(orders.size(), from + kChunk);
        rows.reserve(to - from);
        for (qsizetype i = from; i < to; ++i)
            rows.append(fast ? fast->row(orders.at(i)) : signedRow(options, orders.at(i)));
        signNs += t.nsecsElapsed();
        return rows;
    };

    timer.restart();
    BulkPaymentWriter writer(db);
    if (Status s = writer.begin(profile.id > 0 ? std::optional<qint64>(profile.id) : std::nullopt,
                                options.source, orders.size());
        !s)
        return s.error();
    // Two chunks are signed ahead, so signing also fills the time this
    // thread would otherwise wait.
    QList<QFuture<QList<BulkPaymentWriter::Row>>> ahead;
    qsizetype nextChunk = 0;
    const auto signAhead = [&] {
        while (ahead.size() < 2 && nextChunk < orders.size()) {
            ahead.append(QtConcurrent::run(signChunk, nextChunk));
            nextChunk += kChunk;
        }
    };
    const auto drain = [&ahead] {
        for (QFuture<QList<BulkPaymentWriter::Row>> &f : ahead)
            f.waitForFinished();
    };
    signAhead();
    QElapsedTimer waiting;
    qint64 waitNs = 0;
    for (qsizetype from = 0; from < orders.size(); from += kChunk) {
        waiting.start();
        const QList<BulkPaymentWriter::Row> rows = ahead.takeFirst().result();
        waitNs += waiting.nsecsElapsed();
        signAhead();
        if (cancelled(options)) {
            drain();
            writer.abort();
            rep.cancelled = true;
            return rep;
        }
        if (Status s = writer.append(rows); !s) {
            drain();
            return s.error();
        }
        report(options, Phase::Writing, std::min(orders.size(), from + kChunk), orders.size());
    }
    report(options, Phase::Indexing, 0, 1);
    if (Status s = writer.finish(); !s)
        return s.error();
    rep.indexMs = writer.indexMilliseconds();
    rep.commitMs = writer.commitMilliseconds();
    rep.writeMs = timer.elapsed() - rep.indexMs - rep.commitMs;
    rep.waitMs = waitNs / 1000000;
    rep.signMs = signNs / 1000000;
    rep.rebuiltIndexes = writer.rebuildsIndexes();
    rep.searchDeferred = writer.defersSearch();
    rep.batchId = writer.batchId();
    rep.imported = writer.rowsWritten();
    report(options, Phase::Indexing, 1, 1);
    return rep;
}

Status PayByLinkImport::saveRejected(const QString &path, const CsvReader::Table &table,
                                     const QList<Rejected> &rejected)
{
    CsvWriter writer(path, { table.delimiter.isNull() ? QChar(u',') : table.delimiter, false });
    if (Status s = writer.open(); !s)
        return s;
    writer.writeRow(table.header + QStringList { QStringLiteral("error") });
    for (const Rejected &r : rejected) {
        // The error goes under its header; extra fields of a too-long row follow it.
        QStringList cells = r.cells.mid(0, table.header.size());
        while (cells.size() < table.header.size())
            cells.append(QString());
        cells.append(QStringLiteral("row %1: %2").arg(r.row).arg(r.message));
        cells.append(r.cells.mid(table.header.size()));
        writer.writeRow(cells);
    }
    return writer.commit();
}

} // namespace paylink
