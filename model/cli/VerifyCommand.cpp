#include "Command.h"

#include "qr/QrVerifier.h"

namespace paylink::cli {

namespace {

class VerifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(paylink::cli::VerifyCommand)

public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override
    {
        return tr("Read the QR codes of a PNG, SVG or PDF back and check what they carry.");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The file to read."));
        parser.addOption({ QStringLiteral("expect"),
                           tr("Fail unless the file holds exactly one code carrying exactly TEXT."),
                           tr("TEXT") });
        parser.addOption({ QStringLiteral("page"), tr("Page of a PDF, from 1 (default 1)."),
                           tr("N"), QStringLiteral("1") });
    }

    int execute(const QCommandLineParser &parser, Io io) const override
    {
        if (parser.positionalArguments().size() != 1)
            return usageError(io, name(), tr("give exactly one FILE."));
        bool ok = false;
        const int page = parser.value(QStringLiteral("page")).toInt(&ok);
        if (!ok || page < 1)
            return usageError(io, name(), tr("--page takes a whole number from 1."));
        const QString path = parser.positionalArguments().constFirst();
        if (parser.isSet(QStringLiteral("expect")) && page == 1) {
            const QByteArray expected = parser.value(QStringLiteral("expect")).toUtf8();
            if (Status s = QrVerifier::verifyFile(path, expected); !s)
                return fail(io, ExitInvalidData, s.error());
            io.out << QString::fromUtf8(expected) << '\n';
            io.err << tr("Verified: the file scans to exactly the text expected.") << '\n';
            return ExitOk;
        }
        const Result<QList<QByteArray>> codes = QrVerifier::decodeFile(path, page - 1);
        if (!codes)
            return fail(io, ExitInvalidData, codes.error());
        for (const QByteArray &code : *codes)
            io.out << QString::fromUtf8(code) << '\n';
        if (codes->isEmpty())
            return fail(io, ExitInvalidData,
                        { tr("No QR code could be read from this file."), {} });
        if (parser.isSet(QStringLiteral("expect"))
            && (codes->size() != 1
                || codes->constFirst() != parser.value(QStringLiteral("expect")).toUtf8()))
            return fail(io, ExitInvalidData,
                        { tr("The page does not carry exactly the expected text."), {} });
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeVerifyCommand()
{
    return std::make_unique<VerifyCommand>();
}

} // namespace paylink::cli
