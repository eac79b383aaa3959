// `paylink invoices`: one PDF, one invoice (or label) per payment, every code
// decoded back with zbarimg to that payment's link.
#include "../QrDecode.h"
#include "../TestEnv.h"

#include "store/Database.h"
#include "store/PaymentStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace paylink;

class TestInvoices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onePagePerPayment();
    void labelsPlaceNCodesPerPage_data();
    void labelsPlaceNCodesPerPage();
    void letterPaper();
    void unknownIdsAndMissingLinksArePartial();
    void dangerousLinksGetNoCode();
    void usageErrors_data();
    void usageErrors();

private:
    int cli(const QStringList &args, QByteArray *err = nullptr);
    int pages(const QString &pdf, QString *pageSize = nullptr);

    QTemporaryDir m_dir;
    QString m_db;
    QList<Payment> m_payments; // in id order, all with links
};

int TestInvoices::cli(const QStringList &args, QByteArray *err)
{
    QProcess p;
    p.setProcessEnvironment(test::isolatedEnvironment(m_dir.filePath(QStringLiteral("env"))));
    p.start(QStringLiteral(PAYLINK_CLI_PATH), args);
    p.waitForFinished(120000);
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

int TestInvoices::pages(const QString &pdf, QString *pageSize)
{
    const QString info = QString::fromUtf8(test::runTool(QStringLiteral("pdfinfo"), { pdf }));
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral(R"(Pages:\s+(\d+))")).match(info);
    if (pageSize)
        *pageSize =
            QRegularExpression(QStringLiteral(R"(Page size:\s+([^\n]+))")).match(info).captured(1);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

void TestInvoices::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The merchant header comes from the GUI's settings, which the CLI shares.
    const QString config = m_dir.filePath(QStringLiteral("env/config/paylinkdesk"));
    QVERIFY(QDir().mkpath(config));
    QFile ini(config + QStringLiteral("/paylink-desk.ini"));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[merchant]\nname=Bakkerij De Zon\naddress=Dorpsstraat 1, Utrecht\n");
    ini.close();

    m_db = m_dir.filePath(QStringLiteral("invoices.sqlite"));
    auto db = Database::open(m_db);
    QVERIFY(db.ok());
    PaymentStore store(**db);
    QString longLink =
        QStringLiteral("https://testapi.paybylink.com/payment/createUrl/"
                       "2b2b9bff-0c96-4f33-a20d-c831ac87e571?mt=CreatePaymentLinkMapping"
                       "&u=Secretapiuser&exu=https%3A%2F%2Fwww.paybylink.com");
    while (longLink.size() < 400)
        longLink += QStringLiteral("&P%1=x").arg(longLink.size());
    for (int i = 1; i <= 8; ++i) {
        Payment p;
        p.service = i % 2 ? Service::PayByLink : Service::Bitrix24;
        p.orderRef = QStringLiteral("INV-%1").arg(i, 3, 10, QChar(u'0'));
        p.customerName =
            i == 2 ? QStringLiteral("Анна Петрова") : QStringLiteral("Customer %1").arg(i);
        p.amountMinor = 2850 * i;
        p.currency = QStringLiteral("EUR");
        p.description = QStringLiteral("Order %1").arg(i);
        p.expiry = QDate::currentDate().addDays(30);
        p.link = i == 3 ? longLink
                        : QStringLiteral("https://b24.example/pub/?paymentId=%1").arg(1000 + i);
        if (i % 2 == 0)
            p.shortLink = QStringLiteral("https://b24.example/~s%1").arg(i);
        p.status = PaymentStatus::Ready;
        QVERIFY(store.insert(p).ok());
        m_payments << p;
    }
}

void TestInvoices::onePagePerPayment()
{
    const QString pdf = m_dir.filePath(QStringLiteral("all.pdf"));
    QByteArray err;
    QCOMPARE(cli({ QStringLiteral("invoices"), QStringLiteral("--db"), m_db,
                   QStringLiteral("--all"), QStringLiteral("-o"), pdf },
                 &err),
             0);
    QCOMPARE(pages(pdf), m_payments.size());
    // English plurals come from the translation, not from "(s)".
    QVERIFY2(err.contains("Wrote 8 invoices to ") && err.contains("(8 pages)."), err.constData());
    for (int i = 0; i < m_payments.size(); ++i) {
        const Payment &p = m_payments.at(i);
        QCOMPARE(QString::fromUtf8(test::decodeQr(pdf, 300, i + 1)), p.preferredLink());
    }
    // The text of the first page carries header, customer, amount, caption, link.
    const QString text = QString::fromUtf8(
        test::runTool(QStringLiteral("pdftotext"),
                      { QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                        QStringLiteral("2"), pdf, QStringLiteral("-") }));
    for (const QString &expected :
         { QStringLiteral("Bakkerij De Zon"), QStringLiteral("Dorpsstraat 1"),
           QStringLiteral("Invoice INV-002"), QStringLiteral("Анна Петрова"),
           QStringLiteral("57.00 EUR"), QStringLiteral("Scan to pay"),
           QStringLiteral("https://b24.example/~s2") })
        QVERIFY2(text.contains(expected),
                 qPrintable(expected + QStringLiteral(" missing in:\n") + text));
}

void TestInvoices::labelsPlaceNCodesPerPage_data()
{
    QTest::addColumn<int>("perPage");
    QTest::newRow("2") << 2;
    QTest::newRow("4") << 4;
    QTest::newRow("8") << 8;
}

void TestInvoices::labelsPlaceNCodesPerPage()
{
    QFETCH(int, perPage);
    const QString pdf = m_dir.filePath(QStringLiteral("labels-%1.pdf").arg(perPage));
    QCOMPARE(
        cli({ QStringLiteral("invoices"), QStringLiteral("--db"), m_db, QStringLiteral("--all"),
              QStringLiteral("--per-page"), QString::number(perPage), QStringLiteral("-o"), pdf }),
        0);
    const int expectedPages = int((m_payments.size() + perPage - 1) / perPage);
    QCOMPARE(pages(pdf), expectedPages);
    for (int page = 0; page < expectedPages; ++page) {
        QStringList expected;
        for (int i = page * perPage; i < std::min<int>(m_payments.size(), (page + 1) * perPage);
             ++i)
            expected << m_payments.at(i).preferredLink();
        expected.sort();
        QCOMPARE(test::decodeAllQr(pdf, page + 1), expected);
    }
}

void TestInvoices::letterPaper()
{
    const QString pdf = m_dir.filePath(QStringLiteral("letter.pdf"));
    QCOMPARE(cli({ QStringLiteral("invoices"), QStringLiteral("--db"), m_db,
                   QStringLiteral("--ids"), QStringLiteral("1,2"), QStringLiteral("--page"),
                   QStringLiteral("Letter"), QStringLiteral("-o"), pdf }),
             0);
    QString size;
    QCOMPARE(pages(pdf, &size), 2);
    QVERIFY2(size.startsWith(QStringLiteral("612 x 792")), qPrintable(size));
}

void TestInvoices::unknownIdsAndMissingLinksArePartial()
{
    auto db = Database::open(m_db);
    QVERIFY(db.ok());
    Payment draft;
    draft.orderRef = QStringLiteral("DRAFT");
    draft.amountMinor = 100;
    QVERIFY(PaymentStore(**db).insert(draft).ok());
    const QString pdf = m_dir.filePath(QStringLiteral("partial.pdf"));
    QByteArray err;
    QCOMPARE(
        cli({ QStringLiteral("invoices"), QStringLiteral("--db"), m_db, QStringLiteral("--ids"),
              QStringLiteral("1,%1,999").arg(draft.id), QStringLiteral("-o"), pdf },
            &err),
        1);
    QVERIFY2(err.contains("payment 999: no payment has this id"), err.constData());
    QVERIFY2(err.contains(QStringLiteral("payment %1: it has no link yet").arg(draft.id).toUtf8()),
             err.constData());
    // The valid one is still written.
    QCOMPARE(pages(pdf), 1);
    QCOMPARE(QString::fromUtf8(test::decodeQr(pdf, 300, 1)), m_payments.first().preferredLink());
    QVERIFY(PaymentStore(**db).remove({ draft.id }).ok());
}

// A link written around the rules by another program (D41) gets no invoice
// and no code; the export leaves it out unless --raw (issue 21, item 4).
void TestInvoices::dangerousLinksGetNoCode()
{
    const QString path = m_dir.filePath(QStringLiteral("dangerous.sqlite"));
    qint64 evil = 0;
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        Payment p = m_payments.first();
        p.id = 0;
        QVERIFY(PaymentStore(**db).insert(p).ok());
        p.id = 0;
        p.orderRef = QStringLiteral("EVIL");
        QVERIFY(PaymentStore(**db).insert(p).ok());
        evil = p.id;
        QSqlQuery q((*db)->connection());
        QVERIFY(q.prepare(QStringLiteral("UPDATE payments SET link = ? WHERE id = ?")));
        q.addBindValue(QStringLiteral("javascript:alert(document.cookie)"));
        q.addBindValue(evil);
        QVERIFY(q.exec());
    }
    const QString pdf = m_dir.filePath(QStringLiteral("dangerous.pdf"));
    QByteArray err;
    QCOMPARE(cli({ QStringLiteral("invoices"), QStringLiteral("--db"), path,
                   QStringLiteral("--all"), QStringLiteral("-o"), pdf },
                 &err),
             1);
    QVERIFY2(
        err.contains(QStringLiteral("payment %1: Link refused: The link starts with “javascript:”")
                         .arg(evil)
                         .toUtf8()),
        err.constData());
    QCOMPARE(pages(pdf), 1);
    QCOMPARE(QString::fromUtf8(test::decodeQr(pdf, 300, 1)), m_payments.first().preferredLink());

    for (const bool raw : { false, true }) {
        const QString csv = m_dir.filePath(QStringLiteral("dangerous-%1.csv").arg(raw));
        QStringList args { QStringLiteral("export"), QStringLiteral("--links"),
                           QStringLiteral("--db"),   path,
                           QStringLiteral("-o"),     csv };
        if (raw)
            args << QStringLiteral("--raw");
        QByteArray exportErr;
        QCOMPARE(cli(args, &exportErr), 0);
        QCOMPARE(exportErr.contains("the link rule"), !raw);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QCOMPARE(text.contains("javascript:"), raw);
        QVERIFY(text.contains(m_payments.first().link.toUtf8()));
    }
}

void TestInvoices::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    const QString out = QStringLiteral("-o");
    QTest::newRow("ids and all") << QStringList { QStringLiteral("--all"), QStringLiteral("--ids"),
                                                  QStringLiteral("1"), out,
                                                  QStringLiteral("x.pdf") };
    QTest::newRow("neither") << QStringList { out, QStringLiteral("x.pdf") };
    QTest::newRow("no output") << QStringList { QStringLiteral("--all") };
    QTest::newRow("per-page 3") << QStringList { QStringLiteral("--all"),
                                                 QStringLiteral("--per-page"), QStringLiteral("3"),
                                                 out, QStringLiteral("x.pdf") };
    QTest::newRow("page A5") << QStringList { QStringLiteral("--all"), QStringLiteral("--page"),
                                              QStringLiteral("A5"), out, QStringLiteral("x.pdf") };
    QTest::newRow("bad id") << QStringList { QStringLiteral("--ids"), QStringLiteral("1,x"), out,
                                             QStringLiteral("x.pdf") };
}

void TestInvoices::usageErrors()
{
    QFETCH(QStringList, args);
    args.prepend(m_db);
    args.prepend(QStringLiteral("--db"));
    args.prepend(QStringLiteral("invoices"));
    QCOMPARE(cli(args), 2);
}

QTEST_GUILESS_MAIN(TestInvoices)
#include "tst_invoices.moc"
