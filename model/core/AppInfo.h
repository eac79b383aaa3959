#pragma once

#include <QString>

namespace paylink {

// Names fixed in docs/DECISIONS.md D1, shared by both executables.
class AppInfo
{
public:
    static QString version();
    static QString appId(); // org.paylinkdesk.PaylinkDesk
    static QString organizationName(); // paylinkdesk
    static QString applicationName(); // paylink-desk
    static QString keychainService(); // paylink-desk

    // Sets organization, application name and version (before or after the
    // application object is created).
    static void applyNames();
};

} // namespace paylink
