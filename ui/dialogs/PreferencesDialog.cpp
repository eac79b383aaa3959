#include "PreferencesDialog.h"

#include "ui_PreferencesDialog.h"

#include "qr/QrRenderer.h"
#include "settings/Settings.h"

#include <QColorDialog>
#include <QFileDialog>
#include <QPushButton>

namespace paylink {

PreferencesDialog::PreferencesDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->languageCombo->addItem(tr("Follow the system"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_ui->languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_ui->languageCombo->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_ui->eccCombo->addItem(tr("L — about 7% can be damaged"), QStringLiteral("L"));
    m_ui->eccCombo->addItem(tr("M — about 15% (recommended)"), QStringLiteral("M"));
    m_ui->eccCombo->addItem(tr("Q — about 25%"), QStringLiteral("Q"));
    m_ui->eccCombo->addItem(tr("H — about 30%"), QStringLiteral("H"));
    m_ui->planCombo->addItem(tr("Standard: 2 requests a second, bursts of 50"),
                             QStringLiteral("standard"));
    m_ui->planCombo->addItem(tr("Enterprise: 5 requests a second, bursts of 250"),
                             QStringLiteral("enterprise"));

    connect(m_ui->logoBrowseButton, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Choose a logo"), m_ui->logoEdit->text(),
                                         tr("Images (*.png *.svg *.jpg *.jpeg)"));
        if (!file.isEmpty())
            m_ui->logoEdit->setText(file);
    });
    connect(m_ui->foregroundButton, &QPushButton::clicked, this,
            [this] { chooseColor(m_foreground); });
    connect(m_ui->backgroundButton, &QPushButton::clicked, this,
            [this] { chooseColor(m_background); });
    connect(m_ui->quietSpin, &QSpinBox::valueChanged, this, &PreferencesDialog::updateColorButtons);
    connect(m_ui->caAddButton, &QPushButton::clicked, this, [this] {
        const QStringList files =
            QFileDialog::getOpenFileNames(this, tr("Add trusted certificate authorities"),
                                          QString(), tr("Certificates (*.pem *.crt *.cer)"));
        for (const QString &f : files) {
            if (m_ui->caList->findItems(f, Qt::MatchExactly).isEmpty())
                m_ui->caList->addItem(f);
        }
    });
    connect(m_ui->caRemoveButton, &QPushButton::clicked, this,
            [this] { qDeleteAll(m_ui->caList->selectedItems()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    load();
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::load()
{
    m_ui->merchantNameEdit->setText(m_settings.merchantName());
    m_ui->merchantAddressEdit->setPlainText(m_settings.merchantAddress());
    m_ui->logoEdit->setText(m_settings.merchantLogoPath());
    m_ui->languageCombo->setCurrentIndex(
        std::max(0, m_ui->languageCombo->findData(m_settings.language())));
    m_ui->eccCombo->setCurrentIndex(std::max(0, m_ui->eccCombo->findData(m_settings.qrEcc())));
    m_ui->sizeSpin->setValue(m_settings.qrSizeMm());
    m_ui->quietSpin->setValue(m_settings.qrQuietZone());
    m_foreground = m_settings.qrForeground();
    m_background = m_settings.qrBackground();
    m_ui->planCombo->setCurrentIndex(
        m_settings.bitrix24Plan() == Settings::Bitrix24Plan::Enterprise ? 1 : 0);
    m_ui->caList->clear();
    m_ui->caList->addItems(m_settings.extraCaFiles());
    updateColorButtons();
}

void PreferencesDialog::restoreDefaults()
{
    m_ui->eccCombo->setCurrentIndex(m_ui->eccCombo->findData(QStringLiteral("M")));
    m_ui->sizeSpin->setValue(40);
    m_ui->quietSpin->setValue(4);
    m_foreground = Qt::black;
    m_background = Qt::white;
    m_ui->planCombo->setCurrentIndex(0);
    m_ui->languageCombo->setCurrentIndex(0);
    updateColorButtons();
}

void PreferencesDialog::chooseColor(QColor &color)
{
    const QColor chosen = QColorDialog::getColor(color, this, tr("Choose a colour"));
    if (chosen.isValid())
        color = chosen;
    updateColorButtons();
}

void PreferencesDialog::updateColorButtons()
{
    m_ui->foregroundButton->setText(m_foreground.name());
    m_ui->backgroundButton->setText(m_background.name());
    for (auto [button, color] : { std::pair { m_ui->foregroundButton, m_foreground },
                                  std::pair { m_ui->backgroundButton, m_background } }) {
        QPixmap swatch(16, 16);
        swatch.fill(color);
        button->setIcon(QIcon(swatch));
    }
    QrStyle style;
    style.foreground = m_foreground;
    style.background = m_background;
    style.quietZone = m_ui->quietSpin->value();
    const QStringList warnings = QrRenderer::styleWarnings(style);
    m_ui->qrWarning->setText(warnings.join(u'\n'));
}

void PreferencesDialog::accept()
{
    m_settings.setMerchantName(m_ui->merchantNameEdit->text().trimmed());
    m_settings.setMerchantAddress(m_ui->merchantAddressEdit->toPlainText().trimmed());
    m_settings.setMerchantLogoPath(m_ui->logoEdit->text().trimmed());
    m_settings.setLanguage(m_ui->languageCombo->currentData().toString());
    m_settings.setQrEcc(m_ui->eccCombo->currentData().toString());
    m_settings.setQrSizeMm(m_ui->sizeSpin->value());
    m_settings.setQrQuietZone(m_ui->quietSpin->value());
    m_settings.setQrForeground(m_foreground);
    m_settings.setQrBackground(m_background);
    m_settings.setBitrix24Plan(m_ui->planCombo->currentIndex() == 1
                                   ? Settings::Bitrix24Plan::Enterprise
                                   : Settings::Bitrix24Plan::Standard);
    QStringList cas;
    for (int i = 0; i < m_ui->caList->count(); ++i)
        cas << m_ui->caList->item(i)->text();
    m_settings.setExtraCaFiles(cas);
    m_settings.sync();
    QDialog::accept();
}

} // namespace paylink
