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

int QrView::modulePixels() const
{
    if (!m_code)
        return 0;
    const QRectF area = rect().adjusted(4, 4, -4, -4);
    const double side = std::min(area.width(), area.height()) * devicePixelRatioF();
    return int(side / QrRenderer::totalModules(*m_code, m_style));
}

void QrView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF area = rect().adjusted(4, 4, -4, -4);
    if (m_code && modulePixels() >= kMinModulePixels) {
        QrRenderer::paint(painter, area, *m_code, m_style, true);
        return;
    }
    // Errors and hints appear where the code would be, never in a dialog.
    const QString text = m_code
        ? tr("This code is too dense to show here (%1 modules across). Use “Show larger”, or "
             "widen this panel.")
              .arg(QrRenderer::totalModules(*m_code, m_style))
        : m_message;
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawRect(area.adjusted(0, 0, -1, -1));
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(area.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, text);
}

} // namespace paylink
