#pragma once

#include "qr/QrRenderer.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPrinter;
class QPushButton;
class QSpinBox;
class QTimer;

namespace paylink {

class QrView;
class Settings;

// The selected payment's QR, live: the short link (or the link) rendered with
// the chosen error correction, printed size, quiet zone and colours; an info
// line with version and module size; warnings with their fixes; copy, export
// and print. Problems are shown inside the panel, never in a modal box.
class QrPanel : public QWidget
{
    Q_OBJECT

public:
    explicit QrPanel(Settings &settings, QWidget *parent = nullptr);

    // Debounced: typing in a dialog re-renders once the input settles.
    void setLinks(const QString &link, const QString &shortLink);
    void renderNow();

    QString encodedText() const; // the short link, else the link
    const std::optional<QrCode> &code() const;
    QrStyle style() const;
    double sizeMm() const;
    QString infoText() const;
    QString warningText() const;

    void copyShortLink();
    void copyLink();
    void copyImage();
    Status exportTo(const QString &path) const;
    void exportWithDialog();
    void printWithPreview();
    // The code alone in a window of its own, as large as the screen allows:
    // for a long link the panel is too small to show, or to hold up to a phone.
    void showLarger();
    // Decodes a file (PNG, SVG, PDF) with an independent decoder and says
    // whether it carries exactly this link.
    QString verifyFile(const QString &path) const;
    void verifyWithDialog();
    // Paints the code at its printed size, centred on the printer's page.
    void printTo(QPrinter *printer) const;

signals:
    void messageRaised(const QString &message);

private:
    void saveOptions();
    void updateWarnings();

    Settings &m_settings;
    QString m_link;
    QString m_shortLink;
    QString m_refusal; // why the links are not used (D41); empty when they are
    QTimer *m_delay;
    QrView *m_view;
    QLabel *m_info;
    QLabel *m_warning;
    QPushButton *m_fixSize;
    QPushButton *m_fixEcc;
    QComboBox *m_ecc;
    QDoubleSpinBox *m_size;
    QSpinBox *m_quiet;
    QPushButton *m_foreground;
    QPushButton *m_background;
    QColor m_fg;
    QColor m_bg;
    QPushButton *m_copyShort;
    QPushButton *m_copyLink;
    QPushButton *m_copyImage;
    QPushButton *m_export;
    QPushButton *m_print;
    QPushButton *m_verify;
    QPushButton *m_larger;
};

} // namespace paylink
