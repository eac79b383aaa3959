// The paged table model over a real file, checked by QAbstractItemModelTester
// through reloads, filters and sorts, with rows right across page boundaries.
#include "../TableWait.h"
#include "store/Database.h"
#include "store/PaymentStore.h"
#include "store/PaymentTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace paylink;
using paylink::test::waitLoaded;
using paylink::test::waitRow;

class TestTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesAcrossBoundaries();
    void sortsEveryColumnBothWays();
    void filtersAndRoles();
    void keysetPagesMatchOffsets();
    void onlyTheLastSearchApplies();
    void readFailureIsReported();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<Payment> m_rows;
};

void TestTableModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto db = Database::open(m_dir.filePath(QStringLiteral("table.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    for (int i = 0; i < 1000; ++i) {
        Payment p;
        p.service = i % 3 ? Service::PayByLink : Service::Bitrix24;
        p.orderRef = QStringLiteral("INV-%1").arg(i, 4, 10, QChar(u'0'));
        p.customerName = QStringLiteral("Customer %1").arg((i * 7919) % 1000, 4, 10, QChar(u'0'));
        p.email = QStringLiteral("c%1@example.com").arg(i);
        p.amountMinor = (i * 104729) % 100000;
        p.currency = i % 2 ? QStringLiteral("EUR") : QStringLiteral("RUB");
        p.link = QStringLiteral("https://example.com/%1").arg(i);
        p.shortLink = i % 5 ? QString() : QStringLiteral("https://s.example/%1").arg(i);
        p.status = i % 4 == 1 ? PaymentStatus::Paid : PaymentStatus::Ready;
        if (i % 10 == 0)
            p.expiry = QDate::currentDate().addDays(i % 20 ? 5 : -5);
        m_rows << p;
    }
    QVERIFY(PaymentStore(*m_db).insertAll(m_rows).ok());
}

void TestTableModel::pagesAcrossBoundaries()
{
    PaymentTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(PaymentTableModel::OrderRefColumn, Qt::AscendingOrder);
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.columnCount(), int(PaymentTableModel::ColumnCount));
    // A row not read yet is a placeholder until its page arrives.
    QCOMPARE(model.index(600, PaymentTableModel::OrderRefColumn).data().toString(),
             QStringLiteral("…"));
    QCOMPARE(model.index(600, 0).data(PaymentTableModel::IdRole).toLongLong(), 0);
    QSignalSpy read(&model, &PaymentTableModel::rowsRead);
    QVERIFY(read.wait());
    QCOMPARE(read.first().at(0).toInt(), 512);
    QCOMPARE(read.first().at(1).toInt(), 767);
    for (int row : { 0, 255, 256, 257, 511, 512, 999 }) {
        QVERIFY(waitRow(model, row));
        QCOMPARE(model.index(row, PaymentTableModel::OrderRefColumn).data().toString(),
                 QStringLiteral("INV-%1").arg(row, 4, 10, QChar(u'0')));
        QCOMPARE(model.paymentAt(row)->id, m_rows.at(row).id);
    }
    QVERIFY(model.paymentAt(1000) == nullptr);
    QCOMPARE(model.rowOfId(m_rows.at(257).id), 257);
    QSignalSpy located(&model, &PaymentTableModel::located);
    model.locate(m_rows.at(700).id);
    QVERIFY(located.wait());
    QCOMPARE(located.first().at(1).toInt(), 700);
    // The rows stay while a reload is read.
    model.reload();
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 1000);
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), 1000);
}

void TestTableModel::sortsEveryColumnBothWays()
{
    PaymentTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int column = 0; column < PaymentTableModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            model.sort(column, order);
            QVERIFY(waitLoaded(model));
            QVariant previous;
            for (int row = 0; row < model.rowCount(); row += 37) {
                QVERIFY(waitRow(model, row));
                const QVariant value =
                    model.index(row, column).data(PaymentTableModel::RawValueRole);
                if (previous.isValid() && !value.isNull() && !previous.isNull()) {
                    const auto cmp = QVariant::compare(previous, value);
                    QVERIFY2(order == Qt::AscendingOrder ? cmp != QPartialOrdering::Greater
                                                         : cmp != QPartialOrdering::Less,
                             qPrintable(QStringLiteral("column %1 row %2").arg(column).arg(row)));
                }
                previous = value;
            }
        }
    }
    model.sort(PaymentTableModel::AmountColumn, Qt::AscendingOrder);
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.index(0, PaymentTableModel::AmountColumn)
                 .data(PaymentTableModel::RawValueRole)
                 .toLongLong(),
             0);
}

void TestTableModel::filtersAndRoles()
{
    PaymentTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PaymentFilter f;
    f.status = PaymentStatus::Expired;
    model.setFilter(f);
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), 50); // every 20th row, ready with a past expiry
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(PaymentTableModel::StatusNameRole).toString(),
                 QStringLiteral("expired"));
    f = {};
    f.search = QStringLiteral("INV-005");
    model.setFilter(f);
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), 10); // INV-0050 … INV-0059
    f.search = QStringLiteral("INV-0050");
    model.setFilter(f);
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex index = model.index(0, 0);
    QCOMPARE(index.data(PaymentTableModel::IdRole).toLongLong(), m_rows.at(50).id);
    QCOMPARE(index.data(PaymentTableModel::LinkRole).toString(),
             QStringLiteral("https://example.com/50"));
    QCOMPARE(index.data(PaymentTableModel::ShortLinkRole).toString(),
             QStringLiteral("https://s.example/50"));
    QCOMPARE(index.data(PaymentTableModel::PreferredLinkRole).toString(),
             QStringLiteral("https://s.example/50"));
    QCOMPARE(model.index(0, PaymentTableModel::AmountColumn)
                 .data(Qt::TextAlignmentRole)
                 .value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QVERIFY(model.index(0, PaymentTableModel::AmountColumn)
                .data()
                .toString()
                .contains(QStringLiteral("RUB")));
    QCOMPARE(model.headerData(PaymentTableModel::CustomerColumn, Qt::Horizontal).toString(),
             QStringLiteral("Customer"));
    model.setFilter({});
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), 1000);
}

// Pages read by key (a bookmark, a neighbour, or from the far end) hold the
// same rows as a plain OFFSET, for every column both ways, with NULL expiries
// and many equal values.
void TestTableModel::keysetPagesMatchOffsets()
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("keyset.sqlite")));
    QVERIFY(opened.ok());
    Database &db = **opened;
    QList<Payment> rows;
    const int n = 3 * PaymentTableModel::kMaxOffsetRows + 300;
    for (int i = 0; i < n; ++i) {
        Payment p;
        p.service = i % 3 ? Service::PayByLink : Service::Bitrix24;
        p.orderRef = QStringLiteral("K-%1").arg((i * 7) % 5000);
        p.customerName = QStringLiteral("Name %1").arg(i % 37);
        p.email = QStringLiteral("k%1@example.com").arg(i % 101);
        p.amountMinor = (i * 104729) % 977;
        p.currency = QStringLiteral("EUR");
        p.link = QStringLiteral("https://example.com/k/%1").arg(i);
        p.status = i % 4 == 1 ? PaymentStatus::Paid : PaymentStatus::Ready;
        if (i % 3 != 0) // a third without: the NULLs start inside a page
            p.expiry = QDate(2027, 1, 1).addDays(i % 50);
        rows << p;
    }
    QVERIFY(PaymentStore(db).insertAll(rows).ok());

    PaymentTableModel model(db);
    for (int column = 0; column < PaymentTableModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            model.sort(column, order);
            QVERIFY(waitLoaded(model));
            QCOMPARE(model.rowCount(), n);
            const PaymentSort sort = model.sortOrder();
            // The middle (by bookmark), the end and the page before it (from
            // the far end, then by the neighbour's key), then two pages on.
            for (int row :
                 { n / 2, n - 1, n - 1 - PaymentTableModel::kPageSize, n / 2 + 256, n / 2 + 513,
                   PaymentTableModel::kMaxOffsetRows + 5, 2 * n / 3 + 10, n / 3 + 10 }) {
                const Payment *got = waitRow(model, row);
                QVERIFY2(got, qPrintable(QStringLiteral("column %1 row %2").arg(column).arg(row)));
                const auto expected = PaymentStore(db).list({}, sort, 1, row);
                QVERIFY(expected.ok());
                QVERIFY2(got->id == expected->at(0).id,
                         qPrintable(QStringLiteral("column %1 order %2 row %3: %4 instead of %5")
                                        .arg(column)
                                        .arg(int(order))
                                        .arg(row)
                                        .arg(got->id)
                                        .arg(expected->at(0).id)));
            }
        }
    }
}

// Typing a search starts a reload per letter; the rows shown are the last one's.
void TestTableModel::onlyTheLastSearchApplies()
{
    PaymentTableModel model(*m_db);
    QVERIFY(waitLoaded(model));
    QSignalSpy reloaded(&model, &PaymentTableModel::reloaded);
    for (const char *typed : { "I", "IN", "INV", "INV-", "INV-0", "INV-00", "INV-004" }) {
        PaymentFilter f;
        f.search = QString::fromLatin1(typed);
        model.setFilter(f);
    }
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), 10);
    QTest::qWait(200);
    QCOMPARE(reloaded.count(), 1);
    QVERIFY(waitRow(model, 0));
    QVERIFY(model.paymentAt(0)->orderRef.startsWith(QStringLiteral("INV-004")));
}

void TestTableModel::readFailureIsReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
    auto opened = Database::open(path);
    QVERIFY(opened.ok());
    PaymentTableModel model(**opened);
    QVERIFY(waitLoaded(model));
    QSignalSpy failed(&model, &PaymentTableModel::readFailed);
    {
        QSqlQuery q((*opened)->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY2(q.exec(QStringLiteral("ALTER TABLE payments RENAME TO gone")),
                 qPrintable(q.lastError().text()));
    }
    model.reload();
    QVERIFY(failed.wait());
    QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("could not be")),
             qPrintable(failed.first().at(0).toString()));
    QVERIFY(!model.isLoading());
}

QTEST_GUILESS_MAIN(TestTableModel)
#include "tst_tablemodel.moc"
