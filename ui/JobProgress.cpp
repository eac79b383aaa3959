#include "JobProgress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace paylink {

JobProgress::JobProgress(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("jobProgress"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("jobCancelButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop this job; nothing half-done is kept"));
    m_cancel->setAutoRaise(true);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &JobProgress::cancelRequested);
    hide();
}

void JobProgress::start(const QString &what)
{
    m_what = what;
    m_running = true;
    m_clock.start();
    m_label->setText(what);
    m_bar->setRange(0, 0);
    m_cancel->setEnabled(true);
    show();
}

void JobProgress::setProgress(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    m_bar->setRange(0, 1000);
    m_bar->setValue(int(1000 * done / total));
    QString text = tr("%1 %2 of %3").arg(m_what, locale().toString(done), locale().toString(total));
    const qint64 elapsed = m_clock.elapsed();
    if (done > 0 && elapsed > 1000) {
        const qint64 leftSeconds = (elapsed * (total - done) / done) / 1000;
        text += u' ' + tr("(about %n second(s) left)", nullptr, int(leftSeconds));
    }
    m_label->setText(text);
}

void JobProgress::finish()
{
    m_running = false;
    hide();
}

} // namespace paylink
