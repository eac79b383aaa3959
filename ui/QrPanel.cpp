#include "QrPanel.h"

#include "QrView.h"

#include "core/WebLink.h"
#include "qr/QrExport.h"
#include "qr/QrVerifier.h"
#include "settings/Settings.h"
#include "store/Payment.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QColorDialog>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontMetricsF>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace paylink {

namespace {

constexpr double kMinModuleMm = 0.4; // below this, phone cameras struggle

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

QrPanel::QrPanel(Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_delay(new QTimer(this))
    , m_view(new QrView(this))
    , m_info(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_fixSize(button(tr("Print larger"), QStringLiteral("fixSizeButton"), this))
    , m_fixEcc(button(tr("Lower error correction"), QStringLiteral("fixEccButton"), this))
    , m_ecc(new QComboBox(this))
    , m_size(new QDoubleSpinBox(this))
    , m_quiet(new QSpinBox(this))
    , m_foreground(button(QString(), QStringLiteral("foregroundButton"), this))
    , m_background(button(QString(), QStringLiteral("backgroundButton"), this))
    , m_fg(settings.qrForeground())
    , m_bg(settings.qrBackground())
    , m_copyShort(button(tr("Copy &short link"), QStringLiteral("copyShortLinkButton"), this))
    , m_copyLink(button(tr("Copy &link"), QStringLiteral("copyLinkButton"), this))
    , m_copyImage(button(tr("Copy &image"), QStringLiteral("copyImageButton"), this))
    , m_export(button(tr("E&xport…"), QStringLiteral("exportQrButton"), this))
    , m_print(button(tr("&Print…"), QStringLiteral("printQrButton"), this))
    , m_verify(button(tr("&Verify…"), QStringLiteral("verifyQrButton"), this))
    , m_larger(button(tr("Show lar&ger"), QStringLiteral("qrLargerButton"), this))
{
    setObjectName(QStringLiteral("qrPanel"));
    m_view->setObjectName(QStringLiteral("qrView"));
    m_info->setObjectName(QStringLiteral("qrInfo"));
    m_warning->setObjectName(QStringLiteral("qrWarning"));
    m_ecc->setObjectName(QStringLiteral("qrEccCombo"));
    m_size->setObjectName(QStringLiteral("qrSizeSpin"));
    m_quiet->setObjectName(QStringLiteral("qrQuietSpin"));
    m_warning->setWordWrap(true);
    m_info->setWordWrap(true);
    m_copyShort->setToolTip(tr("Copy the short link, or the link when there is no short one "
                               "(Ctrl+Shift+C)"));
    m_copyImage->setToolTip(tr("Copy the code as PNG and SVG, for documents and designers"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_info);
    layout->addWidget(m_warning);
    auto *fixes = new QHBoxLayout;
    fixes->addWidget(m_fixSize);
    fixes->addWidget(m_fixEcc);
    layout->addLayout(fixes);

    // Buttons first, two a row so the panel stays narrow; options folded away.
    auto *grid = new QGridLayout;
    const QList<QPushButton *> buttons { m_copyShort, m_copyLink, m_copyImage, m_export,
                                         m_print,     m_verify,   m_larger };
    for (qsizetype i = 0; i < buttons.size(); ++i)
        grid->addWidget(buttons.at(i), int(i / 2), int(i % 2));
    m_verify->setToolTip(tr("Read a printed or exported QR file back and check it carries exactly "
                            "this link"));
    layout->addLayout(grid);

    auto *toggle = new QToolButton(this);
    toggle->setObjectName(QStringLiteral("qrOptionsToggle"));
    toggle->setText(tr("QR &options"));
    toggle->setCheckable(true);
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setArrowType(Qt::RightArrow);
    toggle->setAutoRaise(true);
    layout->addWidget(toggle);
    auto *options = new QWidget(this);
    options->setObjectName(QStringLiteral("qrOptions"));
    options->setVisible(false);
    connect(toggle, &QToolButton::toggled, this, [toggle, options](bool open) {
        toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        options->setVisible(open);
    });
    auto *form = new QFormLayout(options);
    for (const char *level : { "L", "M", "Q", "H" })
        m_ecc->addItem(QString::fromLatin1(level), QString::fromLatin1(level));
    m_ecc->setToolTip(tr("Error correction: L holds the most text, H survives the most damage"));
    m_ecc->setCurrentIndex(std::max(0, m_ecc->findData(settings.qrEcc())));
    m_size->setRange(10, 300);
    m_size->setDecimals(0);
    m_size->setSuffix(tr(" mm"));
    m_size->setValue(settings.qrSizeMm());
    m_quiet->setRange(0, 20);
    m_quiet->setSuffix(tr(" modules"));
    m_quiet->setValue(settings.qrQuietZone());
    auto *colours = new QHBoxLayout;
    colours->addWidget(m_foreground);
    colours->addWidget(m_background);
    form->addRow(tr("&Error correction:"), m_ecc);
    form->addRow(tr("Printed si&ze:"), m_size);
    form->addRow(tr("&Quiet zone:"), m_quiet);
    form->addRow(tr("Colours:"), colours);
    layout->addWidget(options);

    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_delay, &QTimer::timeout, this, &QrPanel::renderNow);
    const auto optionChanged = [this] {
        saveOptions();
        renderNow();
    };
    connect(m_ecc, &QComboBox::currentIndexChanged, this, optionChanged);
    connect(m_size, &QDoubleSpinBox::valueChanged, this, optionChanged);
    connect(m_quiet, &QSpinBox::valueChanged, this, optionChanged);
    const auto pick = [this, optionChanged](QColor &colour) {
        const QColor chosen = QColorDialog::getColor(colour, this, tr("Choose a colour"));
        if (chosen.isValid()) {
            colour = chosen;
            optionChanged();
        }
    };
    connect(m_foreground, &QPushButton::clicked, this, [this, pick] { pick(m_fg); });
    connect(m_background, &QPushButton::clicked, this, [this, pick] { pick(m_bg); });
    connect(m_fixSize, &QPushButton::clicked, this, [this] {
        // The smallest size whose modules reach the minimum, in whole millimetres.
        if (const auto &c = code())
            m_size->setValue(std::ceil(kMinModuleMm * QrRenderer::totalModules(*c, style())));
    });
    connect(m_fixEcc, &QPushButton::clicked, this,
            [this] { m_ecc->setCurrentIndex(std::max(0, m_ecc->currentIndex() - 1)); });
    connect(m_copyShort, &QPushButton::clicked, this, &QrPanel::copyShortLink);
    connect(m_copyLink, &QPushButton::clicked, this, &QrPanel::copyLink);
    connect(m_copyImage, &QPushButton::clicked, this, &QrPanel::copyImage);
    connect(m_export, &QPushButton::clicked, this, &QrPanel::exportWithDialog);
    connect(m_print, &QPushButton::clicked, this, &QrPanel::printWithPreview);
    connect(m_verify, &QPushButton::clicked, this, &QrPanel::verifyWithDialog);
    connect(m_larger, &QPushButton::clicked, this, &QrPanel::showLarger);
    renderNow();
}

void QrPanel::setLinks(const QString &link, const QString &shortLink)
{
    m_link = link;
    m_shortLink = shortLink;
    Payment links;
    links.link = link;
    links.shortLink = shortLink;
    m_refusal = links.linkRefusal();
    // Copying needs no picture: enable it at once, render once typing settles.
    const bool usable = !encodedText().isEmpty() && m_refusal.isEmpty();
    m_copyShort->setEnabled(usable);
    m_copyLink->setEnabled(usable);
    m_delay->start();
}

QString QrPanel::encodedText() const
{
    return m_shortLink.isEmpty() ? m_link : m_shortLink;
}

const std::optional<QrCode> &QrPanel::code() const
{
    return m_view->code();
}

QrStyle QrPanel::style() const
{
    return QrStyle { m_quiet->value(), m_fg, m_bg };
}

double QrPanel::sizeMm() const
{
    return m_size->value();
}

QString QrPanel::infoText() const
{
    return m_info->text();
}

QString QrPanel::warningText() const
{
    return m_warning->text();
}

void QrPanel::saveOptions()
{
    m_settings.setQrEcc(m_ecc->currentData().toString());
    m_settings.setQrSizeMm(m_size->value());
    m_settings.setQrQuietZone(m_quiet->value());
    m_settings.setQrForeground(m_fg);
    m_settings.setQrBackground(m_bg);
}

void QrPanel::renderNow()
{
    m_delay->stop();
    for (auto [b, c] : { std::pair { m_foreground, m_fg }, std::pair { m_background, m_bg } }) {
        QPixmap swatch(16, 16);
        swatch.fill(c);
        b->setIcon(QIcon(swatch));
        b->setText(c.name());
    }
    const QString text = encodedText();
    if (text.isEmpty()) {
        m_view->setMessage(tr("Select a payment with a link to see its QR code."));
        m_info->clear();
    } else if (!m_refusal.isEmpty()) {
        m_view->setMessage(tr("No QR code for this payment. %1").arg(m_refusal));
        m_info->clear();
    } else {
        const QrCode::Ecc ecc =
            QrCode::eccFromName(m_ecc->currentData().toString()).value_or(QrCode::Ecc::M);
        const Result<QrCode> encoded = QrCode::encodeText(text, ecc);
        if (encoded) {
            m_view->setCode(*encoded, style());
            const int modules = QrRenderer::totalModules(*encoded, style());
            m_info->setText(tr("Version %1 · %2 modules · %3 mm a module at %4 mm")
                                .arg(encoded->version())
                                .arg(encoded->size())
                                .arg(locale().toString(sizeMm() / modules, 'f', 2))
                                .arg(locale().toString(sizeMm(), 'f', 0)));
        } else {
            m_view->setMessage(encoded.error().message);
            m_info->clear();
        }
    }
    const bool drawable = code().has_value();
    m_copyImage->setEnabled(drawable);
    m_export->setEnabled(drawable);
    m_print->setEnabled(drawable);
    m_larger->setEnabled(drawable);
    updateWarnings();
}

void QrPanel::updateWarnings()
{
    QStringList warnings = QrRenderer::styleWarnings(style());
    bool small = false;
    if (const auto &c = code()) {
        const double moduleMm = sizeMm() / QrRenderer::totalModules(*c, style());
        small = moduleMm < kMinModuleMm;
        if (small) {
            QString fix = tr("Modules of %1 mm are too small for many phone cameras (aim for %2 mm "
                             "or more): print it larger or lower the error correction.")
                              .arg(locale().toString(moduleMm, 'f', 2),
                                   locale().toString(kMinModuleMm, 'f', 1));
            if (m_shortLink.isEmpty())
                fix += u' ' + tr("A short link makes a much smaller code.");
            warnings << fix;
        }
    }
    m_warning->setText(warnings.join(u'\n'));
    m_warning->setVisible(!warnings.isEmpty());
    m_fixSize->setVisible(small);
    m_fixEcc->setVisible(small && m_ecc->currentIndex() > 0);
}

void QrPanel::showLarger()
{
    const auto &c = code();
    if (!c)
        return;
    auto *window = new QDialog(this);
    window->setObjectName(QStringLiteral("qrLargerWindow"));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(tr("QR code"));
    auto *view = new QrView(window);
    view->setObjectName(QStringLiteral("qrLargerView"));
    view->setCode(*c, style());
    auto *caption = new QLabel(encodedText(), window);
    caption->setWordWrap(true);
    caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(window);
    layout->addWidget(view, 1);
    layout->addWidget(caption);
    const QRect screen = this->screen()->availableGeometry();
    const int side = std::min(screen.width(), screen.height()) * 4 / 5;
    window->resize(side, side + caption->sizeHint().height());
    window->show();
}

void QrPanel::copyShortLink()
{
    const QString text = encodedText();
    if (text.isEmpty() || !m_refusal.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    emit messageRaised(m_shortLink.isEmpty() ? tr("Copied the link (there is no short link).")
                                             : tr("Copied the short link."));
}

void QrPanel::copyLink()
{
    const QString text = m_link.isEmpty() ? m_shortLink : m_link;
    if (text.isEmpty() || !m_refusal.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    emit messageRaised(tr("Copied the link."));
}

void QrPanel::copyImage()
{
    const auto &c = code();
    if (!c)
        return;
    const QrExport::Options options = QrExport::Options::forPrintedSize(*c, style(), sizeMm());
    const QImage image = QrRenderer::image(*c, options.style, options.modulePx, options.dpi);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    auto *mime = new QMimeData;
    mime->setImageData(image);
    mime->setData(QStringLiteral("image/png"), png);
    mime->setData(QStringLiteral("image/svg+xml"),
                  QrRenderer::svg(*c, options.style, options.moduleMm()));
    mime->setText(encodedText());
    QGuiApplication::clipboard()->setMimeData(mime);
    emit messageRaised(tr("Copied the QR code as PNG and SVG."));
}

Status QrPanel::exportTo(const QString &path) const
{
    const auto &c = code();
    if (!c)
        return Error { tr("There is no QR code to export."), {} };
    return QrExport::write(path, *c, QrExport::Options::forPrintedSize(*c, style(), sizeMm()));
}

void QrPanel::exportWithDialog()
{
    if (!code())
        return;
    QString filter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export the QR code"), m_settings.lastDirectory() + QStringLiteral("/qr-code.png"),
        tr("PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)"), &filter);
    if (path.isEmpty())
        return;
    if (!QrExport::formatFor(path))
        path += filter.contains(QLatin1String("svg")) ? QStringLiteral(".svg")
            : filter.contains(QLatin1String("pdf"))   ? QStringLiteral(".pdf")
                                                      : QStringLiteral(".png");
    m_settings.setLastDirectory(QFileInfo(path).absolutePath());
    const Status s = exportTo(path);
    if (!s) {
        emit messageRaised(s.error().message);
        return;
    }
    // Read it back with an independent decoder before the merchant relies on it.
    const Status verified = QrVerifier::verifyFile(path, code()->payload());
    emit messageRaised(verified ? tr("Exported the QR code to %1; verified: it scans to exactly "
                                     "this link.")
                                      .arg(QDir::toNativeSeparators(path))
                                : verified.error().message);
}

void QrPanel::verifyWithDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Verify a QR code file"), m_settings.lastDirectory(),
                                     tr("QR code files (*.png *.svg *.pdf *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    emit messageRaised(verifyFile(path));
}

QString QrPanel::verifyFile(const QString &path) const
{
    const QString shown = QDir::toNativeSeparators(path);
    if (encodedText().isEmpty()) {
        const Result<QList<QByteArray>> codes = QrVerifier::decodeFile(path);
        if (!codes)
            return codes.error().message;
        if (codes->isEmpty())
            return tr("No QR code could be read from “%1”.").arg(shown);
        return tr("“%1” reads “%2”.").arg(shown, QString::fromUtf8(codes->constFirst()));
    }
    const Status s = QrVerifier::verifyFile(path, encodedText().toUtf8());
    return s ? tr("Verified: “%1” scans to exactly this payment's link.").arg(shown)
             : s.error().message;
}

void QrPanel::printTo(QPrinter *printer) const
{
    const auto &c = code();
    if (!c)
        return;
    QPainter painter(printer);
    const double dotsPerMm = printer->resolution() / 25.4;
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    const double side = sizeMm() * dotsPerMm;
    const QRectF target(page.width() / 2 - side / 2, page.height() / 3 - side / 2, side, side);
    QrRenderer::paint(painter, target, *c, style(), false);
    QFont font = WebLink::textFont(painter.font());
    font.setPointSizeF(9);
    painter.setFont(font);
    // The whole link, on as many lines as it takes below the code.
    const int flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWrapAnywhere;
    const double top = target.bottom() + 4 * dotsPerMm;
    const QRectF need =
        QFontMetricsF(font, printer)
            .boundingRect(QRectF(0, top, page.width(), page.height()), flags, encodedText());
    painter.drawText(QRectF(0, top, page.width(), std::max(need.height(), page.height() - top)),
                     flags, encodedText());
}

void QrPanel::printWithPreview()
{
    if (!code())
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("qrPrintPreview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &QrPanel::printTo);
    preview.exec();
}

} // namespace paylink
