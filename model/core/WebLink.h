#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QFont>
#include <QStringList>

namespace paylink {

// The rule for a payment link that Paylink Desk shows, draws as a QR code,
// copies, exports, prints or stores (docs/DECISIONS.md D41): an absolute
// http or https address with a host, without user-info ("https://bank@evil"),
// without whitespace, control or format characters, and at most kMaxBytes
// bytes of UTF-8. Links come from portals and from a database other programs
// write, so every place that hands a link to a person checks it again.
class WebLink
{
    Q_DECLARE_TR_FUNCTIONS(paylink::WebLink)

public:
    static constexpr qsizetype kMaxBytes = 2048;

    // Success, or why the link is refused, in words for the merchant.
    static Status check(const QString &link);
    // The link's host is `ownHost` or one of `allowedHosts` (compared without
    // case; a trailing dot ignored). Call after check().
    static Status checkHost(const QString &link, const QString &ownHost,
                            const QStringList &allowedHosts);
    // A host as the merchant types it for the allowed list, made canonical
    // (lower case, no trailing dot); an error when it is not a bare host name.
    static Result<QString> parseHost(const QString &text);

    // `font` for drawing a link as text (print, PDF, screen): without
    // ligatures, so that "ff" or "fi" in a link stay letters a reader can
    // copy from a PDF. Qt 6.4 has no font-feature switch; PreferNoShaping
    // leaves out shaping, and with it ligatures, where a script does not
    // need it (a link is ASCII or percent-encoded).
    static QFont textFont(QFont font);
};

} // namespace paylink
