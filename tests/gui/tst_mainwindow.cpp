// Offscreen tests of the main window: the dialog, search, clipboard, undo,
// changes made by another process, and remembered state.
#include "DetailPanel.h"
#include "JobProgress.h"
#include "JobRunner.h"
#include "MainWindow.h"
#include "PaymentsView.h"
#include "QrView.h"
#include "dialogs/PaymentDialog.h"
#include "dialogs/PreferencesDialog.h"

#include "../TableWait.h"
#include "core/BackgroundPool.h"
#include "core/Logger.h"
#include "core/Redactor.h"
#include "core/Translations.h"
#include "csv/CsvReader.h"
#include "paybylink/PayByLinkImport.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/PaymentStore.h"
#include "store/PaymentTableModel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>

#include <atomic>

using namespace paylink;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void openingShowsTheSelectedPayment();
    void searchSelectsTheFirstMatch();
    void columnsFitAmountsAndDates();

    void emptyStateTellsWhatToDo();
    void addPaymentThroughDialog();
    void dialogRejectsBadInput();
    void searchBoxFilters();
    void copyShortLinkPutsExactText();
    void copyShortLinkFallsBackToLink();
    void dangerousLinkIsNeitherDrawnNorCopied();
    void unknownStatusIsShownNeverActedOn();
    void deleteCanBeUndone();
    void markPaidAndUndo();
    void statusFilterUsesDerivedExpired();
    void refreshesOnChangesByAnotherConnection();
    void bulkImportElsewhereIsFoundAtOnce();
    void closingStopsBackgroundWork();
    void quitAsksWhileAJobRuns();
    void aCancelTooLateKeepsTheOutcome();
    void preferencesAreSaved();
    void windowStateIsRemembered();
    void exportRunsInTheBackgroundForTheView();
    void diagnosticsAreCopiedWithSecretsMasked();
    void restoreBringsAnOlderBackupUpToDate();

private:
    QAction *action(const char *name) const;
    Payment makePayment(const QString &order, const QString &customer, const QString &shortLink);
    qint64 store(Payment p);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_run = 0;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(QString());
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    m_path = m_dir.filePath(QStringLiteral("gui-%1.sqlite").arg(++m_run));
    auto db = Database::open(m_path);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    m_window = std::make_unique<MainWindow>(std::move(db).value());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_window->paymentModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_tester.reset();
    m_window.reset();
}

QAction *TestMainWindow::action(const char *name) const
{
    auto *a = m_window->findChild<QAction *>(QString::fromLatin1(name));
    if (!a)
        qWarning("no action %s", name);
    return a;
}

Payment TestMainWindow::makePayment(const QString &order, const QString &customer,
                                    const QString &shortLink)
{
    Payment p;
    p.service = Service::Bitrix24;
    p.orderRef = order;
    p.customerName = customer;
    p.amountMinor = 90000;
    p.currency = QStringLiteral("RUB");
    p.link = QStringLiteral("https://b24.example/pub/pay/?orderId=%1").arg(order);
    p.shortLink = shortLink;
    p.status = PaymentStatus::Ready;
    return p;
}

qint64 TestMainWindow::store(Payment p)
{
    const Status s = PaymentStore(m_window->database()).insert(p);
    if (!s)
        qWarning("%s (%s)", qPrintable(s.error().message), qPrintable(s.error().detail));
    m_window->refresh();
    paylink::test::waitLoaded(*m_window->paymentModel());
    return p.id;
}

void TestMainWindow::emptyStateTellsWhatToDo()
{
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("emptyStateLabel"));
    QVERIFY(label);
    QTRY_VERIFY(label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("No payments yet")));
    QVERIFY(!m_window->paymentsView()->table()->isVisible());
    // The three ways in are buttons, each starting what its menu item starts.
    for (const char *name : { "actionNewPayByLink", "actionImportCsv", "actionBitrix24Portals" }) {
        auto *button = m_window->findChild<QPushButton *>(QStringLiteral("start_")
                                                          + QString::fromLatin1(name));
        QVERIFY2(button && button->isVisible(), name);
        QSignalSpy triggered(action(name), &QAction::triggered);
        QTimer::singleShot(0, [] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
        button->click();
        QTRY_COMPARE(triggered.count(), 1);
        for (QDialog *d : m_window->findChildren<QDialog *>())
            d->close();
    }
    // A search that finds nothing offers no start buttons.
    store(makePayment(QStringLiteral("ONE"), QStringLiteral("Only"), {}));
    m_window->paymentsView()->searchEdit()->insert(QStringLiteral("nothing like it"));
    QTRY_VERIFY(label->isVisible() && label->text().contains(QStringLiteral("No payment matches")));
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("startButtons"))->isVisible());
}

void TestMainWindow::addPaymentThroughDialog()
{
    action("actionAddPayment")->trigger();
    auto *dialog = m_window->findChild<PaymentDialog *>(QStringLiteral("paymentDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("orderEdit")),
                     QStringLiteral("INV-900"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("customerEdit")),
                     QStringLiteral("Jan Bakker"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit")),
                     QStringLiteral("jan@example.nl"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("amountEdit")),
                     QStringLiteral("28,50"));
    dialog->findChild<QComboBox *>(QStringLiteral("currencyCombo"))
        ->setCurrentText(QStringLiteral("EUR"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("linkEdit")),
                     QStringLiteral("https://testapi.paybylink.com/payment/createUrl/k?u=S&h=AB"));
    // The dialog shows the QR of the link being typed, once typing settles.
    auto *qr = dialog->findChild<QrView *>(QStringLiteral("paymentQrView"));
    QVERIFY(qr);
    QTRY_VERIFY(qr->code().has_value());
    QCOMPARE(qr->code()->payload(),
             QByteArray("https://testapi.paybylink.com/payment/createUrl/k?u=S&h=AB"));
    auto *status = dialog->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    status->setCurrentIndex(status->findData(QStringLiteral("ready")));

    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    QVERIFY2(save->isEnabled(), qPrintable(dialog->problem()));
    QTest::mouseClick(save, Qt::LeftButton);

    PaymentTableModel *model = m_window->paymentModel();
    QTRY_COMPARE(model->rowCount(), 1);
    const QModelIndex order = model->index(0, PaymentTableModel::OrderRefColumn);
    QCOMPARE(order.data().toString(), QStringLiteral("INV-900"));
    QCOMPARE(model->index(0, PaymentTableModel::AmountColumn)
                 .data(PaymentTableModel::RawValueRole)
                 .toLongLong(),
             2850);
    QCOMPARE(model->index(0, PaymentTableModel::StatusColumn)
                 .data(PaymentTableModel::RawValueRole)
                 .toString(),
             QStringLiteral("ready"));
    // Stored for real, not only shown.
    const Result<QList<Payment>> rows = PaymentStore(m_window->database()).list({});
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().customerName, QStringLiteral("Jan Bakker"));
    QCOMPARE(rows->first().currency, QStringLiteral("EUR"));
    // And undoable.
    QVERIFY(m_window->undoStack()->canUndo());
}

void TestMainWindow::dialogRejectsBadInput()
{
    action("actionAddPayment")->trigger();
    auto *dialog = m_window->findChild<PaymentDialog *>(QStringLiteral("paymentDialog"));
    QVERIFY(dialog);
    auto *save = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                     ->button(QDialogButtonBox::Save);
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"));
    auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("amountEdit"));
    dialog->findChild<QComboBox *>(QStringLiteral("currencyCombo"))
        ->setCurrentText(QStringLiteral("EUR"));

    QTest::keyClicks(amount, QStringLiteral("abc"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("Amount")), qPrintable(problem->text()));

    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("1,234"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("decimals")), qPrintable(problem->text()));

    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("12.34"));
    dialog->findChild<QComboBox *>(QStringLiteral("currencyCombo"))
        ->setCurrentText(QStringLiteral("XYZ"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("Currency")), qPrintable(problem->text()));

    dialog->findChild<QComboBox *>(QStringLiteral("currencyCombo"))
        ->setCurrentText(QStringLiteral("EUR"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit")),
                     QStringLiteral("not-an-email"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("E-mail")), qPrintable(problem->text()));

    dialog->reject();
    QCOMPARE(m_window->paymentModel()->rowCount(), 0);
}

void TestMainWindow::searchBoxFilters()
{
    store(makePayment(QStringLiteral("INV-1"), QStringLiteral("Jan Bakker"), {}));
    store(makePayment(QStringLiteral("INV-2"), QStringLiteral("Анна Петрова"), {}));
    store(makePayment(QStringLiteral("ORD-3"), QStringLiteral("Müller GmbH"), {}));
    PaymentTableModel *model = m_window->paymentModel();
    QCOMPARE(model->rowCount(), 3);
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("countLabel"));
    QCOMPARE(count->text(), QStringLiteral("3 payments"));

    QLineEdit *search = m_window->paymentsView()->searchEdit();
    // QTest types only Latin-1 keys; Cyrillic goes in as an input method would.
    search->insert(QStringLiteral("Петров"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, PaymentTableModel::CustomerColumn).data().toString(),
             QStringLiteral("Анна Петрова"));
    QCOMPARE(count->text(), QStringLiteral("1 payment"));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("inv"));
    QTRY_COMPARE(model->rowCount(), 2);

    // Escape clears the search.
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_COMPARE(model->rowCount(), 3);
}

void TestMainWindow::copyShortLinkPutsExactText()
{
    const QString shortLink = QStringLiteral("https://b24.example/~tR9sB");
    const qint64 id =
        store(makePayment(QStringLiteral("1063"), QStringLiteral("A. Petrova"), shortLink));
    QVERIFY(paylink::test::select(*m_window->paymentsView(), id));
    QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
    // Through the keyboard shortcut, as a merchant does it.
    m_window->paymentsView()->table()->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    QCOMPARE(QGuiApplication::clipboard()->text(), shortLink);

    // The detail panel's button does the same.
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("copyShortLinkButton")),
                      Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), shortLink);

    // Copy link copies the long one.
    action("actionCopyLink")->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("https://b24.example/pub/pay/?orderId=1063"));
}

void TestMainWindow::copyShortLinkFallsBackToLink()
{
    const qint64 id = store(makePayment(QStringLiteral("INV-7"), QStringLiteral("No Short"), {}));
    QVERIFY(paylink::test::select(*m_window->paymentsView(), id));
    action("actionCopyShortLink")->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("https://b24.example/pub/pay/?orderId=INV-7"));
}

// A link another program wrote around the rules (D41): the window draws no
// code for it, copies and opens nothing, and says why (issue 21, item 4).
void TestMainWindow::dangerousLinkIsNeitherDrawnNorCopied()
{
    const qint64 id = store(makePayment(QStringLiteral("EVIL-1"), QStringLiteral("Mallory"),
                                        QStringLiteral("https://b24.example/~ok")));
    auto other = Database::open(m_path);
    QVERIFY(other.ok());
    QSqlQuery q((*other)->connection());
    QVERIFY(q.prepare(QStringLiteral("UPDATE payments SET short_link = ? WHERE id = ?")));
    q.addBindValue(QStringLiteral("javascript:alert(1)"));
    q.addBindValue(id);
    QVERIFY(q.exec());
    auto *view = m_window->findChild<QrView *>();
    QVERIFY(view);
    QTRY_VERIFY(m_window->paymentsView()->selectId(id)
                && view->message().contains(QStringLiteral("“javascript:”")));
    QVERIFY(!view->code());
    for (const char *name : { "actionCopyLink", "actionCopyShortLink", "actionOpenInBrowser" }) {
        QVERIFY2(!action(name)->isEnabled(), name);
        QGuiApplication::clipboard()->setText(QStringLiteral("unchanged"));
        action(name)->trigger(); // a shortcut that slipped through still copies nothing
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("unchanged"));
    }
    for (const char *button : { "copyShortLinkButton", "copyLinkButton" }) {
        auto *b = m_window->findChild<QPushButton *>(QString::fromLatin1(button));
        QVERIFY2(b && !b->isEnabled(), button);
    }
}

// A stored status this version does not know reads "unknown" and offers no
// action that would change the payment (issue 21, item 8).
void TestMainWindow::unknownStatusIsShownNeverActedOn()
{
    const qint64 id = store(makePayment(QStringLiteral("ODD-1"), QStringLiteral("Odd"), {}));
    auto other = Database::open(m_path);
    QVERIFY(other.ok());
    QSqlQuery q((*other)->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
    QVERIFY(
        q.exec(QStringLiteral("UPDATE payments SET status = 'refunded' WHERE id = %1").arg(id)));
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("detailStatus"));
    QVERIFY(status);
    QTRY_VERIFY(m_window->paymentsView()->selectId(id)
                && status->text() == QLatin1String("unknown"));
    for (const char *name :
         { "actionEditPayment", "actionDeletePayments", "actionMarkPaid", "actionMarkUnpaid" })
        QVERIFY2(action(name) && !action(name)->isEnabled(), name);
    action("actionMarkPaid")->trigger();
    QVERIFY(q.exec(QStringLiteral("SELECT status FROM payments WHERE id = %1").arg(id))
            && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("refunded"));
}

void TestMainWindow::deleteCanBeUndone()
{
    Payment kept = makePayment(QStringLiteral("KEEP"), QStringLiteral("Keeper"), {});
    kept.qrPng = QByteArray("\x89PNG fake but kept", 18);
    store(kept);
    const qint64 id = store(makePayment(QStringLiteral("GONE"), QStringLiteral("Leaver"), {}));
    PaymentTableModel *model = m_window->paymentModel();
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(paylink::test::select(*m_window->paymentsView(), id));
    action("actionDeletePayments")->trigger();
    QVERIFY(paylink::test::waitLoaded(*model));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("KEEP"));

    action("actionUndo")->trigger();
    QVERIFY(paylink::test::waitLoaded(*model));
    QCOMPARE(model->rowCount(), 2);
    const Result<std::optional<Payment>> back = PaymentStore(m_window->database()).find(id);
    QVERIFY(back.ok() && back->has_value());
    QCOMPARE((*back)->orderRef, QStringLiteral("GONE"));

    action("actionRedo")->trigger();
    QVERIFY(paylink::test::waitLoaded(*model));
    QCOMPARE(model->rowCount(), 1);
}

void TestMainWindow::markPaidAndUndo()
{
    const qint64 id = store(makePayment(QStringLiteral("PAYME"), QStringLiteral("Payer"), {}));
    QVERIFY(paylink::test::select(*m_window->paymentsView(), id));
    action("actionMarkPaid")->trigger();
    PaymentStore payments(m_window->database());
    QCOMPARE((*payments.find(id))->status, PaymentStatus::Paid);
    action("actionUndo")->trigger();
    QCOMPARE((*payments.find(id))->status, PaymentStatus::Ready);
    QVERIFY(paylink::test::select(*m_window->paymentsView(), id));
    action("actionMarkUnpaid")->trigger();
    QCOMPARE((*payments.find(id))->status, PaymentStatus::Ready);
}

void TestMainWindow::statusFilterUsesDerivedExpired()
{
    Payment old = makePayment(QStringLiteral("OLD"), QStringLiteral("Late"), {});
    old.expiry = QDate::currentDate().addDays(-3);
    store(old);
    Payment fresh = makePayment(QStringLiteral("NEW"), QStringLiteral("Early"), {});
    fresh.expiry = QDate::currentDate().addDays(3);
    store(fresh);
    auto *status = m_window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    QVERIFY(status);
    status->setCurrentIndex(status->findData(QStringLiteral("expired")));
    PaymentTableModel *model = m_window->paymentModel();
    QVERIFY(paylink::test::waitLoaded(*model));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("OLD"));
    status->setCurrentIndex(status->findData(QStringLiteral("ready")));
    QVERIFY(paylink::test::waitLoaded(*model));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("NEW"));
}

void TestMainWindow::refreshesOnChangesByAnotherConnection()
{
    PaymentTableModel *model = m_window->paymentModel();
    QCOMPARE(model->rowCount(), 0);
    // A second connection, as the CLI or a second window would have.
    auto other = Database::open(m_path);
    QVERIFY(other.ok());
    Payment p = makePayment(QStringLiteral("FROM-CLI"), QStringLiteral("Elsewhere"), {});
    QVERIFY(PaymentStore(**other).insert(p).ok());
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("FROM-CLI"));
}

namespace {

// `rows` PayByLink orders "K0", "K1" … for "Klant 0" … imported through
// `db`, as the CLI or an import job would.
Result<PayByLinkImport::Report> importElsewhere(Database &db, int rows)
{
    QByteArray csv = "order;name;amount\n";
    for (int i = 0; i < rows; ++i)
        csv += "K" + QByteArray::number(i) + ";Klant " + QByteArray::number(i) + ";4,25\n";
    const auto table = CsvReader::parse(csv);
    if (!table)
        return table.error();
    const auto map = PayByLinkImport::mapColumns(table->header, {});
    if (!map)
        return map.error();
    PayByLinkImport::Options o;
    o.profile.name = QStringLiteral("gui");
    o.profile.entityKey = QStringLiteral("2b2b9bff-0c96-4f33-a20d-c831ac87e571");
    o.profile.user = QStringLiteral("S");
    o.password = QStringLiteral("pw");
    return PayByLinkImport::run(db, *table, *map, o);
}

} // namespace

// The CLI imports 6,000 rows into the open file: the window shows them within
// two seconds, and its search finds them from the index (D31: no backlog).
void TestMainWindow::bulkImportElsewhereIsFoundAtOnce()
{
    auto other = Database::open(m_path);
    QVERIFY(other.ok());
    const auto report = importElsewhere(**other, 6000);
    QVERIFY(report);
    QVERIFY(report->rebuiltIndexes);

    PaymentTableModel *model = m_window->paymentModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 6000, 2000);
    QSqlQuery q((*other)->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM payments_fts WHERE payments_fts MATCH "
                                  "'\"Klant 5999\"'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    m_window->paymentsView()->searchEdit()->insert(QStringLiteral("Klant 5999"));
    QTRY_COMPARE(model->rowCount(), 1);
}

// On a first start no amount or date is cut at the default widths (issue 20).
void TestMainWindow::columnsFitAmountsAndDates()
{
    Payment big = makePayment(QStringLiteral("BIG"), QStringLiteral("Large"), {});
    big.amountMinor = 999'966'716; // EUR 9,999,667.16
    big.expiry = QDate(2027, 12, 28);
    store(big);
    // A first start: no widths saved by an earlier window.
    m_tester.reset();
    m_window.reset();
    Settings().setTableHeaderState({});
    auto db = Database::open(m_path);
    QVERIFY(db.ok());
    m_window = std::make_unique<MainWindow>(std::move(db).value());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTableView *table = m_window->paymentsView()->table();
    PaymentTableModel *model = m_window->paymentModel();
    QVERIFY(paylink::test::waitRow(*model, 0));
    const QFontMetrics metrics = table->fontMetrics();
    for (int column : { int(PaymentTableModel::AmountColumn), int(PaymentTableModel::ExpiryColumn),
                        int(PaymentTableModel::CreatedColumn) }) {
        const QString text = model->index(0, column).data().toString();
        QVERIFY(!text.isEmpty());
        // The cell's own margins take a few pixels on each side.
        QVERIFY2(table->columnWidth(column) >= metrics.horizontalAdvance(text) + 8,
                 qPrintable(QStringLiteral("%1: %2 px for “%3” (%4 px)")
                                .arg(column)
                                .arg(table->columnWidth(column))
                                .arg(text)
                                .arg(metrics.horizontalAdvance(text))));
    }
}

// After a restart the detail panel shows the payment that is selected, and
// one is (issue 20): the rows arrive after the window is up.
void TestMainWindow::openingShowsTheSelectedPayment()
{
    store(makePayment(QStringLiteral("OLDER"), QStringLiteral("First"), {}));
    store(makePayment(QStringLiteral("NEWER"), QStringLiteral("Second"), {}));
    m_tester.reset();
    m_window.reset();
    auto db = Database::open(m_path);
    QVERIFY(db.ok());
    m_window = std::make_unique<MainWindow>(std::move(db).value());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *title = m_window->findChild<QLabel *>(QStringLiteral("detailTitle"));
    QVERIFY(title);
    QTRY_COMPARE(title->text(), QStringLiteral("NEWER")); // newest first
    QTableView *table = m_window->paymentsView()->table();
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().first().row(), 0);
    QCOMPARE(m_window->paymentsView()->currentId(), m_window->paymentModel()->paymentAt(0)->id);
}

// A search selects its first match and shows it in the detail panel, though
// the matches are read after the search is typed.
void TestMainWindow::searchSelectsTheFirstMatch()
{
    store(makePayment(QStringLiteral("A-1"), QStringLiteral("Jan Bakker"), {}));
    store(makePayment(QStringLiteral("B-2"), QStringLiteral("Анна Петрова"), {}));
    store(makePayment(QStringLiteral("C-3"), QStringLiteral("Müller GmbH"), {}));
    auto *title = m_window->findChild<QLabel *>(QStringLiteral("detailTitle"));
    // The first payment was selected when it came, and kept through the reloads.
    QTRY_COMPARE(title->text(), QStringLiteral("A-1"));
    m_window->paymentsView()->searchEdit()->insert(QStringLiteral("Петров"));
    QTRY_COMPARE(title->text(), QStringLiteral("B-2"));
    m_window->paymentsView()->searchEdit()->clear();
    QTRY_COMPARE(title->text(), QStringLiteral("C-3"));
    m_window->paymentsView()->searchEdit()->insert(QStringLiteral("Bakker"));
    QTRY_COMPARE(title->text(), QStringLiteral("A-1"));
    QCOMPARE(m_window->paymentModel()->rowCount(), 1);
    QCOMPARE(m_window->paymentsView()->table()->selectionModel()->selectedRows().size(), 1);
    m_window->paymentsView()->searchEdit()->clear();
    QTRY_COMPARE(m_window->paymentModel()->rowCount(), 3);
    QTRY_COMPARE(title->text(), QStringLiteral("C-3"));
}

// A window closed while its integrity check runs: the check stops early and
// is over when the destructor returns (Qt closes every connection at exit,
// also one a pool thread still reads).
void TestMainWindow::closingStopsBackgroundWork()
{
    m_tester.reset();
    m_window.reset();
    {
        auto other = Database::open(m_path);
        QVERIFY(other.ok());
        QVERIFY(importElsewhere(**other, 60000));
    }
    auto db = Database::open(m_path);
    QVERIFY(db.ok());
    auto window = std::make_unique<MainWindow>(std::move(db).value());
    QVERIFY(paylink::backgroundPool()->activeThreadCount() > 0);
    window.reset();
    QCOMPARE(paylink::backgroundPool()->activeThreadCount(), 0);

    auto reopened = Database::open(m_path);
    QVERIFY(reopened.ok());
    m_window = std::make_unique<MainWindow>(std::move(reopened).value());
}

namespace {

// Clicks the button called `label` in the next message box and keeps its text.
void clickInNextBox(const QString &label, QString *text)
{
    QTimer::singleShot(0, [label, text] {
        for (int i = 0; i < 200; ++i) {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                *text = box->text();
                for (QAbstractButton *b : box->buttons()) {
                    if (b->text() == label) {
                        b->click();
                        return;
                    }
                }
                box->reject();
                return;
            }
            QTest::qWait(20);
        }
    });
}

} // namespace

// File > Quit while a job runs asks first: Keep Running leaves the window
// and the job alone; Stop and Quit cancels the job and closes the window.
void TestMainWindow::quitAsksWhileAJobRuns()
{
    auto *jobs = m_window->findChild<JobRunner *>();
    QVERIFY(jobs);
    bool done = false;
    bool cancelled = false;
    const bool started = jobs->start(
        QStringLiteral("Slow job"),
        [](const JobControl &control) {
            for (int i = 0; i < 4000 && !control.cancelled(); ++i)
                QThread::msleep(5);
            if (control.cancelled())
                return JobOutcome { false, true, 0, {}, {} };
            return JobOutcome { true, false, 1, {}, {} };
        },
        [&](const JobOutcome &outcome) {
            cancelled = outcome.cancelled;
            done = true;
        });
    QVERIFY(started);

    QString text;
    clickInNextBox(QStringLiteral("Keep Running"), &text);
    action("actionQuit")->trigger();
    QVERIFY2(text.contains(QStringLiteral("“Slow job” is still running")), qPrintable(text));
    QVERIFY(m_window->isVisible());
    QVERIFY(jobs->isRunning());

    text.clear();
    clickInNextBox(QStringLiteral("Stop and Quit"), &text);
    action("actionQuit")->trigger();
    QVERIFY(!text.isEmpty());
    QVERIFY(!m_window->isVisible());
    QTRY_VERIFY(done);
    QVERIFY(cancelled);

    // Idle, Quit closes without asking.
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    action("actionQuit")->trigger();
    QVERIFY(!m_window->isVisible());
}

// A job that completes although a cancel came (an import already in its
// COMMIT) reports what it did; one that stops for the cancel says cancelled.
void TestMainWindow::aCancelTooLateKeepsTheOutcome()
{
    auto *jobs = m_window->findChild<JobRunner *>();
    QVERIFY(jobs);
    for (const bool completes : { true, false }) {
        std::optional<JobOutcome> got;
        std::atomic_bool running = false;
        const bool started = jobs->start(
            QStringLiteral("Job"),
            [completes, &running](const JobControl &control) {
                running = true;
                for (int i = 0; i < 4000 && !control.cancelled(); ++i)
                    QThread::msleep(5);
                if (!completes)
                    return JobOutcome::failure(Error { QStringLiteral("stopped"), {} });
                return JobOutcome { true, false, 7, QStringLiteral("done"), {} };
            },
            [&got](const JobOutcome &outcome) { got = outcome; });
        QVERIFY(started);
        QTRY_VERIFY(running);
        jobs->cancel();
        QTRY_VERIFY(got.has_value());
        QCOMPARE(got->cancelled, !completes);
        QCOMPARE(got->ok, completes);
        QCOMPARE(got->count, completes ? 7 : 0);
    }
}

void TestMainWindow::preferencesAreSaved()
{
    action("actionPreferences")->trigger();
    auto *dialog = m_window->findChild<PreferencesDialog *>(QStringLiteral("preferencesDialog"));
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("merchantNameEdit"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Bakkerij De Zon"));
    auto *plan = dialog->findChild<QComboBox *>(QStringLiteral("planCombo"));
    plan->setCurrentIndex(1);
    dialog->accept();
    Settings settings;
    QCOMPARE(settings.merchantName(), QStringLiteral("Bakkerij De Zon"));
    QCOMPARE(settings.bitrix24Plan(), Settings::Bitrix24Plan::Enterprise);
}

void TestMainWindow::windowStateIsRemembered()
{
    m_window->resize(900, 640);
    m_window->close();
    Settings settings;
    QVERIFY(!settings.windowGeometry().isEmpty());
    QVERIFY(!settings.tableHeaderState().isEmpty());
    // A new window comes back at the same size.
    auto db = Database::open(m_path);
    QVERIFY(db.ok());
    MainWindow again(std::move(db).value());
    QCOMPARE(again.size(), QSize(900, 640));
}

void TestMainWindow::exportRunsInTheBackgroundForTheView()
{
    store(makePayment(QStringLiteral("EXP-1"), QStringLiteral("Анна; \"Петрова\""), {}));
    store(makePayment(QStringLiteral("EXP-2"), QStringLiteral("Other"), {}));
    QTest::keyClicks(m_window->paymentsView()->searchEdit(), QStringLiteral("EXP-1"));
    QTRY_COMPARE(m_window->paymentModel()->rowCount(), 1);
    const QString path = m_dir.filePath(QStringLiteral("view-%1.csv").arg(m_run));
    m_window->exportCsvTo(path);
    auto *job = m_window->findChild<JobProgress *>(QStringLiteral("jobProgress"));
    QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), 20000);
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QVERIFY(text.startsWith(QStringLiteral("id,service,profile,externalId,orderRef,")));
    QVERIFY2(text.contains(QStringLiteral("\"Анна; \"\"Петрова\"\"\"")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("EXP-2"))); // only the current view
}

void TestMainWindow::diagnosticsAreCopiedWithSecretsMasked()
{
    Logger::install(QStringLiteral("tst-mainwindow"));
    Redactor::registerSecret(QStringLiteral("distinct-s3cret-code"));
    qWarning("calling https://b24.example/rest/1/distinct-s3cret-code/profile");
    qWarning("and again with distinct-s3cret-code alone");
    m_window->findChild<QAction *>(QStringLiteral("actionCopyDiagnostics"))->trigger();
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY(text.startsWith(QStringLiteral("Paylink Desk ")));
    QVERIFY(text.contains(QStringLiteral("Database: ") + m_window->database().path()));
    QVERIFY(text.contains(QStringLiteral("Settings: ")));
    // The log lines are there, with the secret masked in both forms.
    QVERIFY2(text.contains(QStringLiteral("/rest/1/•••/profile")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("and again with ••• alone")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("distinct-s3cret-code")));
    Logger::uninstall();
    Redactor::clearRegisteredSecrets();
}

// File > Restore with a backup of an older schema: the file dialog and the
// question are answered, the backup is checked, copied and brought up to
// date under the busy dialog (D38), and the window shows its payments.
void TestMainWindow::restoreBringsAnOlderBackupUpToDate()
{
    store(makePayment(QStringLiteral("NOW-1"), QStringLiteral("Current"), QString()));
    const QString backup = m_dir.filePath(QStringLiteral("older-backup.sqlite"));
    {
        auto v5 = Database::openAtVersion(backup, 5);
        QVERIFY2(v5, v5 ? "" : qPrintable(v5.error().message));
        QSqlQuery q((*v5)->connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO payments (service, order_ref, customer_name, amount_minor, currency, "
            "status, created_at, updated_at) VALUES ('paybylink', 'OLD-1', 'Ältere', 1250, "
            "'EUR', 'ready', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'), "
            "('paybylink', 'OLD-2', 'Ältere', 990, 'EUR', 'paid', '2026-01-02T00:00:00.000Z', "
            "'2026-01-02T00:00:00.000Z')")));
    }
    const QString target = m_window->database().path();

    // Answers the file dialog, then the question, as they come up.
    int answered = 0;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *files = qobject_cast<QFileDialog *>(modal)) {
            // As typed: the dialog's directory model fills in on a thread.
            files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(backup);
            QMetaObject::invokeMethod(files, "accept");
            ++answered;
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            QVERIFY(box->text().contains(QDir::toNativeSeparators(backup)));
            box->button(QMessageBox::Yes)->click();
            ++answered;
        }
    });
    answer.start();
    action("actionRestore")->trigger();
    answer.stop();
    QCOMPARE(answered, 2);

    QCOMPARE(m_window->database().path(), target);
    QCOMPARE(m_window->database().schemaVersion(), Migrations::latestVersion());
    PaymentTableModel *model = m_window->paymentModel();
    QVERIFY(paylink::test::waitLoaded(*model));
    QCOMPARE(model->rowCount(), 2);
    QStringList orders;
    for (int row = 0; row < model->rowCount(); ++row)
        orders << model->paymentAt(row)->orderRef;
    orders.sort();
    QCOMPARE(orders, (QStringList { QStringLiteral("OLD-1"), QStringLiteral("OLD-2") }));
    // The file replaced is kept aside, with the payment it held.
    auto before = Database::open(target + QStringLiteral(".before-restore.bak"));
    QVERIFY(before);
    QCOMPARE(PaymentStore(**before).count({}).value(), 1);
    QVERIFY(m_window->isEnabled());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
