#pragma once

#include "qr/QrRenderer.h"

#include <QWidget>

#include <optional>

namespace paylink {

// Shows one QR code, painted by QrRenderer with whole-pixel modules, or a
// message in its place (nothing to show, text too long).
class QrView : public QWidget
{
    Q_OBJECT

public:
    explicit QrView(QWidget *parent = nullptr);

    void setCode(const QrCode &code, const QrStyle &style);
    void setMessage(const QString &message);
    const std::optional<QrCode> &code() const { return m_code; }
    QString message() const { return m_message; }

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
