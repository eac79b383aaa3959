// Offscreen tests of the QR panel in the main window: selection drives it, and
// every picture it hands out (clipboard, export, print) decodes back with
// zbarimg to exactly the payment's link.
#include "../QrDecode.h"
#include "../TableWait.h"

#include "JobProgress.h"
#include "MainWindow.h"
#include "PaymentsView.h"
#include "QrPanel.h"
#include "QrView.h"
#include "dialogs/InvoiceDialog.h"

#include "qr/QrExport.h"
#include "store/Database.h"
#include "store/PaymentStore.h"
#include "store/PaymentTableModel.h"

#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace paylink;

class TestQrPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void selectingARowUpdatesThePanel();
    void copyShortLinkPutsExactText();
    void copyImagePutsDecodablePngAndSvg();
    void exportWritesThreeFormats();
    void printPathRendersThroughQPrinter();
    void smallModulesWarnAndOfferAFix();
    void errorsShowInsideThePanel();
    void printedLinkIsWholeAndCopiable();
    void invoiceDialogPreviewsAndWritesPdf();
    void invoiceJobCancelLeavesNoFile();

private:
    qint64 add(const QString &order, const QString &link, const QString &shortLink);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QrPanel *m_panel = nullptr;
    int m_run = 0;
    const QString m_short = QStringLiteral("https://b24.example/~tR9sB");
    const QString m_long =
        QStringLiteral("https://b24.example/pub/site/10/order/"
                       "?orderId=3689&access=f83b5926bd8cb4f0248b4b5a8e48b6fb&paymentId=1063");
};

void TestQrPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestQrPanel::init()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("qr-%1.sqlite").arg(++m_run)));
    QVERIFY(db.ok());
    m_window = std::make_unique<MainWindow>(std::move(db).value());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_panel = m_window->qrPanel();
    QVERIFY(m_panel);
    // A known starting point for the options, whatever an earlier test chose.
    m_panel->findChild<QComboBox *>(QStringLiteral("qrEccCombo"))->setCurrentIndex(1);
    m_panel->findChild<QDoubleSpinBox *>(QStringLiteral("qrSizeSpin"))->setValue(40);
}

void TestQrPanel::cleanup()
{
    m_window.reset();
}

qint64 TestQrPanel::add(const QString &order, const QString &link, const QString &shortLink)
{
    Payment p;
    p.service = Service::Bitrix24;
    p.orderRef = order;
    p.amountMinor = 90000;
    p.currency = QStringLiteral("RUB");
    p.link = link;
    p.shortLink = shortLink;
    p.status = PaymentStatus::Ready;
    const Status s = PaymentStore(m_window->database()).insert(p);
    if (!s)
        qWarning("%s", qPrintable(s.error().message));
    m_window->refresh();
    paylink::test::waitLoaded(*m_window->paymentModel());
    return p.id;
}

void TestQrPanel::selectingARowUpdatesThePanel()
{
    const qint64 a = add(QStringLiteral("A"), m_long, m_short);
    const qint64 b =
        add(QStringLiteral("B"), QStringLiteral("https://b24.example/pub/?paymentId=7"), {});
    QVERIFY(paylink::test::select(*m_window->paymentsView(), a));
    QTRY_VERIFY(m_panel->code().has_value() && m_panel->code()->payload() == m_short.toUtf8());
    QVERIFY(
        m_panel->infoText().contains(QStringLiteral("Version %1").arg(m_panel->code()->version())));
    QVERIFY(paylink::test::select(*m_window->paymentsView(), b));
    QTRY_COMPARE(m_panel->code()->payload(), QByteArray("https://b24.example/pub/?paymentId=7"));
}

void TestQrPanel::copyShortLinkPutsExactText()
{
    QVERIFY(paylink::test::select(*m_window->paymentsView(),
                                  add(QStringLiteral("A"), m_long, m_short)));
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("copyShortLinkButton")),
                      Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), m_short);
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("copyLinkButton")),
                      Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), m_long);
}

void TestQrPanel::copyImagePutsDecodablePngAndSvg()
{
    QVERIFY(paylink::test::select(*m_window->paymentsView(),
                                  add(QStringLiteral("A"), m_long, m_short)));
    QTRY_VERIFY(m_panel->code().has_value());
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("copyImageButton")),
                      Qt::LeftButton);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    const QByteArray png = mime->data(QStringLiteral("image/png"));
    QVERIFY(png.startsWith("\x89PNG"));
    QVERIFY(!QImage::fromData(png, "PNG").isNull());
    const QString pngFile = m_dir.filePath(QStringLiteral("clip.png"));
    QFile f(pngFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(png);
    f.close();
    QCOMPARE(test::decodeQr(pngFile), m_short.toUtf8());
    const QByteArray svg = mime->data(QStringLiteral("image/svg+xml"));
    QVERIFY(svg.contains("<svg"));
    const QString svgFile = m_dir.filePath(QStringLiteral("clip.svg"));
    QFile g(svgFile);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(svg);
    g.close();
    QCOMPARE(test::decodeQr(svgFile), m_short.toUtf8());
}

void TestQrPanel::exportWritesThreeFormats()
{
    QVERIFY(paylink::test::select(*m_window->paymentsView(), add(QStringLiteral("A"), m_long, {})));
    QTRY_VERIFY(m_panel->code().has_value());
    for (const char *ext : { "png", "svg", "pdf" }) {
        const QString file =
            m_dir.filePath(QStringLiteral("export-%1.%2").arg(m_run).arg(QString::fromLatin1(ext)));
        const Status s = m_panel->exportTo(file);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(test::decodeQr(file), m_long.toUtf8());
    }
    // The panel's own verification reads each file back with libzbar.
    for (const char *ext : { "png", "svg", "pdf" }) {
        const QString file =
            m_dir.filePath(QStringLiteral("export-%1.%2").arg(m_run).arg(QString::fromLatin1(ext)));
        QVERIFY2(m_panel->verifyFile(file).startsWith(QStringLiteral("Verified")),
                 qPrintable(m_panel->verifyFile(file)));
    }
    // A file with another code is caught.
    const QString other = m_dir.filePath(QStringLiteral("other.png"));
    QVERIFY(QrExport::write(other, *QrCode::encodeText(QStringLiteral("https://evil.example/")), {})
                .ok());
    QVERIFY(m_panel->verifyFile(other).contains(QStringLiteral("does not carry")));
    // The PNG carries the printed size: 40 mm across, quiet zone included.
    const QImage png(m_dir.filePath(QStringLiteral("export-%1.png").arg(m_run)));
    QVERIFY(qAbs(png.width() * 1000.0 / png.dotsPerMeterX() - 40.0) < 0.5);
}

void TestQrPanel::printPathRendersThroughQPrinter()
{
    QVERIFY(paylink::test::select(*m_window->paymentsView(),
                                  add(QStringLiteral("A"), m_long, m_short)));
    QTRY_VERIFY(m_panel->code().has_value());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString file = m_dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(file);
    m_panel->printTo(&printer);
    QVERIFY(QFileInfo(file).size() > 0);
    QCOMPARE(test::decodeQr(file), m_short.toUtf8());
}

// Print… writes the whole of a long link under the code, and its PDF text
// layer has the letters, not ligatures ("ff" is not U+FB00), so a link copied
// from it works (issue 20, walkthrough).
void TestQrPanel::printedLinkIsWholeAndCopiable()
{
    QString link = QStringLiteral("https://testapi.paybylink.com/payment/createUrl/"
                                  "2b2b9bff-0c96-4f33-a20d-c831ac87e571?u=Secretapiuser&fi=ffl&x=");
    while (link.size() < 400)
        link += QStringLiteral("ff");
    link += QStringLiteral("END");
    QVERIFY(paylink::test::select(*m_window->paymentsView(), add(QStringLiteral("P"), link, {})));
    QTRY_VERIFY(m_panel->code().has_value());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString file = m_dir.filePath(QStringLiteral("printed-long.pdf"));
    printer.setOutputFileName(file);
    m_panel->printTo(&printer);
    QString text = QString::fromUtf8(test::runTool(
        QStringLiteral("pdftotext"), { QStringLiteral("-raw"), file, QStringLiteral("-") }));
    for (char16_t ligature = 0xFB00; ligature <= 0xFB06; ++ligature)
        QVERIFY2(!text.contains(QChar(ligature)), qPrintable(text));
    text.remove(u'\n');
    text.remove(u'\f');
    QVERIFY2(text.contains(link), qPrintable(text));
    QCOMPARE(test::decodeQr(file), link.toUtf8());
}

void TestQrPanel::smallModulesWarnAndOfferAFix()
{
    // A long link without a short one at 20 mm: modules far below 0.4 mm.
    QString link = m_long + QStringLiteral("&pad=");
    while (link.size() < 400)
        link += u'x';
    QVERIFY(paylink::test::select(*m_window->paymentsView(), add(QStringLiteral("A"), link, {})));
    m_panel->findChild<QDoubleSpinBox *>(QStringLiteral("qrSizeSpin"))->setValue(20);
    QTRY_VERIFY(m_panel->warningText().contains(QStringLiteral("too small")));
    QVERIFY(m_panel->warningText().contains(QStringLiteral("short link")));
    auto *fix = m_panel->findChild<QPushButton *>(QStringLiteral("fixSizeButton"));
    QVERIFY(fix->isVisible());
    QTest::mouseClick(fix, Qt::LeftButton);
    QTRY_VERIFY(!m_panel->warningText().contains(QStringLiteral("too small")));
    const int modules = QrRenderer::totalModules(*m_panel->code(), m_panel->style());
    QVERIFY(m_panel->sizeMm() / modules >= 0.4);
}

void TestQrPanel::errorsShowInsideThePanel()
{
    // Within the link rule (2,048 bytes), over what level H holds (1,273).
    const QString huge = QStringLiteral("https://example.com/?q=") + QString(1900, u'a');
    auto *ecc = m_panel->findChild<QComboBox *>(QStringLiteral("qrEccCombo"));
    QVERIFY(ecc);
    ecc->setCurrentIndex(ecc->findData(QStringLiteral("H")));
    m_panel->setLinks(huge, {});
    m_panel->renderNow();
    auto *view = m_panel->findChild<QrView *>(QStringLiteral("qrView"));
    QVERIFY(!view->code().has_value());
    QVERIFY2(view->message().contains(QStringLiteral("at most")), qPrintable(view->message()));
    // No modal box came up: the panel is all there is.
    QVERIFY(!QApplication::activeModalWidget());
}

void TestQrPanel::invoiceDialogPreviewsAndWritesPdf()
{
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << add(QStringLiteral("INV-%1").arg(i),
                   QStringLiteral("https://b24.example/pub/?paymentId=%1").arg(i),
                   QStringLiteral("https://b24.example/~s%1").arg(i));
    m_window->paymentsView()->table()->selectAll();
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionPrintInvoices"));
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *dialog = m_window->findChild<InvoiceDialog *>(QStringLiteral("invoiceDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->selectionOnly());
    auto *preview = dialog->findChild<QLabel *>(QStringLiteral("previewLabel"));
    QVERIFY(!preview->pixmap().isNull());
    auto *perPage = dialog->findChild<QComboBox *>(QStringLiteral("perPageCombo"));
    perPage->setCurrentIndex(perPage->findData(4));
    const InvoiceRenderer::Options options = dialog->options();
    QCOMPARE(options.perPage, 4);
    QStringList previewed;
    for (const Payment &p : dialog->previewedPayments())
        previewed << p.shortLink;
    QCOMPARE(previewed.size(), 4);
    previewed.sort();
    dialog->reject();

    const QString pdf = m_dir.filePath(QStringLiteral("gui-invoices.pdf"));
    m_window->writeInvoicesPdf(pdf, ids, {}, options);
    auto *job = m_window->findChild<JobProgress *>(QStringLiteral("jobProgress"));
    QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), 30000);
    QVERIFY(QFileInfo::exists(pdf));
    // The table's order (newest first), which the preview showed: its first
    // page is the document's first page.
    QStringList page1; // decodeAllQr sorts what it finds
    for (int i = 1; i <= 4; ++i)
        page1 << QStringLiteral("https://b24.example/~s%1").arg(i);
    QCOMPARE(test::decodeAllQr(pdf, 1), page1);
    QCOMPARE(previewed, page1); // the preview's first sheet is the PDF's
    QCOMPARE(test::decodeAllQr(pdf, 2), QStringList { QStringLiteral("https://b24.example/~s0") });
}

void TestQrPanel::invoiceJobCancelLeavesNoFile()
{
    QList<Payment> many;
    for (int i = 0; i < 3000; ++i) {
        Payment p;
        p.orderRef = QStringLiteral("BULK-%1").arg(i);
        p.amountMinor = 100 + i;
        p.link = QStringLiteral("https://b24.example/pub/?paymentId=%1").arg(i);
        p.status = PaymentStatus::Ready;
        many << p;
    }
    QVERIFY(PaymentStore(m_window->database()).insertAll(many).ok());
    m_window->refresh();
    const QString pdf = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    m_window->writeInvoicesPdf(pdf, {}, {}, InvoiceRenderer::Options {});
    auto *job = m_window->findChild<JobProgress *>(QStringLiteral("jobProgress"));
    QVERIFY(job->isRunning());
    QTest::mouseClick(job->findChild<QToolButton *>(QStringLiteral("jobCancelButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), 30000);
    QVERIFY(!QFileInfo::exists(pdf));
}

QTEST_MAIN(TestQrPanel)
#include "tst_qrpanel.moc"
