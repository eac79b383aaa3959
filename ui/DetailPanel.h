#pragma once

#include "store/Payment.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace paylink {

// The right-hand panel: the selected payment's details and links. The QR panel
// (with the copy, export and print buttons) is placed into qrArea().
class DetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPanel(QWidget *parent = nullptr);

    void showPayment(const std::optional<Payment> &payment);
    QVBoxLayout *qrArea() const { return m_qrArea; }

signals:
    void openLinkRequested();

private:
    QLabel *addRow(const QString &label, const QString &objectName);
    QLineEdit *addLinkRow(const QString &label, const QString &objectName);

    QFormLayout *m_form;
    QVBoxLayout *m_qrArea;
    QLabel *m_title;
    QLabel *m_customer;
    QLabel *m_amount;
    QLabel *m_status;
    QLabel *m_expiry;
    QLabel *m_description;
    QLineEdit *m_link;
    QLineEdit *m_shortLink;
    QLabel *m_error;
    QPushButton *m_open;
};

} // namespace paylink
