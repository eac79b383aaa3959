// The paged table model over a real file, checked by QAbstractItemModelTester
// through reloads, filters and sorts, with rows right across page boundaries.
#include "store/Database.h"
#include "store/PaymentStore.h"
#include "store/PaymentTableModel.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace paylink;

class TestTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesAcrossBoundaries();
    void sortsEveryColumnBothWays();
    void filtersAndRoles();

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
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.columnCount(), int(PaymentTableModel::ColumnCount));
    for (int row : { 0, 255, 256, 257, 511, 512, 999 }) {
        QCOMPARE(model.index(row, PaymentTableModel::OrderRefColumn).data().toString(),
                 QStringLiteral("INV-%1").arg(row, 4, 10, QChar(u'0')));
        QCOMPARE(model.paymentAt(row)->id, m_rows.at(row).id);
    }
    QVERIFY(model.paymentAt(1000) == nullptr);
    QCOMPARE(model.rowOfId(m_rows.at(257).id), 257);
    model.reload();
    QCOMPARE(model.rowCount(), 1000);
}

void TestTableModel::sortsEveryColumnBothWays()
{
    PaymentTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int column = 0; column < PaymentTableModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            model.sort(column, order);
            QVariant previous;
            for (int row = 0; row < model.rowCount(); row += 37) {
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
    QCOMPARE(model.rowCount(), 50); // every 20th row, ready with a past expiry
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(PaymentTableModel::StatusNameRole).toString(),
                 QStringLiteral("expired"));
    f = {};
    f.search = QStringLiteral("INV-005");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 10); // INV-0050 … INV-0059
    f.search = QStringLiteral("INV-0050");
    model.setFilter(f);
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
    QCOMPARE(model.rowCount(), 1000);
}

QTEST_GUILESS_MAIN(TestTableModel)
#include "tst_tablemodel.moc"
