#include "PayByLinkImport.h"
#include "core/BackgroundPool.h"

#include "core/HugePages.h"
#include "core/WebLink.h"
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

// "E-mail", "e_mail" and "E Mail" are one header: case, spaces, dashes,
// underscores and dots do not count.
QString normaliseHeader(QString header)
{
    header.remove(QChar(0xFEFF));
    header = header.trimmed().toLower();
    header.removeIf(
        [](QChar c) { return c.isSpace() || c == u'-' || c == u'_' || c == u'.' || c == u'/'; });
    return header;
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

using Rows = BulkPaymentWriter::Rows;

// Adds a row of `out` with the columns every imported row takes from its
// order, as UTF-8.
void addOrderColumns(const PayByLinkOrder &o, Rows &out)
{
    out.add(o.amountMinor);
    out.set(Rows::OrderRef, QStringView(o.orderRef));
    out.set(Rows::CustomerName, QStringView(o.name));
    out.set(Rows::Email, QStringView(o.email));
    out.set(Rows::Phone, QStringView(o.phone));
    out.set(Rows::Currency, QStringView(o.currency));
    out.set(Rows::Description, QStringView(o.description));
    out.set(Rows::Language, QStringView(o.language));
    // The stored yyyy-MM-dd (D5) is the dashed link format.
    if (o.expiry.isValid())
        out.set(Rows::Expiry,
                PayByLinkOrders::formatDateAscii(o.expiry, PayByLinkProfile::DateFormat::Dashed));
    // The parameters stay readable from the link itself (D25).
    out.set(Rows::SignedParams, QByteArrayView("[]"));
}

// The import's fast path: a Prepared signer for the profile's leading
// parameters and each row's values as UTF-8, straight into a writer row,
// reusing the row's own UTF-8 columns as parameter values.
// Gives what PayByLinkOrders::makePayment gives (tst_import compares them
// for every amount and date format).
class RowSigner
{
public:
    // What signing a row needs besides the row: kept from row to row, so
    // that a chunk allocates almost nothing per row.
    struct Scratch
    {
        QList<QPair<QByteArrayView, QByteArrayView>> parameters;
        QByteArray url;
        QByteArray amount;
        QByteArray expiry;
        QByteArray gender;
    };

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

    void add(const PayByLinkOrder &o, Rows &out, Scratch &scratch) const
    {
        addOrderColumns(o, out);
        const qsizetype row = out.size() - 1;
        // Views into `out` and `scratch`, read before `out` grows again.
        scratch.parameters.clear();
        for (const auto &[field, name] : m_mapped) {
            const QByteArrayView value = valueOf(out, row, o, field, scratch);
            if (!value.isEmpty())
                scratch.parameters.append({ name, value });
        }
        for (const auto &[name, value] : m_extra)
            scratch.parameters.append({ name, value });
        m_prepared->sign(scratch.parameters, scratch.url);
        out.set(Rows::Link, scratch.url);
    }

private:
    // PayByLinkOrders::valueOf() as UTF-8, from the row where it has it.
    QByteArrayView valueOf(const Rows &rows, qsizetype row, const PayByLinkOrder &o,
                           PayByLinkField field, Scratch &scratch) const
    {
        switch (field) {
        case PayByLinkField::Order:
            return rows.text(row, Rows::OrderRef);
        case PayByLinkField::Currency:
            return rows.text(row, Rows::Currency);
        case PayByLinkField::Name:
            return rows.text(row, Rows::CustomerName);
        case PayByLinkField::Email:
            return rows.text(row, Rows::Email);
        case PayByLinkField::Phone:
            return rows.text(row, Rows::Phone);
        case PayByLinkField::Description:
            return rows.text(row, Rows::Description);
        case PayByLinkField::Language:
            return rows.text(row, Rows::Language);
        case PayByLinkField::Expiry:
            if (!o.expiry.isValid())
                return {};
            scratch.expiry = PayByLinkOrders::formatDateAscii(o.expiry, m_profile.dateFormat);
            return scratch.expiry;
        case PayByLinkField::Amount:
            scratch.amount = PayByLinkOrders::formatAmountAscii(o.amountMinor, o.currency,
                                                                m_profile.amountFormat);
            return scratch.amount;
        case PayByLinkField::Gender:
            scratch.gender = o.gender.toUtf8();
            return scratch.gender;
        }
        return {};
    }

    const PayByLinkProfile &m_profile;
    std::unique_ptr<PayByLinkSigner::Prepared> m_prepared;
    QList<QPair<QByteArray, QByteArray>> m_extra;
    QList<QPair<PayByLinkField, QByteArray>> m_mapped;
};

// A row whose signed link would be over WebLink::kMaxBytes is refused while
// rows are checked. A character takes at most 9 bytes in a link (3 of UTF-8,
// each percent-encoded), so only a row with long values is signed to measure.
Status linkFits(const PayByLinkImport::Options &options, const PayByLinkOrder &o)
{
    qsizetype chars = o.orderRef.size() + o.name.size() + o.email.size() + o.phone.size()
        + o.description.size() + o.language.size() + o.gender.size() + 64;
    for (const auto &[name, value] : options.extra)
        chars += name.size() + value.size() + 2;
    constexpr qsizetype kFixed = 600; // address, leading parameters, hash
    if (chars * 9 + kFixed <= WebLink::kMaxBytes)
        return success();
    const Result<Payment> p =
        PayByLinkOrders::makePayment(options.profile, options.password, o, options.extra);
    return p ? success() : Status(p.error());
}

// The general path (the opt-in short alias): the signer's own payment.
void addSignedRow(const PayByLinkImport::Options &options, const PayByLinkOrder &order, Rows &out)
{
    addOrderColumns(order, out);
    const Payment p =
        *PayByLinkOrders::makePayment(options.profile, options.password, order, options.extra);
    out.set(Rows::Link, QStringView(p.link));
    out.set(Rows::ShortLink, QStringView(p.shortLink));
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
    // Headers that name a field: the export's own names, and what English,
    // Dutch, German and Russian invoice lists call their columns.
    static const QList<QPair<QString, PayByLinkField>> aliases = [] {
        QList<QPair<QString, PayByLinkField>> list {
            { QStringLiteral("orderref"), PayByLinkField::Order },
            { QStringLiteral("customername"), PayByLinkField::Name },
            { QStringLiteral("amountminor"), PayByLinkField::Amount },
        };
        const std::initializer_list<std::pair<PayByLinkField, const char16_t *>> words {
            { PayByLinkField::Order,
              u"ordernumber ordernr orderno invoice invoicenumber invoiceno "
              u"reference factuur factuurnummer factuurnr ordernummer "
              u"bestelnummer kenmerk rechnung rechnungsnummer rechnungsnr "
              u"bestellnummer auftragsnummer заказ номерзаказа счет счёт "
              u"номерсчета номерсчёта" },
            { PayByLinkField::Name,
              u"customer client klant klantnaam naam kunde kundenname "
              u"клиент покупатель имя фио" },
            { PayByLinkField::Email,
              u"mail emailaddress emailadres mailadres emailadresse почта "
              u"электроннаяпочта" },
            { PayByLinkField::Phone,
              u"telephone tel mobile telefoon telefoonnummer mobiel "
              u"telefon telefonnummer телефон" },
            { PayByLinkField::Amount, u"total totaal bedrag betrag summe сумма" },
            { PayByLinkField::Currency, u"valuta währung wahrung валюта" },
            { PayByLinkField::Description,
              u"omschrijving beschrijving beschreibung "
              u"verwendungszweck memo описание назначение" },
            { PayByLinkField::Expiry,
              u"duedate expires expirydate vervaldatum verloopdatum "
              u"geldigtot fällig fälligam fälligkeit fälligkeitsdatum "
              u"gültigbis срок срокоплаты оплатитьдо" },
            { PayByLinkField::Language, u"taal sprache язык" },
        };
        for (const auto &[field, names] : words)
            for (const QString &name : QString::fromUtf16(names).split(u' ', Qt::SkipEmptyParts))
                list.append({ name, field });
        return list;
    }();
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

    // 1. Check every row, in two halves on both cores. Each row's order is
    // parsed in place; `kept` then lists, in file order, the rows to import.
    QElapsedTimer timer;
    timer.start();
    QList<PayByLinkOrder> parsed;
    resizeOnHugePages(parsed, total);
    QList<QString> problems; // empty when the row is fine
    resizeOnHugePages(problems, total);
    const auto label = [&table, &map](PayByLinkField field) -> QString {
        return table.header.value(map.columns.value(field)).trimmed() + u':';
    };
    const qsizetype width = table.header.size();
    QList<QPair<PayByLinkField, qsizetype>> columns; // read in this order, for every row
    for (auto it = map.columns.constBegin(); it != map.columns.constEnd(); ++it)
        columns.append({ it.key(), it.value() });
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
            const CsvReader::Row cells = table.rows.at(i);
            if (cells.size() != width) {
                problems[i] = tr("the row has %n field(s), but the header has %1: look for a "
                                 "missing or extra “%2” or quote.",
                                 nullptr, int(cells.size()))
                                  .arg(width)
                                  .arg(table.delimiter == u'\t' ? QStringLiteral("tab")
                                                                : QString(table.delimiter));
                continue;
            }
            for (const auto &[field, column] : columns) {
                // A cell of our own export that was guarded against formulas
                // comes back as it was.
                const QString &cell = cells.at(column);
                input.set(field,
                          CsvWriter::unguardFormula(cell).size() == cell.size() ? cell
                                                                                : cell.mid(1));
            }
            const QList<PayByLinkOrders::Problem> found =
                PayByLinkOrders::parse(input, label, &parsed[i]);
            if (!found.isEmpty()) {
                QStringList messages;
                for (const auto &p : found)
                    messages.append(p.message);
                problems[i] = messages.join(u' ');
            } else if (Status s = linkFits(options, parsed[i]); !s) {
                problems[i] = s.error().message;
            }
        }
    };
    // Each half also notes, of its fine rows, the first with each order
    // reference (views of `parsed`, which stays as it is) and which rows
    // repeat one of its own earlier rows.
    const qsizetype half = total / 2;
    QList<qsizetype> sameAs;
    resizeOnHugePages(sameAs, total);
    sameAs.fill(-1);
    QHash<QStringView, qsizetype> firstOf[2];
    const auto checkHalf = [&](int h) {
        const qsizetype from = h ? half : 0;
        const qsizetype to = h ? total : half;
        checkRange(from, to, h == 0);
        if (cancelled(options))
            return;
        QHash<QStringView, qsizetype> &first = firstOf[h];
        first.reserve(to - from);
        for (qsizetype i = from; i < to; ++i) {
            if (!problems.at(i).isEmpty())
                continue;
            qsizetype &slot = first[parsed.at(i).orderRef]; // one look-up; 0 until noted
            if (slot == 0)
                slot = i + 1;
            else
                sameAs[i] = slot - 1;
        }
    };
    QFuture<void> secondHalf = QtConcurrent::run(backgroundPool(), checkHalf, 1);
    checkHalf(0);
    secondHalf.waitForFinished();
    if (cancelled(options)) {
        rep.cancelled = true;
        return rep;
    }
    const auto rowNumber = [&table](qsizetype i) { return table.rowNumbers.value(i, i + 2); };
    // In file order, the first fine row with a reference is kept and later
    // ones name it.
    QList<qsizetype> kept;
    reserveOnHugePages(kept, total);
    for (qsizetype i = 0; i < total; ++i) {
        QString &problem = problems[i];
        if (problem.isEmpty()) {
            const QString &ref = parsed.at(i).orderRef;
            qsizetype first = sameAs.at(i);
            if (i >= half)
                first = firstOf[0].value(ref, first + 1) - 1;
            if (first < 0) {
                kept.append(i);
                continue;
            }
            problem = tr("%1 “%2” is also on row %3: each order reference may be imported "
                         "once.")
                          .arg(label(PayByLinkField::Order), ref)
                          .arg(rowNumber(first));
        }
        rep.rejected.append({ rowNumber(i), problem, CsvReader::detached(table.rows.at(i)) });
    }
    problems.clear();

    // 2. Against the profile's stored payments: under the write lock, so
    // that an import running at the same time cannot take an order between
    // this check and the insert (the unique index is the backstop, D40).
    BulkPaymentWriter writer(db);
    writer.setWaiting(options.waitSeconds, options.waiting);
    if (!options.dryRun && !kept.isEmpty()) {
        if (Status s =
                writer.begin(profile.id > 0 ? std::optional<qint64>(profile.id) : std::nullopt,
                             options.source, kept.size());
            !s)
            return s.error();
    }
    if (profile.id > 0 && !kept.isEmpty()) {
        QStringList refs;
        refs.reserve(kept.size());
        for (const qsizetype i : std::as_const(kept))
            refs.append(parsed.at(i).orderRef);
        const Result<QStringList> taken = PaymentStore(db).takenOrderRefs(profile.id, refs);
        if (!taken)
            return taken.error();
        if (!taken->isEmpty()) {
            const QSet<QString> takenSet(taken->cbegin(), taken->cend());
            QList<qsizetype> free;
            for (const qsizetype i : std::as_const(kept)) {
                if (!takenSet.contains(parsed.at(i).orderRef)) {
                    free.append(i);
                    continue;
                }
                rep.rejected.append(
                    { rowNumber(i),
                      tr("%1 “%2” already has a payment in profile “%3”: delete "
                         "or re-issue that one instead.")
                          .arg(label(PayByLinkField::Order), parsed.at(i).orderRef, profile.name),
                      CsvReader::detached(table.rows.at(i)) });
            }
            kept = std::move(free);
            std::sort(rep.rejected.begin(), rep.rejected.end(),
                      [](const Rejected &a, const Rejected &b) { return a.row < b.row; });
        }
    }
    rep.checkMs = timer.elapsed();
    report(options, Phase::Checking, total, total);

    if (kept.isEmpty())
        return rep;
    // Request-level problems (password, key, a raw "h") show on the first
    // link already, on a dry run too.
    if (const Result<Payment> first = PayByLinkOrders::makePayment(
            profile, options.password, parsed.at(kept.constFirst()), options.extra);
        !first)
        return first.error();
    if (options.dryRun) {
        rep.imported = kept.size();
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
    // Signs a chunk into `rows`, which may hold an earlier chunk whose memory
    // is taken over.
    const auto signChunk = [&parsed, &kept, &options, &signNs, &fast](qsizetype from, Rows rows) {
        QElapsedTimer t;
        t.start();
        const qsizetype to = std::min(kept.size(), from + kChunk);
        rows.clear();
        rows.reserve(to - from, (to - from) * 512);
        RowSigner::Scratch scratch;
        for (qsizetype i = from; i < to; ++i) {
            const PayByLinkOrder &order = parsed.at(kept.at(i));
            if (fast)
                fast->add(order, rows, scratch);
            else
                addSignedRow(options, order, rows);
        }
        signNs += t.nsecsElapsed();
        return rows;
    };

    timer.restart();
    // Two chunks are signed ahead, so signing also fills the time this
    // thread would otherwise wait. A written chunk's memory goes to the next
    // one signed.
    QList<QFuture<Rows>> ahead;
    Rows spare;
    qsizetype nextChunk = 0;
    const auto signAhead = [&] {
        while (ahead.size() < 2 && nextChunk < kept.size()) {
            ahead.append(QtConcurrent::run(backgroundPool(), signChunk, nextChunk,
                                           std::exchange(spare, Rows())));
            nextChunk += kChunk;
        }
    };
    const auto drain = [&ahead] {
        for (QFuture<Rows> &f : ahead)
            f.waitForFinished();
    };
    signAhead();
    QElapsedTimer waiting;
    qint64 waitNs = 0;
    for (qsizetype from = 0; from < kept.size(); from += kChunk) {
        waiting.start();
        Rows rows = ahead.takeFirst().takeResult();
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
        spare = std::move(rows);
        report(options, Phase::Writing, std::min(kept.size(), from + kChunk), kept.size());
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
    rep.batchId = writer.batchId();
    rep.imported = writer.rowsWritten();
    report(options, Phase::Indexing, 1, 1);
    return rep;
}

Status PayByLinkImport::saveRejected(const QString &path, const CsvReader::Table &table,
                                     const QList<Rejected> &rejected)
{
    // As the file came: its delimiter, and its BOM (Excel needs it to read
    // UTF-8, and the merchant fixes this file in the same program).
    CsvWriter writer(path,
                     { table.delimiter.isNull() ? QChar(u',') : table.delimiter, table.hadBom });
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
