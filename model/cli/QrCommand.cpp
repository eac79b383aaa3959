#include "Command.h"

#include "qr/QrExport.h"
#include "qr/QrVerifier.h"

#include <QDir>

namespace paylink::cli {

namespace {

class QrCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(paylink::cli::QrCommand)

public:
    QString name() const override { return QStringLiteral("qr"); }
    QString summary() const override
    {
        return tr("Write TEXT as a QR code to a PNG, SVG or PDF file.");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("TEXT"),
                                     tr("The text to encode, exactly as UTF-8 bytes."));
        parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
                           tr("The file to write: .png, .svg or .pdf."),
                           tr("FILE") });
        parser.addOption({ QStringLiteral("ecc"),
                           tr("Error correction level: L, M (default), Q or H."), tr("LEVEL"),
                           QStringLiteral("M") });
        parser.addOption({ QStringLiteral("module-px"),
                           tr("Pixels a module in a PNG (default 10); with --dpi it sets the "
                              "printed size of every format."),
                           tr("N"), QStringLiteral("10") });
        parser.addOption({ QStringLiteral("dpi"), tr("Resolution in dots per inch (default 300)."),
                           tr("N"), QStringLiteral("300") });
        parser.addOption({ QStringLiteral("verify"),
                           tr("Decode the written file with an independent decoder and fail unless "
                              "it carries exactly TEXT.") });
        parser.addOption({ QStringLiteral("margin"),
                           tr("Quiet zone in modules (default 4; scanners need 4)."), tr("MODULES"),
                           QStringLiteral("4") });
    }

    int execute(const QCommandLineParser &parser, Io io) const override
    {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1)
            return usageError(io, name(), tr("give exactly one TEXT to encode."));
        if (!parser.isSet(QStringLiteral("o")))
            return usageError(io, name(), tr("-o FILE is required."));
        const QString path = parser.value(QStringLiteral("o"));
        if (!QrExport::formatFor(path))
            return usageError(io, name(), tr("-o “%1” must end in .png, .svg or .pdf.").arg(path));
        const std::optional<QrCode::Ecc> ecc =
            QrCode::eccFromName(parser.value(QStringLiteral("ecc")));
        if (!ecc)
            return usageError(io, name(),
                              tr("--ecc “%1” is not one of L, M, Q, H.")
                                  .arg(parser.value(QStringLiteral("ecc"))));
        const auto number = [&](const char *option, int min, int max, int &out) {
            bool ok = false;
            out = parser.value(QString::fromLatin1(option)).toInt(&ok);
            return ok && out >= min && out <= max;
        };
        QrExport::Options options;
        if (!number("module-px", 1, 100, options.modulePx))
            return usageError(io, name(), tr("--module-px takes a whole number from 1 to 100."));
        if (!number("dpi", 72, 4800, options.dpi))
            return usageError(io, name(), tr("--dpi takes a whole number from 72 to 4800."));
        if (!number("margin", 0, 40, options.style.quietZone))
            return usageError(io, name(), tr("--margin takes a whole number from 0 to 40."));

        const Result<QrCode> code = QrCode::encodeText(positional.constFirst(), *ecc);
        if (!code)
            return fail(io, ExitInvalidData, code.error());
        if (Status s = QrExport::write(path, *code, options); !s)
            return fail(io, ExitInvalidData, s.error());
        const int modules = QrRenderer::totalModules(*code, options.style);
        io.err << tr("Wrote %1: version %2, %3×%3 modules, %4 mm a module, %5 mm wide.")
                      .arg(QDir::toNativeSeparators(path))
                      .arg(code->version())
                      .arg(code->size())
                      .arg(options.moduleMm(), 0, 'f', 2)
                      .arg(modules * options.moduleMm(), 0, 'f', 1)
               << '\n';
        if (parser.isSet(QStringLiteral("verify"))) {
            if (Status s = QrVerifier::verifyFile(path, code->payload()); !s)
                return fail(io, ExitInvalidData, s.error());
            io.err << tr("Verified: the file scans to exactly the text given.") << '\n';
        }
        if (options.style.quietZone < 4)
            io.err << tr("Warning: a quiet zone under 4 modules makes printed codes hard to scan.")
                   << '\n';
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeQrCommand()
{
    return std::make_unique<QrCommand>();
}

} // namespace paylink::cli
