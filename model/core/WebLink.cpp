#include "WebLink.h"

#include <QRegularExpression>
#include <QUrl>

namespace paylink {

namespace {

// Whitespace, line and paragraph separators, C0/C1 controls and the
// invisible format characters (bidirectional overrides, zero-width joiners)
// that make a link read differently from where it goes.
bool isForbidden(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return c == U'\\';
    }
}

QString canonicalHost(QString host)
{
    host = host.toLower();
    while (host.endsWith(u'.'))
        host.chop(1);
    return host;
}

// A bare host as a link would carry it: QUrl's own form ("0" is 0.0.0.0,
// an IDN is decoded), lower case, no trailing dot (found by fuzz_weblink).
QString hostAsInLink(const QString &host)
{
    return canonicalHost(QUrl(QStringLiteral("https://") + host + u'/').host());
}

// The text between "scheme://" and the path, query or fragment, as typed:
// QUrl drops an empty user-info ("https://@host"), a browser does not.
QStringView authority(const QString &link)
{
    const qsizetype start = link.indexOf(QLatin1String("://"));
    if (start < 0)
        return {};
    QStringView rest = QStringView(link).mid(start + 3);
    for (qsizetype i = 0; i < rest.size(); ++i)
        if (rest[i] == u'/' || rest[i] == u'?' || rest[i] == u'#')
            return rest.left(i);
    return rest;
}

} // namespace

Status WebLink::check(const QString &link)
{
    if (link.isEmpty())
        return Error { tr("The link is empty."), {} };
    const qsizetype bytes = link.toUtf8().size();
    if (bytes > kMaxBytes)
        return Error { tr("The link is %1 bytes long; the most is %2.").arg(bytes).arg(kMaxBytes),
                       {} };
    qsizetype position = 0;
    for (const char32_t c : link.toUcs4()) {
        ++position;
        if (isForbidden(c))
            return Error { tr("The link contains a space, tab, line break or other invisible "
                              "character (U+%1 at position %2).")
                               .arg(quint32(c), 4, 16, QLatin1Char('0'))
                               .arg(position),
                           {} };
    }
    // The scheme as typed, before QUrl decides whether the rest is valid.
    static const QRegularExpression schemePattern(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):"));
    const QString scheme = schemePattern.match(link).captured(1).toLower();
    if (!scheme.isEmpty() && scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return Error { tr("The link starts with “%1:”; only http:// and https:// links are used.")
                           .arg(scheme.left(20)),
                       {} };
    const QUrl url(link, QUrl::StrictMode);
    if (scheme.isEmpty() || !url.isValid() || url.isRelative())
        return Error { tr("The link is not a web address."), {} };
    if (url.host().isEmpty())
        return Error { tr("The link has no host."), {} };
    if (!url.userInfo().isEmpty() || authority(link).contains(u'@'))
        return Error { tr("The link names a user before its host (“…@%1”), which disguises where "
                          "it leads.")
                           .arg(url.host()),
                       {} };
    return success();
}

Status WebLink::checkHost(const QString &link, const QString &ownHost,
                          const QStringList &allowedHosts)
{
    const QString host = canonicalHost(QUrl(link, QUrl::StrictMode).host());
    if (!host.isEmpty() && host == hostAsInLink(ownHost))
        return success();
    for (const QString &allowed : allowedHosts)
        if (!host.isEmpty() && host == hostAsInLink(allowed))
            return success();
    return Error { tr("The link leads to %1, which is neither the portal (%2) nor one of its "
                      "allowed link hosts.")
                       .arg(host.isEmpty() ? tr("no host") : host, canonicalHost(ownHost)),
                   {} };
}

QFont WebLink::textFont(QFont font)
{
    font.setStyleStrategy(QFont::StyleStrategy(font.styleStrategy() | QFont::PreferNoShaping));
    return font;
}

Result<QString> WebLink::parseHost(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(QStringLiteral("https://") + trimmed + u'/', QUrl::StrictMode);
    const QString host = canonicalHost(url.host());
    if (trimmed.isEmpty() || !url.isValid() || host.isEmpty() || !url.userInfo().isEmpty()
        || url.port() != -1 || url.path() != QLatin1String("/") || canonicalHost(trimmed) != host
        || hostAsInLink(host) != host)
        return Error { tr("“%1” is not a host name such as pay.example.com.").arg(trimmed), {} };
    return host;
}

} // namespace paylink
