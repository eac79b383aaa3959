#pragma once

#include <QColor>
#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace paylink {

class Settings;

// Merchant header, language, QR defaults, the Bitrix24 plan and extra CAs.
// Changes are written to Settings only on OK.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Settings &settings, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    void load();
    void restoreDefaults();
    void chooseColor(QColor &color);
    void updateColorButtons();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    Settings &m_settings;
    QColor m_foreground;
    QColor m_background;
};

} // namespace paylink
