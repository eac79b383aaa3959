#pragma once

#include <QByteArray>
#include <QColor>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace paylink {

// Every setting, typed (docs/DECISIONS.md D13). Never holds a secret.
class Settings
{
public:
    Settings();

    QString merchantName() const;
    void setMerchantName(const QString &value);
    QString merchantAddress() const;
    void setMerchantAddress(const QString &value);
    QString merchantLogoPath() const;
    void setMerchantLogoPath(const QString &value);

    // Empty means "follow the system".
    QString language() const;
    void setLanguage(const QString &value);

    QString qrEcc() const; // L, M, Q or H
    void setQrEcc(const QString &value);
    double qrSizeMm() const;
    void setQrSizeMm(double value);
    int qrQuietZone() const; // modules
    void setQrQuietZone(int value);
    QColor qrForeground() const;
    void setQrForeground(const QColor &value);
    QColor qrBackground() const;
    void setQrBackground(const QColor &value);

    enum class Bitrix24Plan { Standard, Enterprise };
    Bitrix24Plan bitrix24Plan() const;
    void setBitrix24Plan(Bitrix24Plan value);

    QStringList extraCaFiles() const;
    void setExtraCaFiles(const QStringList &value);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &value);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &value);
    QByteArray tableHeaderState() const;
    void setTableHeaderState(const QByteArray &value);

    QString lastDirectory() const;
    void setLastDirectory(const QString &value);

    QString fileName() const { return m_settings.fileName(); }
    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace paylink
