// Offscreen tests of the PayByLink part of the main window: the profile
// dialog's self-test and validation, the New link dialog (the link and its QR
// follow the typing; zbarimg decodes the shown QR to the shown link), and the
// import wizard on a small file with two bad rows, then Delete import.
#include "../Mnemonics.h"
#include "../QrDecode.h"

#include "MainWindow.h"
#include "PaymentsView.h"
#include "QrView.h"
#include "paybylink/ImportWizard.h"
#include "paybylink/NewLinkDialog.h"
#include "paybylink/PayByLinkController.h"
#include "paybylink/ProfileDialog.h"

#include "paybylink/PayByLinkProfiles.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"
#include "store/PaymentStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace paylink;

namespace {

const QString kPassword = QStringLiteral("gui-Secret-4711!");

// Answers the next message box with `button` once it shows.
qint64 scalarOf(Database &db, const char *sql)
{
    QSqlQuery q(db.connection());
    return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toLongLong() : -1;
}

void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        for (int i = 0; i < 100; ++i) {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                box->button(button)->click();
                return;
            }
            QTest::qWait(20);
        }
    });
}

} // namespace

class TestPayByLinkGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void profileDialogSelfTestAndValidation();
    void typingUpdatesLinkAndQr();
    void newLinkRefusesADuplicateOrder();
    void wizardImportsAndReportsBadRows();
    void undoAfterImportRemovesExactlyTheImport();
    void undoRefusesARowChangedElsewhere();
    void everyMnemonicHasABuddy();
    void typedPathEnablesNextWithoutTab();

private:
    PayByLinkProfile addProfile(const QString &name);
    QString decodeView(QrView *view);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    int m_run = 0;
};

void TestPayByLinkGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // No keychain in this test: secrets stay in this process.
    qputenv("PAYLINK_KEYCHAIN", "session");
    QVERIFY(m_dir.isValid());
}

void TestPayByLinkGui::init()
{
    SecretStore::resetForTests();
    auto db = Database::open(m_dir.filePath(QStringLiteral("pbl-%1.sqlite").arg(++m_run)));
    QVERIFY(db.ok());
    m_window = std::make_unique<MainWindow>(std::move(db).value());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPayByLinkGui::cleanup()
{
    m_window.reset();
}

PayByLinkProfile TestPayByLinkGui::addProfile(const QString &name)
{
    PayByLinkProfile p;
    p.name = name;
    p.entityKey = QStringLiteral("2b2b9bff-0c96-4f33-a20d-c831ac87e571");
    p.user = QStringLiteral("Secretapiuser");
    SecretStore secrets;
    PayByLinkProfiles profiles(m_window->database(), secrets);
    const Status s = profiles.add(p, kPassword);
    if (!s)
        qWarning() << s.error().message;
    return p;
}

QString TestPayByLinkGui::decodeView(QrView *view)
{
    const QString file = m_dir.filePath(QStringLiteral("view-%1.png").arg(m_run));
    if (!view->grab().toImage().save(file))
        return {};
    return QString::fromUtf8(test::decodeQr(file));
}

void TestPayByLinkGui::profileDialogSelfTestAndValidation()
{
    ProfileDialog dialog;
    QVERIFY(dialog.runSelfTest());
    QVERIFY(dialog.selfTestText().contains(QStringLiteral("73B58BA213")));

    auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("profileProblem"));
    // An empty entity key must not look filled in (issue 20): its hint is no GUID.
    const QString hint =
        dialog.findChild<QLineEdit *>(QStringLiteral("profileEntityKey"))->placeholderText();
    QVERIFY(!hint.isEmpty());
    QVERIFY2(!hint.contains(QRegularExpression(QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}"))),
             qPrintable(hint));
    dialog.findChild<QLineEdit *>(QStringLiteral("profileName"))->setText(QStringLiteral("Shop"));
    dialog.findChild<QLineEdit *>(QStringLiteral("profileEntityKey"))
        ->setText(QStringLiteral("not-a-guid"));
    dialog.findChild<QLineEdit *>(QStringLiteral("profileUser"))->setText(QStringLiteral("u"));
    dialog.findChild<QLineEdit *>(QStringLiteral("profilePassword"))->setText(kPassword);
    QVERIFY(!save->isEnabled());
    QVERIFY(problem->text().contains(QStringLiteral("Entity key")));
    dialog.findChild<QLineEdit *>(QStringLiteral("profileEntityKey"))
        ->setText(QStringLiteral("2B2B9BFF-0C96-4F33-A20D-C831AC87E571"));
    QVERIFY(save->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("profileExpiredUrl"))
        ->setText(QStringLiteral("www.example.com"));
    QVERIFY(!save->isEnabled());
    QVERIFY(problem->text().contains(QStringLiteral("Expired URL")));
    dialog.findChild<QLineEdit *>(QStringLiteral("profileExpiredUrl"))
        ->setText(QStringLiteral("https://www.example.com/expired"));
    QVERIFY(save->isEnabled());
    // The password is masked until revealed.
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("profilePassword"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    dialog.findChild<QAction *>(QStringLiteral("revealPassword"))->trigger();
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    QCOMPARE(dialog.profile().expiredUrl, QStringLiteral("https://www.example.com/expired"));
    QCOMPARE(dialog.password(), std::optional<QString>(kPassword));

    // A soft hyphen pasted with the password: named at once, and saved only
    // after an explicit "as typed".
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("profilePasswordWarning"));
    QVERIFY(warning->isHidden());
    const QString hyphenated = QStringLiteral("T3st\u00AD2016!");
    password->setText(hyphenated);
    QVERIFY(!warning->isHidden());
    QVERIFY2(warning->text().contains(QStringLiteral("(U+00AD) at position 5")),
             qPrintable(warning->text()));
    const auto answer = [&dialog](const QString &button) {
        auto *box = dialog.findChild<QMessageBox *>(QStringLiteral("secretWarningBox"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("invisible character")));
        box->findChild<QPushButton *>(button)->click();
    };
    dialog.setResult(QDialog::Rejected);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    answer(QStringLiteral("editSecret"));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QTRY_VERIFY(!dialog.findChild<QMessageBox *>(QStringLiteral("secretWarningBox")));
    dialog.accept();
    answer(QStringLiteral("saveAsTyped"));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.password(), std::optional<QString>(hyphenated));
    // Trailing white space is named too; a clean password needs no question.
    password->setText(kPassword + QStringLiteral(" "));
    QVERIFY(warning->text().contains(QStringLiteral("white space")));
    password->setText(kPassword);
    QVERIFY(warning->isHidden());
    dialog.setResult(QDialog::Rejected);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestPayByLinkGui::typingUpdatesLinkAndQr()
{
    addProfile(QStringLiteral("Shop"));
    m_window->payByLink()->newLink();
    auto *dialog = m_window->findChild<NewLinkDialog *>(QStringLiteral("newLinkDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!dialog->payment());
    QVERIFY(dialog->problemText().contains(QStringLiteral("Order reference")));

    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("linkOrder")),
                     QStringLiteral("INV-7"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("linkAmount")),
                     QStringLiteral("12,5"));
    // Debounced: the link follows once typing pauses.
    QTRY_VERIFY(dialog->linkText().contains(QStringLiteral("Or=INV-7")));
    const QString first = dialog->linkText();
    QVERIFY(first.contains(QStringLiteral("A=12%2C50")));
    auto *qr = dialog->findChild<QrView *>(QStringLiteral("linkQrView"));
    QCOMPARE(decodeView(qr), first);

    // keyClicks types ASCII only; insert() edits as typing does.
    dialog->findChild<QLineEdit *>(QStringLiteral("linkName"))
        ->insert(QStringLiteral("Jérôme Straße"));
    QTRY_VERIFY(dialog->linkText() != first);
    const QString second = dialog->linkText();
    QVERIFY(second.contains(QStringLiteral("N=J%C3%A9r%C3%B4me%20Stra%C3%9Fe")));
    QCOMPARE(decodeView(qr), second);

    // Inline validation: a bad e-mail removes the link and says why.
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("linkEmail")),
                     QStringLiteral("jan@"));
    QTRY_VERIFY(dialog->linkText().isEmpty());
    QVERIFY(dialog->problemText().contains(QStringLiteral("E-mail")));
    dialog->findChild<QLineEdit *>(QStringLiteral("linkEmail"))
        ->setText(QStringLiteral("jan@example.nl"));
    dialog->updateNow();
    QVERIFY(!dialog->linkText().isEmpty());

    // Copy link, then Save: the payment is in the table, ready.
    dialog->findChild<QPushButton *>(QStringLiteral("linkCopy"))->click();
    QCOMPARE(QApplication::clipboard()->text(), dialog->linkText());
    const QString saved = dialog->linkText();
    dialog->accept();
    PaymentStore store(m_window->database());
    const auto rows = store.list(PaymentFilter {});
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().link, saved);
    QCOMPARE(rows->first().amountMinor, 1250);
    QCOMPARE(int(rows->first().status), int(PaymentStatus::Ready));
    QCOMPARE(rows->first().customerName, QStringLiteral("Jérôme Straße"));
    QTRY_COMPARE(m_window->paymentsView()->currentId(), rows->first().id);
}

void TestPayByLinkGui::newLinkRefusesADuplicateOrder()
{
    const PayByLinkProfile profile = addProfile(QStringLiteral("Shop"));
    Payment existing;
    existing.orderRef = QStringLiteral("INV-9");
    existing.profileId = profile.id;
    existing.amountMinor = 100;
    QVERIFY(PaymentStore(m_window->database()).insert(existing));

    m_window->payByLink()->newLink();
    auto *dialog = m_window->findChild<NewLinkDialog *>(QStringLiteral("newLinkDialog"));
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("linkOrder"))->setText(QStringLiteral("INV-9"));
    dialog->findChild<QLineEdit *>(QStringLiteral("linkAmount"))->setText(QStringLiteral("5"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->problemText().contains(QStringLiteral("already has a payment")));
    QCOMPARE(*PaymentStore(m_window->database()).count(PaymentFilter {}), 1);
    dialog->reject();
}

void TestPayByLinkGui::wizardImportsAndReportsBadRows()
{
    addProfile(QStringLiteral("Shop"));
    const QString csv = m_dir.filePath(QStringLiteral("small-%1.csv").arg(m_run));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF"
               "Factuur;Naam;Bedrag;Vervaldatum\r\n"
               "A-1;Jan Bakker;28,50;31-12-2099\r\n"
               "A-2;Piet;abc;31-12-2099\r\n"
               "A-3;\"Groot; BV\";1.234,56;2099-12-31\r\n"
               "A-4;Klaas;10,00;01-01-2001\r\n"
               "A-5;Иван;0,99;\r\n");
    file.close();

    m_window->payByLink()->importCsv();
    auto *wizard = m_window->findChild<ImportWizard *>(QStringLiteral("importWizard"));
    QVERIFY(wizard);
    QSignalSpy read(wizard, &ImportWizard::tableRead);
    wizard->setFile(csv);
    QTRY_VERIFY(wizard->table() != nullptr);
    QCOMPARE(wizard->table()->rows.size(), 5);
    wizard->next();
    QCOMPARE(wizard->currentId(), 1);
    // Headers that are not field names: map them in the wizard.
    const auto pick = [wizard](const char *field, const QString &column) {
        auto *combo = wizard->findChild<QComboBox *>(QStringLiteral("importColumn_")
                                                     + QString::fromLatin1(field));
        combo->setCurrentIndex(combo->findText(column));
    };
    pick("order", QStringLiteral("Factuur"));
    pick("name", QStringLiteral("Naam"));
    pick("amount", QStringLiteral("Bedrag"));
    pick("expiry", QStringLiteral("Vervaldatum"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QSignalSpy checked(wizard, &ImportWizard::dryRunFinished);
    wizard->next();
    QTRY_VERIFY2(!checked.isEmpty(), qPrintable(wizard->statusText()));
    QVERIFY(wizard->dryRun());
    QCOMPARE(wizard->dryRun()->imported, 3);
    QCOMPARE(wizard->dryRun()->rejected.size(), 2);
    const QString rejected =
        wizard->findChild<QPlainTextEdit *>(QStringLiteral("importRejected"))->toPlainText();
    QVERIFY2(rejected.contains(QStringLiteral("row 3: Bedrag:")), qPrintable(rejected));
    QVERIFY2(rejected.contains(QStringLiteral("row 5: Vervaldatum:")), qPrintable(rejected));
    QCOMPARE(*PaymentStore(m_window->database()).count(PaymentFilter {}), 0);

    wizard->button(QWizard::FinishButton)->click();
    PaymentStore store(m_window->database());
    QTRY_COMPARE_WITH_TIMEOUT(*store.count(PaymentFilter {}), 3, 10000);
    const auto rows = store.list(PaymentFilter {}, { PaymentField::OrderRef, Qt::AscendingOrder });
    QVERIFY(rows);
    QCOMPARE(rows->at(0).orderRef, QStringLiteral("A-1"));
    QCOMPARE(rows->at(0).amountMinor, 2850);
    QCOMPARE(rows->at(1).customerName, QStringLiteral("Groot; BV"));
    QCOMPARE(rows->at(1).amountMinor, 123456);
    QCOMPARE(rows->at(2).customerName, QStringLiteral("Иван"));
    QVERIFY(rows->at(0).importBatchId.has_value());
    QVERIFY(rows->at(0).link.contains(QStringLiteral("Ex=2099-12-31")));

    // Delete import removes the whole batch.
    // Any row of the batch will do; the table may still be refreshing.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            m_window->paymentsView()->selectId(rows->at(0).id);
            return m_window->paymentsView()->currentId() == rows->at(0).id;
        }(),
        5000);
    answerNextMessageBox(QMessageBox::Yes);
    m_window->payByLink()->deleteImport();
    QTRY_COMPARE_WITH_TIMEOUT(*store.count(PaymentFilter {}), 0, 10000);
}

namespace {

// Types Ctrl+Z into the payments table, as a merchant does after picking a
// row (in a text field, Ctrl+Z undoes its typing instead).
void pressUndo(MainWindow *window)
{
    // The offscreen platform does not hand activation back to the window
    // when a dialog closes; a desktop's window manager does.
    QApplication::setActiveWindow(window);
    QWidget *table = window->paymentsView()->table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
}

QString undoText(QWidget *window)
{
    const auto actions = window->findChildren<QAction *>(QStringLiteral("actionUndo"));
    return actions.isEmpty() ? QString() : actions.first()->text();
}

} // namespace

// Saves the link typed into New link for `order`.
static void saveNewLink(MainWindow *window, const QString &order)
{
    window->payByLink()->newLink();
    auto *dialog = window->findChild<NewLinkDialog *>(QStringLiteral("newLinkDialog"));
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("linkOrder"))->setText(order);
    dialog->findChild<QLineEdit *>(QStringLiteral("linkAmount"))->setText(QStringLiteral("5"));
    dialog->updateNow();
    QVERIFY2(!dialog->linkText().isEmpty(), qPrintable(dialog->problemText()));
    dialog->accept();
}

// A hand-made link, then an import in the window: Ctrl+Z undoes the import,
// exactly its payments, as the Edit menu says; Ctrl+Z again the hand-made one.
void TestPayByLinkGui::undoAfterImportRemovesExactlyTheImport()
{
    addProfile(QStringLiteral("Shop"));
    saveNewLink(m_window.get(), QStringLiteral("HAND-1"));
    PaymentStore store(m_window->database());
    QTRY_COMPARE(*store.count(PaymentFilter {}), 1);

    const QString csv = m_dir.filePath(QStringLiteral("undo-%1.csv").arg(m_run));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("order;name;amount\nIMP-1;Jan;1,00\nIMP-2;Piet;2,00\nIMP-3;Klaas;3,00\n");
    file.close();
    m_window->payByLink()->importCsv();
    auto *wizard = m_window->findChild<ImportWizard *>(QStringLiteral("importWizard"));
    QVERIFY(wizard);
    QSignalSpy checked(wizard, &ImportWizard::dryRunFinished);
    wizard->setFile(csv);
    QTRY_VERIFY(wizard->table() != nullptr);
    wizard->next();
    wizard->next();
    QTRY_VERIFY2(!checked.isEmpty(), qPrintable(wizard->statusText()));
    wizard->button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(*store.count(PaymentFilter {}), 4, 10000);
    QTRY_VERIFY2(undoText(m_window.get()).contains(QStringLiteral("Import of")),
                 qPrintable(undoText(m_window.get())));
    QVERIFY(undoText(m_window.get()).contains(QStringLiteral("undo-")));

    pressUndo(m_window.get());
    QTRY_COMPARE(*store.count(PaymentFilter {}), 1);
    const auto left = store.list(PaymentFilter {});
    QVERIFY(left);
    QCOMPARE(left->first().orderRef, QStringLiteral("HAND-1"));
    QCOMPARE(scalarOf(m_window->database(), "SELECT count(*) FROM import_batches"), 0);
    QVERIFY2(undoText(m_window.get()).contains(QStringLiteral("Add payment")),
             qPrintable(undoText(m_window.get())));

    pressUndo(m_window.get());
    QTRY_COMPARE(*store.count(PaymentFilter {}), 0);
}

// A row changed by another program after this window wrote it: undo says it
// cannot apply and changes nothing; an edit of the stale row is refused.
void TestPayByLinkGui::undoRefusesARowChangedElsewhere()
{
    addProfile(QStringLiteral("Shop"));
    saveNewLink(m_window.get(), QStringLiteral("HAND-2"));
    PaymentStore store(m_window->database());
    QTRY_COMPARE(*store.count(PaymentFilter {}), 1);
    const Payment seen = store.list(PaymentFilter {})->first();
    {
        auto other = Database::open(m_window->database().path()); // as the CLI would
        QVERIFY(other.ok());
        QVERIFY(PaymentStore(**other).markPaid({ seen.id }, true));
    }
    pressUndo(m_window.get());
    QTRY_VERIFY(m_window->findChild<QMessageBox *>(QStringLiteral("errorBox")));
    const QString said = m_window->findChild<QMessageBox *>(QStringLiteral("errorBox"))->text();
    QVERIFY2(said.contains(QStringLiteral("changed elsewhere")), qPrintable(said));
    QCOMPARE(*store.count(PaymentFilter {}), 1);
    QCOMPARE((*store.find(seen.id))->status, PaymentStatus::Paid);

    Payment stale = seen;
    stale.customerName = QStringLiteral("Overwritten?");
    const Status edit = store.update(stale);
    QVERIFY(!edit);
    QVERIFY2(edit.error().message.contains(QStringLiteral("changed elsewhere")),
             qPrintable(edit.error().message));
    QCOMPARE((*store.find(seen.id))->customerName, seen.customerName);
}

// "&Amount:" beside a field and its currency, "&File:" beside a path and
// Browse: a label for a row of several widgets needs its buddy given, or it
// shows the "&" (issue 20, walkthrough).
void TestPayByLinkGui::everyMnemonicHasABuddy()
{
    addProfile(QStringLiteral("Shop"));
    m_window->payByLink()->newLink();
    auto *dialog = m_window->findChild<NewLinkDialog *>(QStringLiteral("newLinkDialog"));
    QVERIFY(dialog);
    QCOMPARE(test::mnemonicsWithoutBuddy(dialog), QStringList());
    dialog->close();
    m_window->payByLink()->importCsv();
    auto *wizard = m_window->findChild<ImportWizard *>(QStringLiteral("importWizard"));
    QVERIFY(wizard);
    QCOMPARE(test::mnemonicsWithoutBuddy(wizard), QStringList());
    wizard->close();
    ProfileDialog profile;
    QCOMPARE(test::mnemonicsWithoutBuddy(&profile), QStringList());
    QCOMPARE(test::mnemonicsWithoutBuddy(m_window.get()), QStringList());
}

// A path typed into the import wizard is read once typing pauses: Next is
// enabled without leaving the field first (issue 20, walkthrough).
void TestPayByLinkGui::typedPathEnablesNextWithoutTab()
{
    addProfile(QStringLiteral("Shop"));
    const QString path = m_dir.filePath(QStringLiteral("typed.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("order;name;amount\nT-1;Jan;1,00\n");
    file.close();
    m_window->payByLink()->importCsv();
    auto *wizard = m_window->findChild<ImportWizard *>(QStringLiteral("importWizard"));
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    auto *edit = wizard->findChild<QLineEdit *>(QStringLiteral("importFile"));
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, path);
    QVERIFY(edit->hasFocus());
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(edit->hasFocus()); // still typing there: no Tab was needed
    wizard->close();
}

QTEST_MAIN(TestPayByLinkGui)
#include "tst_paybylink_gui.moc"
