#include "InvoiceDialog.h"

#include "ui_InvoiceDialog.h"

#include "invoice/InvoiceBatch.h"

#include <QPushButton>

namespace paylink {

InvoiceDialog::InvoiceDialog(int selectedCount, qint64 viewCount,
                             const QList<Payment> &selectionSample,
                             const QList<Payment> &viewSample,
                             const InvoiceRenderer::Options &options, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InvoiceDialog>())
    , m_options(options)
    , m_selectionSample(selectionSample)
    , m_viewSample(viewSample)
    , m_selectedCount(selectedCount)
    , m_viewCount(viewCount)
{
    m_ui->setupUi(this);
    m_ui->selectionRadio->setText(
        tr("the &selected payments (%1)").arg(locale().toString(selectedCount)));
    m_ui->filterRadio->setText(
        tr("every payment in the current &view (%1)").arg(locale().toString(viewCount)));
    m_ui->selectionRadio->setEnabled(selectedCount > 0);
    (selectedCount > 1 || viewCount == 0 ? m_ui->selectionRadio : m_ui->filterRadio)
        ->setChecked(true);
    for (int n : { 1, 2, 4, 8 })
        m_ui->perPageCombo->addItem(n == 1 ? tr("1 (a full page each)") : tr("%1 as labels").arg(n),
                                    n);
    m_ui->paperCombo->addItem(tr("A4"), int(QPageSize::A4));
    m_ui->paperCombo->addItem(tr("Letter"), int(QPageSize::Letter));
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        m_ui->paperCombo->setCurrentIndex(1);

    QPushButton *pdf = m_ui->buttonBox->addButton(tr("Save &PDF…"), QDialogButtonBox::AcceptRole);
    pdf->setObjectName(QStringLiteral("savePdfButton"));
    pdf->setDefault(true);
    QPushButton *print = m_ui->buttonBox->addButton(tr("P&rint…"), QDialogButtonBox::AcceptRole);
    print->setObjectName(QStringLiteral("printButton"));
    connect(pdf, &QPushButton::clicked, this, [this] { m_output = Output::Pdf; });
    connect(print, &QPushButton::clicked, this, [this] { m_output = Output::Printer; });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->selectionRadio, &QRadioButton::toggled, this, &InvoiceDialog::updatePreview);
    connect(m_ui->perPageCombo, &QComboBox::currentIndexChanged, this,
            &InvoiceDialog::updatePreview);
    connect(m_ui->paperCombo, &QComboBox::currentIndexChanged, this, &InvoiceDialog::updatePreview);
    updatePreview();
}

InvoiceDialog::~InvoiceDialog() = default;

bool InvoiceDialog::selectionOnly() const
{
    return m_ui->selectionRadio->isChecked();
}

InvoiceRenderer::Options InvoiceDialog::options() const
{
    InvoiceRenderer::Options options = m_options;
    options.perPage = m_ui->perPageCombo->currentData().toInt();
    options.pageSize = QPageSize(QPageSize::PageSizeId(m_ui->paperCombo->currentData().toInt()));
    return options;
}

QList<Payment> InvoiceDialog::previewedPayments() const
{
    return (selectionOnly() ? m_selectionSample : m_viewSample).mid(0, options().perPage);
}

void InvoiceDialog::updatePreview()
{
    const QList<Payment> &sample = selectionOnly() ? m_selectionSample : m_viewSample;
    const qint64 count = selectionOnly() ? m_selectedCount : m_viewCount;
    const InvoiceRenderer::Options chosen = options();
    const qint64 sheets = (count + chosen.perPage - 1) / chosen.perPage;
    m_ui->summaryLabel->setText(tr("%1 invoices on %2 sheets. Payments without a link are left out "
                                   "and listed afterwards.")
                                    .arg(locale().toString(count), locale().toString(sheets)));
    const QImage page = InvoiceBatch::previewImage(sample, chosen, locale(), 72);
    m_ui->previewLabel->setPixmap(QPixmap::fromImage(page).scaled(
        m_ui->previewLabel->minimumSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_ui->previewLabel->setToolTip(tr("The first sheet"));
    if (QPushButton *pdf = findChild<QPushButton *>(QStringLiteral("savePdfButton")))
        pdf->setEnabled(count > 0);
}

} // namespace paylink
