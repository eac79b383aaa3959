// Every QR output is decoded back by an independent decoder (zbarimg): PNG
// directly, SVG through rsvg-convert, PDF through pdftoppm. A missing tool
// fails the test, so a missing package cannot hide a broken export.
#include "../QrDecode.h"
#include "../TestEnv.h"

#include "qr/QrExport.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace paylink;

class TestQrRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void decodesToExactBytes_data();
    void decodesToExactBytes();
    void refusesOverCapacity_data();
    void refusesOverCapacity();
    void pngHasQuietZoneAndPhysicalModuleSize();
    void cliWritesAndRefuses();

private:
    QTemporaryDir m_dir;
};

void TestQrRoundTrip::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *tool : { "zbarimg", "rsvg-convert", "pdftoppm" })
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is missing: install zbar-tools, librsvg2-bin and "
                                           "poppler-utils (scripts/packages-test.txt)")
                                .arg(QString::fromLatin1(tool))));
}

void TestQrRoundTrip::decodesToExactBytes_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("ecc");
    QTest::addColumn<QString>("format");

    const QByteArray ascii = "https://b24.example/~tR9sB";
    const QByteArray mixed =
        QStringLiteral("Оплата счёта №17 — €28,50 · Straße · 日本語 · 😀").toUtf8();
    QByteArray longLink = "https://api.paybylink.com/payment/createUrl/"
                          "2b2b9bff-0c96-4f33-a20d-c831ac87e571?mt=CreatePaymentLinkMapping&u=S";
    while (longLink.size() < 1500)
        longLink += "&x" + QByteArray::number(longLink.size()) + "=value";
    longLink.truncate(1500);
    QByteArray nearCapacity(QrCode::byteCapacity(QrCode::Ecc::L) - 3, 'A');
    for (qsizetype i = 0; i < nearCapacity.size(); ++i)
        nearCapacity[i] = "0123456789abcdefghijklmnopqrstuvwxyz-._~"[i % 40];

    for (const QString &format :
         { QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf") }) {
        QTest::addRow("ascii %s", qPrintable(format)) << ascii << QStringLiteral("M") << format;
        QTest::addRow("mixed-script %s", qPrintable(format))
            << mixed << QStringLiteral("Q") << format;
        QTest::addRow("1500-char link %s", qPrintable(format))
            << longLink << QStringLiteral("M") << format;
        QTest::addRow("near capacity L %s", qPrintable(format))
            << nearCapacity << QStringLiteral("L") << format;
    }
}

void TestQrRoundTrip::decodesToExactBytes()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, ecc);
    QFETCH(QString, format);
    const Result<QrCode> code = QrCode::encode(payload, *QrCode::eccFromName(ecc));
    QVERIFY2(code.ok(), code.ok() ? "" : qPrintable(code.error().message));
    QrExport::Options options;
    options.modulePx = 6;
    options.dpi = 200;
    const QString file =
        m_dir.filePath(QStringLiteral("%1-%2.%3")
                           .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'))
                           .arg(ecc, format));
    const Status written = QrExport::write(file, *code, options);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    const QByteArray decoded = test::decodeQr(file);
    QCOMPARE(decoded.size(), payload.size());
    QCOMPARE(decoded, payload);
}

void TestQrRoundTrip::refusesOverCapacity_data()
{
    QTest::addColumn<QString>("ecc");
    QTest::newRow("L") << QStringLiteral("L");
    QTest::newRow("M") << QStringLiteral("M");
    QTest::newRow("H") << QStringLiteral("H");
}

void TestQrRoundTrip::refusesOverCapacity()
{
    QFETCH(QString, ecc);
    const QrCode::Ecc level = *QrCode::eccFromName(ecc);
    const QByteArray tooLong(QrCode::byteCapacity(level) + 1, 'x');
    const Result<QrCode> code = QrCode::encode(tooLong, level);
    QVERIFY(!code.ok());
    const QString message = code.error().message;
    QVERIFY2(message.contains(QString::number(QrCode::byteCapacity(level))), qPrintable(message));
    QVERIFY2(message.contains(QString::number(tooLong.size())), qPrintable(message));
    if (level != QrCode::Ecc::L)
        QVERIFY2(message.contains(QStringLiteral("lower error correction")), qPrintable(message));
    // Exactly at capacity still fits.
    QVERIFY(QrCode::encode(QByteArray(QrCode::byteCapacity(level), 'x'), level).ok());
}

void TestQrRoundTrip::pngHasQuietZoneAndPhysicalModuleSize()
{
    const Result<QrCode> code = QrCode::encodeText(QStringLiteral("https://b24.example/~tR9sB"));
    QVERIFY(code.ok());
    QrExport::Options options;
    options.modulePx = 7;
    options.dpi = 254; // 10 px a millimetre: 0.7 mm a module
    const QString file = m_dir.filePath(QStringLiteral("pixels.png"));
    QVERIFY(QrExport::write(file, *code, options).ok());
    const QImage image(file);
    QVERIFY(!image.isNull());
    const int total = code->size() + 2 * options.style.quietZone;
    QCOMPARE(image.width(), total * options.modulePx);
    QCOMPARE(image.height(), total * options.modulePx);
    // Physical size: the PNG's resolution makes 7 px exactly 0.7 mm.
    QCOMPARE(image.dotsPerMeterX(), 10000);
    QCOMPARE(image.dotsPerMeterY(), 10000);
    const double moduleMm = options.modulePx * 1000.0 / image.dotsPerMeterX();
    QCOMPARE(moduleMm, 0.7);

    // Quiet zone: four modules of pure background on every side.
    const int quietPx = options.style.quietZone * options.modulePx;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const bool inQuiet = x < quietPx || y < quietPx || x >= image.width() - quietPx
                || y >= image.height() - quietPx;
            if (inQuiet && image.pixel(x, y) != qRgb(255, 255, 255))
                QFAIL(qPrintable(
                    QStringLiteral("dark pixel in the quiet zone at %1,%2").arg(x).arg(y)));
        }
    }
    // Modules are whole 7-pixel squares: the finder pattern's top-left module is
    // dark and fills exactly pixels [quietPx, quietPx + 7).
    for (int d = 0; d < options.modulePx; ++d)
        QCOMPARE(image.pixel(quietPx + d, quietPx), qRgb(0, 0, 0));
    // Finder pattern: 7 dark modules, then the light separator module.
    QCOMPARE(image.pixel(quietPx + 7 * options.modulePx - 1, quietPx), qRgb(0, 0, 0));
    QCOMPARE(image.pixel(quietPx + 7 * options.modulePx, quietPx), qRgb(255, 255, 255));
}

void TestQrRoundTrip::cliWritesAndRefuses()
{
    const QString home = m_dir.filePath(QStringLiteral("cli"));
    const auto cli = [&](const QStringList &args, QByteArray *err = nullptr) {
        QProcess p;
        p.setProcessEnvironment(test::isolatedEnvironment(home));
        p.start(QStringLiteral(PAYLINK_CLI_PATH), args);
        p.waitForFinished(60000);
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    const QString text = QStringLiteral("https://b24.example/~кириллица");
    for (const QString &ext :
         { QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf") }) {
        const QString file = m_dir.filePath(QStringLiteral("cli.") + ext);
        QCOMPARE(cli({ QStringLiteral("qr"), text, QStringLiteral("-o"), file }), 0);
        QCOMPARE(test::decodeQr(file), text.toUtf8());
    }
    QByteArray err;
    const QString tooLong(QrCode::byteCapacity(QrCode::Ecc::H) + 10, u'x');
    QCOMPARE(cli({ QStringLiteral("qr"), tooLong, QStringLiteral("--ecc"), QStringLiteral("H"),
                   QStringLiteral("-o"), m_dir.filePath(QStringLiteral("big.png")) },
                 &err),
             1);
    QVERIFY2(err.contains("1273"), err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("big.png"))));
    QCOMPARE(cli({ QStringLiteral("qr"), text, QStringLiteral("--ecc"), QStringLiteral("X"),
                   QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.png")) }),
             2);
    QCOMPARE(cli({ QStringLiteral("qr"), text, QStringLiteral("-o"),
                   m_dir.filePath(QStringLiteral("x.gif")) }),
             2);
    QCOMPARE(cli({ QStringLiteral("qr"), text }), 2);

    // --verify and `verify` read files back with libzbar (an independent decoder).
    const QString verified = m_dir.filePath(QStringLiteral("verified.pdf"));
    QCOMPARE(cli({ QStringLiteral("qr"), text, QStringLiteral("--verify"), QStringLiteral("-o"),
                   verified }),
             0);
    QCOMPARE(cli({ QStringLiteral("verify"), verified, QStringLiteral("--expect"), text }), 0);
    QCOMPARE(
        cli({ QStringLiteral("verify"), verified, QStringLiteral("--expect"), text + u'x' }, &err),
        1);
    QVERIFY2(err.contains("does not carry"), err.constData());
    const QString blank = m_dir.filePath(QStringLiteral("blank.png"));
    QImage white(200, 200, QImage::Format_RGB32);
    white.fill(Qt::white);
    QVERIFY(white.save(blank));
    QCOMPARE(cli({ QStringLiteral("verify"), blank }, &err), 1);
    QVERIFY2(err.contains("No QR code"), err.constData());
    const QString notImage = m_dir.filePath(QStringLiteral("notes.png"));
    QFile notes(notImage);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not an image");
    notes.close();
    QCOMPARE(cli({ QStringLiteral("verify"), notImage }, &err), 1);
    QVERIFY2(err.contains("could not be read"), err.constData());
    QCOMPARE(cli({ QStringLiteral("qr"), QStringLiteral("-o"),
                   m_dir.filePath(QStringLiteral("y.png")) }),
             2);
}

QTEST_GUILESS_MAIN(TestQrRoundTrip)
#include "tst_qr_roundtrip.moc"
