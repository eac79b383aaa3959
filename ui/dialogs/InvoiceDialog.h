#pragma once

#include "invoice/InvoiceRenderer.h"

#include <QDialog>

#include <memory>

namespace Ui {
class InvoiceDialog;
}

namespace paylink {

// Chooses which payments get QR invoices and how they are laid out, with a
// picture of the first sheet. The work itself runs in MainWindow's job.
class InvoiceDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Output { Pdf, Printer };

    // `sample` are the first payments of each scope, for the preview.
    InvoiceDialog(int selectedCount, qint64 viewCount, const QList<Payment> &selectionSample,
                  const QList<Payment> &viewSample, const InvoiceRenderer::Options &options,
                  QWidget *parent = nullptr);
    ~InvoiceDialog() override;

    bool selectionOnly() const;
    InvoiceRenderer::Options options() const;
    Output output() const { return m_output; }
    // The payments the preview draws on its first sheet, in order.
    QList<Payment> previewedPayments() const;

private:
    void updatePreview();

    std::unique_ptr<Ui::InvoiceDialog> m_ui;
    InvoiceRenderer::Options m_options;
    QList<Payment> m_selectionSample;
    QList<Payment> m_viewSample;
    int m_selectedCount;
    qint64 m_viewCount;
    Output m_output = Output::Pdf;
};

} // namespace paylink
