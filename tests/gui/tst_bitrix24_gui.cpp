// The Bitrix24 part of the window, offscreen, against the fake portal (a real
// HTTPS server on 127.0.0.1): the portal dialog's Test connection verdicts
// (wrong code, missing scope, http://, no trusted CA, a moved portal,
// connected), Get links for a list and a range with progress into the table
// and the QR panel (zbarimg reads the shown QR), Cancel, Sync of a deal, and
// Mark paid / unpaid in Bitrix24 from the selection.
#include "../FakePortal.h"
#include "../QrDecode.h"
#include "../TableWait.h"
#include "../TestEnv.h"

#include "MainWindow.h"
#include "PaymentsView.h"
#include "QrPanel.h"
#include "QrView.h"
#include "bitrix24/Bitrix24Controller.h"
#include "bitrix24/PortalDialog.h"
#include "core/Translations.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"
#include "store/PaymentStore.h"
#include "store/PaymentTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace paylink;

class TestBitrix24Gui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void testConnectionVerdicts_data();
    void testConnectionVerdicts();
    void movedPortalOffersTheNewAddress();
    void getLinksFillsTableAndQr();
    void cancelStopsAfterTheCallInFlight();
    void syncThenPayAndUnpay();

private:
    QString webhook(const QString &code) const
    {
        return QStringLiteral("https://127.0.0.1:%1/rest/1/%2/").arg(m_portal->port()).arg(code);
    }
    Bitrix24Profile savePortal();
    QDialog *openGetLinks(const QString &ids);
    qint64 rowsOf(const QString &sql);

    QTemporaryDir m_dir;
    std::unique_ptr<test::FakePortal> m_portal;
    std::unique_ptr<MainWindow> m_window;
    int m_run = 0;
};

void TestBitrix24Gui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("PAYLINK_KEYCHAIN", "session"); // secrets stay in this process
    Translations::install(QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
    m_portal = std::make_unique<test::FakePortal>();
    QVERIFY2(m_portal->isReady(), qPrintable(m_portal->startError()));
}

void TestBitrix24Gui::init()
{
    SecretStore::resetForTests();
    Bitrix24Client::resetBucketsForTests();
    QVERIFY(m_portal->control(QJsonObject { { QStringLiteral("reset"), true } }));
    auto db = Database::open(m_dir.filePath(QStringLiteral("b24-%1.sqlite").arg(++m_run)));
    QVERIFY(db.ok());
    m_window = std::make_unique<MainWindow>(std::move(db).value());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestBitrix24Gui::cleanup()
{
    m_window.reset();
}

Bitrix24Profile TestBitrix24Gui::savePortal()
{
    Bitrix24Profile p;
    p.name = QStringLiteral("Main");
    p.portal.extraCas = QSslCertificate::fromPath(m_portal->caPath(), QSsl::Pem);
    Bitrix24Credentials c;
    c.webhookUrl = webhook(QStringLiteral("testcode123"));
    SecretStore secrets;
    if (Status s = Bitrix24Portals(m_window->database(), secrets).add(p, c); !s)
        qWarning("%s", qPrintable(s.error().message));
    return p;
}

qint64 TestBitrix24Gui::rowsOf(const QString &sql)
{
    QSqlQuery q(m_window->database().connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QDialog *TestBitrix24Gui::openGetLinks(const QString &ids)
{
    m_window->bitrix24()->getLinks();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("getLinksDialog"));
    if (!dialog)
        return nullptr;
    dialog->findChild<QLineEdit *>(QStringLiteral("getLinksIds"))->setText(ids);
    return dialog;
}

void TestBitrix24Gui::testConnectionVerdicts_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("withCa");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("connected") << QStringLiteral("testcode123") << true
                               << QStringLiteral("Connected");
    QTest::newRow("wrong code") << QStringLiteral("wrongcode1") << true
                                << QStringLiteral("did not accept the webhook");
    QTest::newRow("missing scope")
        << QStringLiteral("noscope456") << true << QStringLiteral("lacks a permission");
    QTest::newRow("no trusted CA")
        << QStringLiteral("testcode123") << false << QStringLiteral("certificate is not trusted");
}

void TestBitrix24Gui::testConnectionVerdicts()
{
    QFETCH(QString, code);
    QFETCH(bool, withCa);
    QFETCH(QString, verdict);
    PortalDialog dialog;
    dialog.findChild<QLineEdit *>(QStringLiteral("portalName"))->setText(QStringLiteral("P"));
    auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testConnection"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("portalProblem"));
    auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("portalWebhook"));
    // http:// is refused before anything is sent.
    field->setText(
        QStringLiteral("http://127.0.0.1:%1/rest/1/%2/").arg(m_portal->port()).arg(code));
    QVERIFY(!test->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("HTTPS only")), qPrintable(problem->text()));
    QCOMPARE(field->echoMode(), QLineEdit::Password);

    field->setText(webhook(code));
    if (withCa)
        dialog.findChild<QLineEdit *>(QStringLiteral("portalCaFile"))->setText(m_portal->caPath());
    QVERIFY(test->isEnabled());
    QSignalSpy tested(&dialog, &PortalDialog::tested);
    test->click();
    QVERIFY(tested.wait(20000));
    QCOMPARE(tested.first().first().toBool(), verdict == QLatin1String("Connected"));
    QVERIFY2(dialog.verdictText().contains(verdict), qPrintable(dialog.verdictText()));
    // The verdict never shows the code.
    QVERIFY(!dialog.verdictText().contains(code));
}

void TestBitrix24Gui::movedPortalOffersTheNewAddress()
{
    PortalDialog dialog;
    dialog.findChild<QLineEdit *>(QStringLiteral("portalName"))->setText(QStringLiteral("P"));
    auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("portalWebhook"));
    field->setText(webhook(QStringLiteral("testcode123")));
    dialog.findChild<QLineEdit *>(QStringLiteral("portalCaFile"))->setText(m_portal->caPath());
    QVERIFY(m_portal->control(QJsonObject { { QStringLiteral("fault"), QStringLiteral("moved") },
                                            { QStringLiteral("count"), 1 } }));
    QSignalSpy tested(&dialog, &PortalDialog::tested);
    dialog.testConnection();
    QVERIFY(tested.wait(20000));
    QVERIFY2(dialog.verdictText().contains(QStringLiteral("moved.example")),
             qPrintable(dialog.verdictText()));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(QStringLiteral("portalMovedBox"))));
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(field->text().startsWith(QStringLiteral("https://moved.example")));
    QVERIFY(field->text().endsWith(QStringLiteral("/rest/1/testcode123/")));
    // Nothing went to the new host: the fake saw one request, the 302.
    QCOMPARE(m_portal->stats().value(QStringLiteral("total")).toInt(), 1);
}

void TestBitrix24Gui::getLinksFillsTableAndQr()
{
    savePortal();
    QDialog *dialog = openGetLinks(QStringLiteral("1000-1003, 1299"));
    QVERIFY(dialog);
    auto *hint = dialog->findChild<QLabel *>(QStringLiteral("getLinksHint"));
    QVERIFY2(hint->text().contains(QStringLiteral("5 payments, 1 request")),
             qPrintable(hint->text()));
    // A bad id list is named and cannot be started.
    auto *ids = dialog->findChild<QLineEdit *>(QStringLiteral("getLinksIds"));
    auto *start = dialog->findChild<QPushButton *>(QStringLiteral("getLinksStart"));
    ids->setText(QStringLiteral("1000-"));
    QVERIFY(!start->isEnabled());
    QVERIFY(hint->text().contains(QStringLiteral("“1000-”")));
    ids->setText(QStringLiteral("1000-1003, 1299"));
    start->click();
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("getLinksStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("5 links saved")), 20000);
    QTRY_COMPARE(m_window->paymentModel()->rowCount(), 5);
    QCOMPARE(rowsOf(QStringLiteral("SELECT count(*) FROM payments WHERE service = 'bitrix24' AND "
                                   "profile_id IS NOT NULL AND short_link LIKE 'https://%'")),
             5);
    dialog->close();

    // The QR panel shows the selected payment's short link; zbarimg agrees.
    const qint64 id = rowsOf(QStringLiteral("SELECT id FROM payments WHERE external_id = '1002'"));
    QVERIFY(paylink::test::select(*m_window->paymentsView(), id));
    const auto payment = PaymentStore(m_window->database()).find(id);
    QVERIFY(payment && payment->has_value());
    QrPanel *panel = m_window->qrPanel();
    panel->renderNow();
    auto *view = panel->findChild<QrView *>(QStringLiteral("qrView"));
    const QString png = m_dir.filePath(QStringLiteral("panel-%1.png").arg(m_run));
    QVERIFY(view->grab().toImage().save(png));
    QCOMPARE(QString::fromUtf8(test::decodeQr(png)), (*payment)->shortLink);
    QVERIFY((*payment)->shortLink.startsWith(QStringLiteral("https://")));
}

void TestBitrix24Gui::cancelStopsAfterTheCallInFlight()
{
    savePortal();
    // Every batch takes a second: Cancel lands while the first is in flight.
    QVERIFY(m_portal->control(QJsonObject { { QStringLiteral("fault"), QStringLiteral("slow") },
                                            { QStringLiteral("method"), QStringLiteral("batch") },
                                            { QStringLiteral("delay"), 1 } }));
    QDialog *dialog = openGetLinks(QStringLiteral("1000-1299"));
    QVERIFY(dialog);
    dialog->findChild<QPushButton *>(QStringLiteral("getLinksStart"))->click();
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("getLinksCancel"));
    QTRY_VERIFY(cancel->isVisible());
    cancel->click();
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("getLinksStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Cancelled")), 20000);
    const qint64 saved = rowsOf(QStringLiteral("SELECT count(*) FROM payments"));
    QVERIFY2(saved < 300, qPrintable(status->text()));
    QVERIFY(m_portal->stats().value(QStringLiteral("total")).toInt() < 6);
    QVERIFY(!cancel->isVisible());
    dialog->close();
}

void TestBitrix24Gui::syncThenPayAndUnpay()
{
    savePortal();
    m_window->bitrix24()->sync();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("syncDialog"));
    QVERIFY(dialog);
    dialog->findChild<QSpinBox *>(QStringLiteral("syncEntityId"))->setValue(7);
    dialog->findChild<QPushButton *>(QStringLiteral("syncStart"))->click();
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("syncStatus"));
    QTRY_VERIFY2_WITH_TIMEOUT(
        status->text().contains(QStringLiteral("Synchronised 3 payments")),
        qPrintable(status->text() + u'|' + m_window->statusBar()->currentMessage()), 20000);
    dialog->close();
    QTRY_COMPARE(m_window->paymentModel()->rowCount(), 3);
    QCOMPARE(rowsOf(QStringLiteral("SELECT count(*) FROM payments WHERE status = 'paid'")), 1);
    QCOMPARE(rowsOf(QStringLiteral("SELECT amount_minor FROM payments WHERE external_id = "
                                   "'1064'")),
             2850);

    const qint64 id = rowsOf(QStringLiteral("SELECT id FROM payments WHERE external_id = '1064'"));
    QVERIFY(paylink::test::select(*m_window->paymentsView(), id));
    QAction *pay = m_window->bitrix24()->payAction();
    QTRY_VERIFY(pay->isEnabled());
    pay->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(
        rowsOf(QStringLiteral("SELECT status = 'paid' FROM payments WHERE id = %1").arg(id)), 1,
        20000);
    const QJsonObject executed = m_portal->stats().value(QStringLiteral("executed")).toObject();
    QCOMPARE(executed.value(QStringLiteral("crm.item.payment.pay")).toInt(), 1);

    QTRY_VERIFY(m_window->bitrix24()->unpayAction()->isEnabled());
    m_window->bitrix24()->unpayAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(
        rowsOf(QStringLiteral("SELECT status = 'paid' FROM payments WHERE id = %1").arg(id)), 0,
        20000);
    QCOMPARE(m_portal->stats()
                 .value(QStringLiteral("executed"))
                 .toObject()
                 .value(QStringLiteral("crm.item.payment.unpay"))
                 .toInt(),
             1);
    // A PayByLink row cannot be sent to Bitrix24.
    Payment local;
    local.orderRef = QStringLiteral("LOCAL-1");
    local.amountMinor = 100;
    QVERIFY(PaymentStore(m_window->database()).insert(local));
    m_window->paymentModel()->reload();
    QVERIFY(paylink::test::select(*m_window->paymentsView(), local.id));
    QTRY_VERIFY(!pay->isEnabled());
}

QTEST_MAIN(TestBitrix24Gui)
#include "tst_bitrix24_gui.moc"
