#pragma once

#include "qr/QrRenderer.h"

#include <QWidget>

#include <optional>

namespace paylink {

// Shows one QR code, painted by QrRenderer with whole-pixel modules and
// fitted to the view, or a message in its place (nothing to show, text too
// long, too dense for the view's size).
class QrView : public QWidget
{
    Q_OBJECT

public:
    explicit QrView(QWidget *parent = nullptr);

    void setCode(const QrCode &code, const QrStyle &style);
    void setMessage(const QString &message);
    const std::optional<QrCode> &code() const { return m_code; }
    QString message() const { return m_message; }
    // Device pixels a module gets at the current size (0 without a code).
    int modulePixels() const;
    // Below this a screen cannot show a code that phones read: the view says
    // so instead of drawing it (never a clipped or blurred code).
    static constexpr int kMinModulePixels = 2;
    const QrStyle &style() const { return m_style; }

    QSize sizeHint() const override { return { 220, 220 }; }
    QSize minimumSizeHint() const override { return { 120, 120 }; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<QrCode> m_code;
    QrStyle m_style;
    QString m_message;
};

} // namespace paylink
