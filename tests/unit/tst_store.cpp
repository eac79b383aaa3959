// The payments store on real SQLite files: every field round-trips, bad
// payments are refused naming the field, multi-row writes are all or nothing,
// filters and sums are right.
#include "core/Money.h"
#include "store/BulkPaymentWriter.h"
#include "store/Database.h"
#include "store/PaymentStore.h"
#include "store/TransactionGuard.h"

#include <QSqlQuery>

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace paylink;

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyFieldRoundTrips();
    void refusesBadPayments_data();
    void refusesBadPayments();
    void insertAllIsAllOrNothing();
    void bulkWriterStoresGroupsInOrder();
    void bulkWriterNamesTheRowThatFails_data();
    void bulkWriterNamesTheRowThatFails();
    void bulkInsertNeedsNoStatementJournal();
    void bulkInsertGivesOneValueWhereItSays();
    void bulkWriterKeepsIndexesOfOneValue();
    void bulkWriterRowsAreRefilled();
    void bulkWriterCacheFollowsIndexes();
    void updateAndRemove();
    void markPaidAndUnpaid();
    void markPaidWithUnknownIdChangesNothing();
    void filtersSearchAndDerivedExpired();
    void sortsInSql();
    void totalsPerCurrencyAreExactBeyond64Bits();

private:
    Payment sample(const QString &order, qint64 amount = 2850,
                   const QString &currency = QStringLiteral("EUR"));
    qint64 count(const QString &sql);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_run = 0;
};

void TestStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestStore::init()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_run)));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    m_db = std::move(db).value();
}

void TestStore::cleanup()
{
    m_db.reset();
}

Payment TestStore::sample(const QString &order, qint64 amount, const QString &currency)
{
    Payment p;
    p.orderRef = order;
    p.customerName = QStringLiteral("Customer ") + order;
    p.amountMinor = amount;
    p.currency = currency;
    p.link = QStringLiteral("https://example.com/pay/") + order;
    p.status = PaymentStatus::Ready;
    return p;
}

qint64 TestStore::count(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestStore::everyFieldRoundTrips()
{
    QSqlQuery setup(m_db->connection());
    QVERIFY(setup.exec(QStringLiteral(
        "INSERT INTO profiles (id, uid, service, name, settings, created_at, updated_at) VALUES "
        "(7, 'a1b2', 'bitrix24', 'Портал', '{}', '2026-01-01T00:00:00.000Z', "
        "'2026-01-01T00:00:00.000Z')")));
    QVERIFY(
        setup.exec(QStringLiteral("INSERT INTO import_batches (id, source, created_at, row_count) "
                                  "VALUES (3, 'file.csv', '2026-01-01T00:00:00.000Z', 1)")));

    Payment p;
    p.service = Service::Bitrix24;
    p.profileId = 7;
    p.externalId = QStringLiteral("200640400001");
    p.orderRef = QStringLiteral("Заказ №17 / 注文");
    p.customerName = QStringLiteral("Jörg Straße 😀 Анна 李");
    p.email = QStringLiteral("jörg@exämple.de");
    p.phone = QStringLiteral("+31 6-12345678");
    p.amountMinor = 1'000'000'000'000; // the largest amount allowed
    p.currency = QStringLiteral("RUB");
    p.description = QStringLiteral("Line one\nline two; \"quoted\", tab\there");
    p.language = QStringLiteral("ru-RU");
    p.expiry = QDate(2030, 2, 28);
    p.link = QStringLiteral("https://b24.example/pub/?orderId=3689&paymentId=1063");
    p.shortLink = QStringLiteral("https://b24.example/~tR9sB");
    p.qrPng = QByteArray("\x89PNG\r\n\x1a\n\0\0binary\xff", 18);
    p.status = PaymentStatus::Failed;
    p.lastError = QStringLiteral("Платёж не найден");
    p.importBatchId = 3;
    p.signedParameters = { { QStringLiteral("mt"), QStringLiteral("Mapping") },
                           { QStringLiteral("u"), QStringLiteral("user") },
                           { QStringLiteral("A"), QStringLiteral("28,50") },
                           { QStringLiteral("N"), QStringLiteral("Jan & Bakker = ok") } };
    QVERIFY(PaymentStore(*m_db).insert(p).ok());
    QVERIFY(p.id > 0);
    QVERIFY(p.createdAt.isValid());

    const Result<std::optional<Payment>> found = PaymentStore(*m_db).find(p.id);
    QVERIFY(found.ok() && found->has_value());
    const Payment &q = **found;
    QCOMPARE(q.service, p.service);
    QCOMPARE(q.profileId, p.profileId);
    QCOMPARE(q.profileName, QStringLiteral("Портал"));
    QCOMPARE(q.externalId, p.externalId);
    QCOMPARE(q.orderRef, p.orderRef);
    QCOMPARE(q.customerName, p.customerName);
    QCOMPARE(q.email, p.email);
    QCOMPARE(q.phone, p.phone);
    QCOMPARE(q.amountMinor, Q_INT64_C(1000000000000));
    QCOMPARE(q.currency, p.currency);
    QCOMPARE(q.description, p.description);
    QCOMPARE(q.language, p.language);
    QCOMPARE(q.expiry, p.expiry);
    QCOMPARE(q.link, p.link);
    QCOMPARE(q.shortLink, p.shortLink);
    QCOMPARE(q.qrPng, p.qrPng);
    QCOMPARE(q.status, p.status);
    QCOMPARE(q.lastError, p.lastError);
    QCOMPARE(q.importBatchId, p.importBatchId);
    QCOMPARE(q.signedParameters, p.signedParameters);
    QCOMPARE(q.createdAt, p.createdAt);
    QCOMPARE(q.updatedAt, p.updatedAt);
    // Optional fields stay empty, not "0" or NULL-as-text.
    Payment bare = sample(QStringLiteral("BARE"));
    QVERIFY(PaymentStore(*m_db).insert(bare).ok());
    const Payment b = **PaymentStore(*m_db).find(bare.id);
    QVERIFY(!b.profileId.has_value());
    QVERIFY(!b.importBatchId.has_value());
    QVERIFY(b.externalId.isEmpty());
    QVERIFY(!b.expiry.isValid());
    QVERIFY(b.qrPng.isEmpty());
}

void TestStore::refusesBadPayments_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("amount too large") << QStringLiteral("amount+") << QStringLiteral("Amount");
    QTest::newRow("negative amount") << QStringLiteral("amount-") << QStringLiteral("Amount");
    QTest::newRow("unknown currency") << QStringLiteral("currency") << QStringLiteral("Currency");
    QTest::newRow("bad e-mail") << QStringLiteral("email") << QStringLiteral("E-mail");
    QTest::newRow("link not http") << QStringLiteral("link") << QStringLiteral("Link");
    QTest::newRow("status expired") << QStringLiteral("status") << QStringLiteral("Status");
    QTest::newRow("ready without link") << QStringLiteral("ready") << QStringLiteral("Status");
}

void TestStore::refusesBadPayments()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    Payment p = sample(QStringLiteral("BAD"));
    if (field == QLatin1String("amount+"))
        p.amountMinor = Money::kMaxMinor + 1;
    else if (field == QLatin1String("amount-"))
        p.amountMinor = -1;
    else if (field == QLatin1String("currency"))
        p.currency = QStringLiteral("XYZ");
    else if (field == QLatin1String("email"))
        p.email = QStringLiteral("jan at example");
    else if (field == QLatin1String("link"))
        p.link = QStringLiteral("ftp://example.com/x");
    else if (field == QLatin1String("status"))
        p.status = PaymentStatus::Expired;
    else if (field == QLatin1String("ready"))
        p.link.clear();
    const Status s = PaymentStore(*m_db).insert(p);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.startsWith(expected), qPrintable(s.error().message));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments")), 0);
}

void TestStore::insertAllIsAllOrNothing()
{
    QList<Payment> rows { sample(QStringLiteral("A")), sample(QStringLiteral("B")),
                          sample(QStringLiteral("C")) };
    for (Payment &p : rows)
        p.service = Service::Bitrix24;
    rows[0].externalId = QStringLiteral("1063");
    rows[2].externalId = QStringLiteral("1063"); // the same payment twice: the unique index refuses
    const Status s = PaymentStore(*m_db).insertAll(rows);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("external id")),
             qPrintable(s.error().message));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments_fts")), 0);

    // A guard that is never committed rolls back on destruction.
    {
        TransactionGuard tx(m_db->connection());
        QVERIFY(tx.isActive());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO import_batches (source, created_at) VALUES ('x', 'y')")));
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM import_batches")), 0);
}

namespace {

BulkPaymentWriter::Rows writerRows(int n, int badAmountAt = 0)
{
    using Rows = BulkPaymentWriter::Rows;
    Rows rows;
    for (int i = 1; i <= n; ++i) {
        rows.add(i == badAmountAt ? -1 : 100 + i);
        // Set out of column order, and some left unset: each lands in its own column.
        rows.set(Rows::Link, QByteArray("https://example.test/" + QByteArray::number(i)));
        rows.set(Rows::OrderRef, QByteArray("W-" + QByteArray::number(i)));
        rows.set(Rows::CustomerName, QStringView(QStringLiteral("Klant Jérôme 李 %1").arg(i)));
        rows.set(Rows::Currency, QByteArrayView("EUR"));
        if (i % 2)
            rows.set(Rows::Expiry, QByteArrayView("2099-12-31"));
        rows.set(Rows::SignedParams, QByteArrayView("[]"));
    }
    return rows;
}

} // namespace

// Rows go in as grouped INSERTs and singles for the rest (70 = 2 x 32 + 6);
// each keeps its own values, in order.
void TestStore::bulkWriterStoresGroupsInOrder()
{
    BulkPaymentWriter writer(*m_db);
    QVERIFY(writer.begin(std::nullopt, QStringLiteral("groups.csv"), 70).ok());
    QVERIFY(writer.append(writerRows(70)).ok());
    QVERIFY(writer.finish().ok());
    QCOMPARE(writer.rowsWritten(), 70);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT order_ref, customer_name, amount_minor, expiry, link, "
                                  "status, import_batch_id, email, short_link, currency, "
                                  "signed_params FROM payments ORDER BY id")));
    int i = 0;
    while (q.next()) {
        ++i;
        QCOMPARE(q.value(0).toString(), QStringLiteral("W-%1").arg(i));
        QCOMPARE(q.value(1).toString(), QStringLiteral("Klant Jérôme 李 %1").arg(i));
        QCOMPARE(q.value(2).toLongLong(), 100 + i);
        QCOMPARE(q.value(3).isNull(), i % 2 == 0);
        QCOMPARE(q.value(4).toString(), QStringLiteral("https://example.test/%1").arg(i));
        QCOMPARE(q.value(5).toString(), QStringLiteral("ready"));
        QCOMPARE(q.value(6).toLongLong(), writer.batchId());
        // Texts never set are empty, not NULL.
        QVERIFY(!q.value(7).isNull());
        QCOMPARE(q.value(7).toString(), QString());
        QVERIFY(!q.value(8).isNull());
        QCOMPARE(q.value(9).toString(), QStringLiteral("EUR"));
        QCOMPARE(q.value(10).toString(), QStringLiteral("[]"));
    }
    QCOMPARE(i, 70);
}

// A row the table refuses inside a group is named by its own number (the
// group's rows before it are counted, none after), and nothing of the
// import stays.
void TestStore::bulkWriterNamesTheRowThatFails_data()
{
    QTest::addColumn<int>("bad");
    QTest::newRow("first of the second group") << 33;
    QTest::newRow("inside the second group") << 45;
    QTest::newRow("last of the second group") << 64;
    QTest::newRow("a single row after the groups") << 70;
}

void TestStore::bulkWriterNamesTheRowThatFails()
{
    QFETCH(int, bad);
    // The CHECK refuses the amount of payment `bad` (70 = 2 x 32 + 6).
    const BulkPaymentWriter::Rows rows = writerRows(70, bad);
    {
        BulkPaymentWriter writer(*m_db);
        QVERIFY(writer.begin(std::nullopt, QStringLiteral("bad.csv"), 70).ok());
        const Status s = writer.append(rows);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("payment %1;").arg(bad)),
                 qPrintable(s.error().message));
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM import_batches")), 0);
}

// D37: SQLite keeps a statement journal for a multi-row INSERT that may stop
// halfway with ABORT, which a constraint with the default conflict action or
// any function call implies. The bulk INSERT's program has neither.
void TestStore::bulkInsertNeedsNoStatementJournal()
{
    sqlite3 *h = m_db->sqliteHandle();
    QVERIFY(h);
    // As the writer prepares it: foreign keys are off during a bulk import.
    QCOMPARE(sqlite3_exec(h, "PRAGMA foreign_keys = OFF", nullptr, nullptr, nullptr), SQLITE_OK);
    const QByteArray sql = "EXPLAIN " + BulkPaymentWriter::insertStatement(2);
    sqlite3_stmt *st = nullptr;
    QCOMPARE(sqlite3_prepare_v2(h, sql.constData(), -1, &st, nullptr), SQLITE_OK);
    int halts = 0;
    int ops = 0;
    QString problem;
    while (sqlite3_step(st) == SQLITE_ROW && problem.isEmpty()) {
        ++ops;
        const int addr = sqlite3_column_int(st, 0);
        const QByteArray op(reinterpret_cast<const char *>(sqlite3_column_text(st, 1)));
        if (op == "Function" || op == "PureFunc")
            problem = QStringLiteral("the INSERT calls a function at %1").arg(addr);
        // P1 is the error (nonzero for a constraint), P2 the action: 2 is ABORT.
        if ((op == "Halt" || op == "HaltIfNull") && sqlite3_column_int(st, 2) != 0) {
            ++halts;
            if (sqlite3_column_int(st, 3) == 2)
                problem = QStringLiteral("the constraint at %1 aborts").arg(addr);
        }
    }
    sqlite3_finalize(st);
    QCOMPARE(sqlite3_exec(h, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr), SQLITE_OK);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(ops > 50);
    QVERIFY2(halts >= 8, qPrintable(QString::number(halts))); // the checks, for both rows
}

// The columns the writer counts as one value in every row are exactly those
// whose value is the same in two rows of its INSERT.
void TestStore::bulkInsertGivesOneValueWhereItSays()
{
    // INSERT OR FAIL INTO payments (a, b, ...) VALUES (x, y, ...), (z, w, ...)
    const QByteArray sql = BulkPaymentWriter::insertStatement(2);
    const qsizetype open = sql.indexOf('(');
    const qsizetype close = sql.indexOf(')', open);
    const QList<QByteArray> columns = sql.mid(open + 1, close - open - 1).split(',');
    const QByteArray tuples = sql.mid(sql.indexOf("VALUES (") + 8);
    const qsizetype between = tuples.indexOf("), (");
    QVERIFY(between > 0 && tuples.endsWith(')'));
    const QList<QByteArray> first = tuples.left(between).split(',');
    const QList<QByteArray> second = tuples.mid(between + 4).chopped(1).split(',');
    QCOMPARE(first.size(), columns.size());
    QCOMPARE(second.size(), columns.size());
    const QList<QByteArray> said = BulkPaymentWriter::sameInEveryRow();
    int same = 0;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QByteArray column = columns.at(i).trimmed();
        const bool equal = first.at(i).trimmed() == second.at(i).trimmed();
        QVERIFY2(equal == said.contains(column), column.constData());
        same += equal;
    }
    QCOMPARE(same, said.size());
}

// D25: a large import drops the plain indexes and rebuilds them before
// COMMIT, except those whose key has one value in all its rows: they take
// the rows as they come. Afterwards every index is there and whole.
void TestStore::bulkWriterKeepsIndexesOfOneValue()
{
    const auto indexes = [this] {
        QStringList names;
        QSqlQuery q(m_db->connection());
        if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                  "tbl_name = 'payments' AND sql IS NOT NULL ORDER BY name")))
            while (q.next())
                names << q.value(0).toString();
        return names;
    };
    const QStringList all = indexes();
    QVERIFY2(all.size() >= 9, qPrintable(all.join(u' ')));
    {
        BulkPaymentWriter writer(*m_db);
        QVERIFY(writer.begin(std::nullopt, QStringLiteral("large.csv"), 5000).ok());
        QVERIFY(writer.rebuildsIndexes());
        QCOMPARE(
            indexes(),
            (QStringList { QStringLiteral("payments_batch"), QStringLiteral("payments_created"),
                           QStringLiteral("payments_external"), QStringLiteral("payments_service"),
                           QStringLiteral("payments_unique_entity_order"),
                           QStringLiteral("payments_unique_order") }));
        QVERIFY(writer.append(writerRows(5000)).ok());
        QVERIFY(writer.finish().ok());
    }
    QCOMPARE(indexes(), all);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments INDEXED BY payments_batch "
                                  "WHERE import_batch_id > 0")),
             5000);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments INDEXED BY payments_service "
                                  "WHERE service = 'paybylink'")),
             5000);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments INDEXED BY payments_customer "
                                  "WHERE customer_name > 'Klant'")),
             5000);
}

// The import hands a written chunk's Rows to the next chunk: after clear(),
// nothing of the earlier rows shows through, longer or shorter.
void TestStore::bulkWriterRowsAreRefilled()
{
    using Rows = BulkPaymentWriter::Rows;
    Rows rows = writerRows(40);
    rows.clear();
    QCOMPARE(rows.size(), 0);
    QVERIFY(rows.isEmpty());
    rows.add(7);
    rows.set(Rows::OrderRef, QByteArrayView("R-1"));
    rows.set(Rows::Currency, QStringView(u"PLN"));
    rows.set(Rows::Link, QStringView(u"https://example.test/ż?x=1"));
    rows.add(8);
    rows.set(Rows::OrderRef, QByteArrayView("R-2"));
    rows.set(Rows::Currency, QByteArrayView("CZK"));
    rows.setAmountMinor(1, 9);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.text(0, Rows::Link), QByteArrayView("https://example.test/\xC5\xBC?x=1"));
    QCOMPARE(rows.text(1, Rows::Link).size(), 0);
    QCOMPARE(rows.amountMinor(1), 9);

    BulkPaymentWriter writer(*m_db);
    QVERIFY(writer.begin(std::nullopt, QStringLiteral("refill.csv"), 2).ok());
    QVERIFY(writer.append(rows).ok());
    QVERIFY(writer.finish().ok());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT order_ref, amount_minor, currency, link, customer_name, "
                                  "expiry FROM payments ORDER BY id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("R-1"));
    QCOMPARE(q.value(1).toLongLong(), 7);
    QCOMPARE(q.value(2).toString(), QStringLiteral("PLN"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("https://example.test/ż?x=1"));
    QCOMPARE(q.value(4).toString(), QString());
    QVERIFY(q.value(5).isNull());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("R-2"));
    QCOMPARE(q.value(1).toLongLong(), 9);
    QCOMPARE(q.value(2).toString(), QStringLiteral("CZK"));
    QVERIFY(!q.next());
}

void TestStore::updateAndRemove()
{
    Payment p = sample(QStringLiteral("EDIT"));
    QVERIFY(PaymentStore(*m_db).insert(p).ok());
    const QDateTime created = p.createdAt;
    p.customerName = QStringLiteral("Новое имя");
    p.amountMinor = 99;
    QTest::qWait(5);
    QVERIFY(PaymentStore(*m_db).update(p).ok());
    const Payment q = **PaymentStore(*m_db).find(p.id);
    QCOMPARE(q.customerName, QStringLiteral("Новое имя"));
    QCOMPARE(q.amountMinor, 99);
    QCOMPARE(q.createdAt, created);
    QVERIFY(q.updatedAt > created);
    // The search index follows the update.
    PaymentFilter f;
    f.search = QStringLiteral("Новое");
    QCOMPARE(*PaymentStore(*m_db).count(f), 1);

    QVERIFY(PaymentStore(*m_db).remove({ p.id }).ok());
    QVERIFY(!PaymentStore(*m_db).find(p.id)->has_value());
    QCOMPARE(*PaymentStore(*m_db).count(f), 0);
    p.id = 12345;
    QVERIFY(!PaymentStore(*m_db).update(p).ok());
}

void TestStore::markPaidAndUnpaid()
{
    Payment withLink = sample(QStringLiteral("L"));
    Payment draft = sample(QStringLiteral("D"));
    draft.link.clear();
    draft.status = PaymentStatus::Draft;
    PaymentStore store(*m_db);
    QVERIFY(store.insert(withLink).ok());
    QVERIFY(store.insert(draft).ok());
    QVERIFY(store.markPaid({ withLink.id, draft.id }, true).ok());
    QCOMPARE((*store.find(withLink.id))->status, PaymentStatus::Paid);
    QCOMPARE((*store.find(draft.id))->status, PaymentStatus::Paid);
    QVERIFY(store.markPaid({ withLink.id, draft.id }, false).ok());
    QCOMPARE((*store.find(withLink.id))->status, PaymentStatus::Ready);
    QCOMPARE((*store.find(draft.id))->status, PaymentStatus::Draft);
}

void TestStore::markPaidWithUnknownIdChangesNothing()
{
    Payment p = sample(QStringLiteral("KEEP"));
    QVERIFY(PaymentStore(*m_db).insert(p).ok());
    const Status s = PaymentStore(*m_db).markPaid({ p.id, 424242 }, true);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("424242")), qPrintable(s.error().message));
    QCOMPARE((*PaymentStore(*m_db).find(p.id))->status, PaymentStatus::Ready);
}

void TestStore::filtersSearchAndDerivedExpired()
{
    PaymentStore store(*m_db);
    Payment a = sample(QStringLiteral("INV-100"));
    a.customerName = QStringLiteral("Анна Петрова");
    a.email = QStringLiteral("anna@example.ru");
    Payment b = sample(QStringLiteral("INV-200"));
    b.expiry = QDate::currentDate().addDays(-1); // ready but expired
    Payment c = sample(QStringLiteral("ORD-300"));
    c.service = Service::Bitrix24;
    c.status = PaymentStatus::Paid;
    Payment d = sample(QStringLiteral("ORD-400"));
    d.expiry = QDate::currentDate(); // expires today: still ready
    for (Payment *p : { &a, &b, &c, &d })
        QVERIFY(store.insert(*p).ok());

    const auto ids = [&](const PaymentFilter &f) {
        QList<qint64> out;
        for (const Payment &p : *store.list(f, { PaymentField::Id, Qt::AscendingOrder }))
            out << p.id;
        return out;
    };
    PaymentFilter f;
    f.search = QStringLiteral("петров"); // FTS trigram, case-insensitive Cyrillic
    QCOMPARE(ids(f), QList<qint64> { a.id });
    f.search = QStringLiteral("inv"); // three characters
    QCOMPARE(ids(f), (QList<qint64> { a.id, b.id }));
    f.search = QStringLiteral("D-"); // two characters: LIKE
    QCOMPARE(ids(f), (QList<qint64> { c.id, d.id }));
    f.search = QStringLiteral("100%"); // LIKE wildcards are literal
    QCOMPARE(ids(f), QList<qint64> {});
    f = {};
    f.status = PaymentStatus::Expired;
    QCOMPARE(ids(f), QList<qint64> { b.id });
    f.status = PaymentStatus::Ready;
    QCOMPARE(ids(f), (QList<qint64> { a.id, d.id }));
    f = {};
    f.service = Service::Bitrix24;
    QCOMPARE(ids(f), QList<qint64> { c.id });
    f = {};
    f.createdFrom = QDate::currentDate();
    f.createdTo = QDate::currentDate();
    QCOMPARE(ids(f).size(), 4);
    f.createdFrom = QDate::currentDate().addDays(1);
    f.createdTo = QDate();
    QCOMPARE(ids(f).size(), 0);
    QCOMPARE(*store.count(PaymentFilter::ofIds({ a.id, c.id })), 2);
    QCOMPARE((*store.find(b.id))->effectiveStatus(), PaymentStatus::Expired);
}

void TestStore::sortsInSql()
{
    PaymentStore store(*m_db);
    int n = 0;
    for (qint64 amount : { 500, 100, 300, 100 }) {
        // One payment per order reference (D40): the second 100 is S100b.
        Payment p = sample(
            QStringLiteral("S%1%2").arg(amount).arg(++n == 4 ? QStringLiteral("b") : QString()),
            amount);
        QVERIFY(store.insert(p).ok());
    }
    const auto amounts = [&](Qt::SortOrder order) {
        QList<qint64> out;
        for (const Payment &p : *store.list({}, { PaymentField::Amount, order }))
            out << p.amountMinor;
        return out;
    };
    QCOMPARE(amounts(Qt::AscendingOrder), (QList<qint64> { 100, 100, 300, 500 }));
    QCOMPARE(amounts(Qt::DescendingOrder), (QList<qint64> { 500, 300, 100, 100 }));
    const QList<Payment> page = *store.list({}, { PaymentField::Amount, Qt::AscendingOrder }, 2, 1);
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.at(0).amountMinor, 100);
    QCOMPARE(page.at(1).amountMinor, 300);
}

void TestStore::totalsPerCurrencyAreExactBeyond64Bits()
{
    // 10,000,000 payments of 10^12 would take minutes; write the rows straight
    // in SQL with a recursive CTE in one statement.
    constexpr qint64 kRows = 9'300'000; // 9.3 * 10^18 minor units > INT64_MAX
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER payments_fts_ai")));
    QVERIFY(q.exec(QStringLiteral("DROP INDEX payments_created")));
    QVERIFY(
        q.exec(QStringLiteral(
                   "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                   "INSERT INTO payments (service, amount_minor, currency, status, created_at, "
                   "updated_at) "
                   "SELECT 'paybylink', 1000000000000, 'EUR', 'draft', '2026-01-01T00:00:00.000Z', "
                   "'2026-01-01T00:00:00.000Z' FROM n")
                   .arg(kRows)));
    Payment rub = sample(QStringLiteral("R"), 90000, QStringLiteral("RUB"));
    QVERIFY(PaymentStore(*m_db).insert(rub).ok());
    // SQLite's own SUM would fail with "integer overflow" here.
    QSqlQuery plain(m_db->connection());
    QVERIFY(
        !plain.exec(QStringLiteral("SELECT sum(amount_minor) FROM payments WHERE currency = 'EUR'"))
        || !plain.next());

    const Result<QList<CurrencyTotal>> totals = PaymentStore(*m_db).totals({});
    QVERIFY2(totals.ok(), totals.ok() ? "" : qPrintable(totals.error().detail));
    QCOMPARE(totals->size(), 2);
    QCOMPARE(totals->at(0).currency, QStringLiteral("EUR"));
    QCOMPARE(totals->at(0).count, kRows);
    QVERIFY(totals->at(0).sumMinor == Int128(kRows) * 1'000'000'000'000);
    QCOMPARE(Money::format(totals->at(0).sumMinor, QStringLiteral("EUR"),
                           QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("EUR\u00A093,000,000,000,000,000.00"));
    QCOMPARE(totals->at(1).currency, QStringLiteral("RUB"));
    QVERIFY(totals->at(1).sumMinor == 90000);
}

// D36: an import that rebuilds the indexes keeps the connection's page
// cache; one that writes into the kept indexes raises it to 128 MB.
void TestStore::bulkWriterCacheFollowsIndexes()
{
    const qint64 before = count(QStringLiteral("PRAGMA cache_size"));
    QVERIFY(before != -131072);
    {
        BulkPaymentWriter writer(*m_db);
        QVERIFY(writer.begin(std::nullopt, QStringLiteral("large.csv"), 5000).ok());
        QVERIFY(writer.rebuildsIndexes());
        QCOMPARE(count(QStringLiteral("PRAGMA cache_size")), before);
    }
    {
        BulkPaymentWriter writer(*m_db);
        QVERIFY(writer.begin(std::nullopt, QStringLiteral("small.csv"), 70).ok());
        QVERIFY(!writer.rebuildsIndexes());
        QCOMPARE(count(QStringLiteral("PRAGMA cache_size")), -131072);
    }
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
