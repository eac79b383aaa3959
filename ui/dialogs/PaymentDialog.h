#pragma once

#include "store/Payment.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PaymentDialog;
}

namespace paylink {

// Adds or edits a payment by hand. Every field is checked as it is typed; Save
// stays disabled while a field is wrong, and the problem is named below the form.
class PaymentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PaymentDialog(QWidget *parent = nullptr);
    ~PaymentDialog() override;

    void setPayment(const Payment &payment);
    // The payment as entered; valid only when problem() is empty.
    Payment payment() const;
    // Empty when everything is valid, else a sentence naming the field.
    QString problem() const;

private:
    void revalidate();
    void renderQr();

    std::unique_ptr<Ui::PaymentDialog> m_ui;
    Payment m_original;
    class QrView *m_qr;
    class QTimer *m_qrDelay;
};

} // namespace paylink
