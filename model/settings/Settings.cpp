#include "Settings.h"

#include <QCoreApplication>
#include <QDir>

namespace paylink {

Settings::Settings()
    : m_settings(QSettings::IniFormat, QSettings::UserScope, QCoreApplication::organizationName(),
                 QCoreApplication::applicationName())
{ }

QString Settings::merchantName() const
{
    return m_settings.value(QStringLiteral("merchant/name")).toString();
}

void Settings::setMerchantName(const QString &value)
{
    m_settings.setValue(QStringLiteral("merchant/name"), value);
}

QString Settings::merchantAddress() const
{
    // A hand-edited INI line with an unquoted comma reads back as a list.
    const QVariant value = m_settings.value(QStringLiteral("merchant/address"));
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral(", "));
    return value.toString();
}

void Settings::setMerchantAddress(const QString &value)
{
    m_settings.setValue(QStringLiteral("merchant/address"), value);
}

QString Settings::merchantLogoPath() const
{
    return m_settings.value(QStringLiteral("merchant/logo")).toString();
}

void Settings::setMerchantLogoPath(const QString &value)
{
    m_settings.setValue(QStringLiteral("merchant/logo"), value);
}

QString Settings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void Settings::setLanguage(const QString &value)
{
    m_settings.setValue(QStringLiteral("ui/language"), value);
}

QString Settings::qrEcc() const
{
    const QString ecc = m_settings.value(QStringLiteral("qr/ecc"), QStringLiteral("M")).toString();
    static const QStringList valid { QStringLiteral("L"), QStringLiteral("M"), QStringLiteral("Q"),
                                     QStringLiteral("H") };
    return valid.contains(ecc) ? ecc : QStringLiteral("M");
}

void Settings::setQrEcc(const QString &value)
{
    m_settings.setValue(QStringLiteral("qr/ecc"), value);
}

double Settings::qrSizeMm() const
{
    const double mm = m_settings.value(QStringLiteral("qr/sizeMm"), 40.0).toDouble();
    return mm >= 10.0 && mm <= 300.0 ? mm : 40.0;
}

void Settings::setQrSizeMm(double value)
{
    m_settings.setValue(QStringLiteral("qr/sizeMm"), value);
}

int Settings::qrQuietZone() const
{
    const int modules = m_settings.value(QStringLiteral("qr/quietZone"), 4).toInt();
    return modules >= 0 && modules <= 20 ? modules : 4;
}

void Settings::setQrQuietZone(int value)
{
    m_settings.setValue(QStringLiteral("qr/quietZone"), value);
}

QColor Settings::qrForeground() const
{
    const QColor c(
        m_settings.value(QStringLiteral("qr/foreground"), QStringLiteral("#000000")).toString());
    return c.isValid() ? c : QColor(Qt::black);
}

void Settings::setQrForeground(const QColor &value)
{
    m_settings.setValue(QStringLiteral("qr/foreground"), value.name());
}

QColor Settings::qrBackground() const
{
    const QColor c(
        m_settings.value(QStringLiteral("qr/background"), QStringLiteral("#ffffff")).toString());
    return c.isValid() ? c : QColor(Qt::white);
}

void Settings::setQrBackground(const QColor &value)
{
    m_settings.setValue(QStringLiteral("qr/background"), value.name());
}

Settings::Bitrix24Plan Settings::bitrix24Plan() const
{
    return m_settings.value(QStringLiteral("bitrix24/plan")).toString()
            == QLatin1String("enterprise")
        ? Bitrix24Plan::Enterprise
        : Bitrix24Plan::Standard;
}

void Settings::setBitrix24Plan(Bitrix24Plan value)
{
    m_settings.setValue(QStringLiteral("bitrix24/plan"),
                        value == Bitrix24Plan::Enterprise ? QStringLiteral("enterprise")
                                                          : QStringLiteral("standard"));
}

QStringList Settings::extraCaFiles() const
{
    return m_settings.value(QStringLiteral("network/caFiles")).toStringList();
}

void Settings::setExtraCaFiles(const QStringList &value)
{
    m_settings.setValue(QStringLiteral("network/caFiles"), value);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &value)
{
    m_settings.setValue(QStringLiteral("window/geometry"), value);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

void Settings::setWindowState(const QByteArray &value)
{
    m_settings.setValue(QStringLiteral("window/state"), value);
}

QByteArray Settings::tableHeaderState() const
{
    return m_settings.value(QStringLiteral("window/tableHeader")).toByteArray();
}

void Settings::setTableHeaderState(const QByteArray &value)
{
    m_settings.setValue(QStringLiteral("window/tableHeader"), value);
}

QString Settings::lastDirectory() const
{
    return m_settings.value(QStringLiteral("ui/lastDirectory"), QDir::homePath()).toString();
}

void Settings::setLastDirectory(const QString &value)
{
    m_settings.setValue(QStringLiteral("ui/lastDirectory"), value);
}

} // namespace paylink
