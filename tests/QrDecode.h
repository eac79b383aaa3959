#pragma once

// Decodes the QR code in a PNG, SVG or PDF file with an independent decoder:
// zbarimg, after rsvg-convert (SVG) or pdftoppm (PDF) rasterise it at 300 dpi.
#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace paylink::test {

inline QByteArray runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000)) {
        qWarning("%s did not finish", qPrintable(program));
        return {};
    }
    return p.readAllStandardOutput();
}

// All codes found, each as exact bytes (zbarimg --raw -Sbinary, one per line
// would lose newlines, so only use this for codes without '\n').
inline QByteArray decodeQr(const QString &file, int dpi = 300, int page = 0)
{
    QString png = file;
    const QString r = QString::number(dpi);
    if (file.endsWith(QLatin1String(".svg"))) {
        png = file + QStringLiteral(".png");
        runTool(QStringLiteral("rsvg-convert"),
                { QStringLiteral("--dpi-x=") + r, QStringLiteral("--dpi-y=") + r,
                  QStringLiteral("--background-color=white"), file, QStringLiteral("-o"), png });
    } else if (file.endsWith(QLatin1String(".pdf"))) {
        const QString prefix = file + QStringLiteral("-p%1").arg(page);
        QStringList args { QStringLiteral("-r"), r, QStringLiteral("-png"),
                           QStringLiteral("-singlefile") };
        if (page > 0)
            args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                 << QString::number(page);
        runTool(QStringLiteral("pdftoppm"), args << file << prefix);
        png = prefix + QStringLiteral(".png");
    }
    return runTool(
        QStringLiteral("zbarimg"),
        { QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("-Sbinary"), png });
}

} // namespace paylink::test

namespace paylink::test {

// Every code on one page (or image), as text lines; for ASCII payloads.
inline QStringList decodeAllQr(const QString &file, int page, int dpi = 300)
{
    QString png = file;
    if (file.endsWith(QLatin1String(".pdf"))) {
        const QString prefix = file + QStringLiteral("-all%1").arg(page);
        runTool(QStringLiteral("pdftoppm"),
                { QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"),
                  QStringLiteral("-singlefile"), QStringLiteral("-f"), QString::number(page),
                  QStringLiteral("-l"), QString::number(page), file, prefix });
        png = prefix + QStringLiteral(".png");
    }
    const QByteArray out =
        runTool(QStringLiteral("zbarimg"), { QStringLiteral("--raw"), QStringLiteral("-q"), png });
    QStringList codes = QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
    codes.sort();
    return codes;
}

} // namespace paylink::test
