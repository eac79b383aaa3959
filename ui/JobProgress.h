#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace paylink {

// A long job in the status bar: what runs, how far, time left, and Cancel.
class JobProgress : public QWidget
{
    Q_OBJECT

public:
    explicit JobProgress(QWidget *parent = nullptr);

    void start(const QString &what);
    void setProgress(qint64 done, qint64 total);
    void finish();
    bool isRunning() const { return m_running; }

signals:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    QElapsedTimer m_clock;
    QString m_what;
    bool m_running = false;
};

} // namespace paylink
