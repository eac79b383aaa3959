#include "AppInfo.h"

#include "Version.h"

#include <QCoreApplication>

namespace paylink {

QString AppInfo::version()
{
    return QStringLiteral(PAYLINK_VERSION);
}

QString AppInfo::appId()
{
    return QStringLiteral(PAYLINK_APP_ID);
}

QString AppInfo::organizationName()
{
    return QStringLiteral(PAYLINK_ORG_NAME);
}

QString AppInfo::applicationName()
{
    return QStringLiteral(PAYLINK_APP_NAME);
}

QString AppInfo::keychainService()
{
    return QStringLiteral("paylink-desk");
}

void AppInfo::applyNames()
{
    QCoreApplication::setOrganizationName(organizationName());
    QCoreApplication::setApplicationName(applicationName());
    QCoreApplication::setApplicationVersion(version());
}

} // namespace paylink
