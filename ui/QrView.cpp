#include "QrView.h"

#include <QPainter>

namespace paylink {

QrView::QrView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void QrView::setCode(const QrCode &code, const QrStyle &style)
{
    m_code = code;
    m_style = style;
    m_message.clear();
    setAccessibleDescription(tr("QR code, version %1").arg(code.version()));
    update();
}

void QrView::setMessage(const QString &message)
{
    m_code.reset();
    m_message = message;
    setAccessibleDescription(message);
    update();
}

void QrView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF area = rect().adjusted(4, 4, -4, -4);
    if (m_code) {
        QrRenderer::paint(painter, area, *m_code, m_style, true);
        return;
    }
    // Errors and hints appear where the code would be, never in a dialog.
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawRect(area.adjusted(0, 0, -1, -1));
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(area.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_message);
}

} // namespace paylink
