#include "Bitrix24Error.h"

#include <QMetaEnum>

namespace paylink {

Bitrix24Error::Kind Bitrix24Error::classify(const QString &code, const QString &description)
{
    const QString c = code.trimmed().toUpper();
    struct Entry
    {
        const char *code;
        Kind kind;
    };
    static const Entry table[] = {
        { "200640400001", Kind::PaymentNotFound },
        { "100", Kind::MissingParameter },
        { "QUERY_LIMIT_EXCEEDED", Kind::QueryLimit },
        { "OPERATION_TIME_LIMIT", Kind::OperationTimeLimit },
        { "OVERLOAD_LIMIT", Kind::Overload },
        { "EXPIRED_TOKEN", Kind::ExpiredToken },
        { "INVALID_TOKEN", Kind::InvalidToken },
        { "NO_AUTH_FOUND", Kind::NoAuth },
        { "INSUFFICIENT_SCOPE", Kind::InsufficientScope },
        { "INVALID_CREDENTIALS", Kind::InvalidCredentials },
        { "USER_ACCESS_ERROR", Kind::InvalidCredentials },
        { "WRONG_AUTH_TYPE", Kind::InvalidCredentials },
        { "ACCESS_DENIED", Kind::PlanWithoutRest },
        { "ERROR_METHOD_NOT_FOUND", Kind::MethodNotFound },
        { "ERROR_BATCH_METHOD_NOT_ALLOWED", Kind::BatchMethodNotAllowed },
        { "ERROR_BATCH_LENGTH_EXCEEDED", Kind::BatchLengthExceeded },
        { "INTERNAL_SERVER_ERROR", Kind::ServerError },
        { "ERROR_UNEXPECTED_ANSWER", Kind::ServerError },
        { "PORTAL_DELETED", Kind::PortalDeleted },
        { "INVALID_GRANT", Kind::OAuthRefreshFailed },
        { "INVALID_CLIENT", Kind::OAuthRefreshFailed },
    };
    for (const Entry &e : table)
        if (c == QLatin1String(e.code))
            return e.kind;
    if (c == QLatin1String("INVALID_REQUEST")
        && description.contains(QLatin1String("https"), Qt::CaseInsensitive))
        return Kind::HttpsRequired;
    return Kind::Other;
}

Bitrix24Error Bitrix24Error::fromCode(const QString &code, const QString &description,
                                      int httpStatus)
{
    Bitrix24Error e;
    e.code = code;
    e.description = description;
    e.httpStatus = httpStatus;
    e.kind = classify(code, description);
    return e;
}

QString Bitrix24Error::message() const
{
    switch (kind) {
    case Kind::PaymentNotFound:
        return tr("Bitrix24 has no payment with this id: check the id in the deal or invoice.");
    case Kind::MissingParameter:
        return tr("Bitrix24 says a required value is missing or has the wrong type (the "
                  "payment id must be a whole number).");
    case Kind::QueryLimit:
        return tr("Bitrix24 kept refusing requests because too many were sent; wait a minute "
                  "and try again.");
    case Kind::OperationTimeLimit:
        return tr("Bitrix24 has paused this method for this webhook or app for up to ten "
                  "minutes because it used too much time; try again later.");
    case Kind::Overload:
        return tr("Bitrix24 support has blocked the REST API of this portal because of "
                  "overload. Contact Bitrix24 support; retrying does not help.");
    case Kind::ExpiredToken:
    case Kind::InvalidToken:
        return tr("The Bitrix24 access token is no longer valid and could not be renewed; "
                  "connect the portal again.");
    case Kind::NoAuth:
        return tr("Bitrix24 did not accept the webhook or token: check the webhook URL in the "
                  "portal settings (it may have been deleted or regenerated).");
    case Kind::InsufficientScope:
        return tr("The webhook or app lacks a permission: give it the “salescenter” and “crm” "
                  "scopes in Bitrix24, then try again.");
    case Kind::InvalidCredentials:
        return tr("The Bitrix24 user of this webhook or app may not do this: check that user's "
                  "rights in Bitrix24.");
    case Kind::PlanWithoutRest:
        return tr("This Bitrix24 plan has no REST API; it is available on commercial plans.");
    case Kind::MethodNotFound:
        return tr("This Bitrix24 portal does not know the method; its version may be too old "
                  "or the Sales Center may be off.");
    case Kind::HttpsRequired:
        return tr("Bitrix24 requires HTTPS: use an https:// address for the portal.");
    case Kind::BatchMethodNotAllowed:
        return tr("Bitrix24 does not allow this method inside a batch.");
    case Kind::BatchLengthExceeded:
        return tr("Bitrix24 refused a batch of more than 50 commands.");
    case Kind::ServerError:
        return tr("The Bitrix24 portal had an internal error; try again in a few minutes.");
    case Kind::PortalDeleted:
        return tr("This Bitrix24 portal was deleted or closed.");
    case Kind::Moved:
        return tr("The Bitrix24 portal has moved to %1. Check the new address and update the "
                  "portal; nothing was sent to it.")
            .arg(movedTo);
    case Kind::Network:
        return tr("Bitrix24 could not be reached: check the internet connection and the portal "
                  "address.");
    case Kind::Tls:
        return tr("The secure connection to Bitrix24 failed: the portal's certificate is not "
                  "trusted. For a portal with its own certificate authority, add that CA "
                  "certificate to the portal.");
    case Kind::Timeout:
        return tr("Bitrix24 did not answer in time; try again.");
    case Kind::Deadline:
        return tr("The time allowed for talking to Bitrix24 (%1 s) ran out before it answered; "
                  "try again later, or allow longer (paylink: --deadline).")
            .arg(description);
    case Kind::LinkRefused:
        return tr("Bitrix24 sent a payment link that Paylink Desk does not pass on: %1")
            .arg(description);
    case Kind::BadResponse:
        return tr("Bitrix24 answered with something that is not a valid reply; try again "
                  "later.");
    case Kind::OAuthRefreshFailed:
        return tr("The Bitrix24 authorisation has expired or was revoked; connect the portal "
                  "again to get new tokens.");
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Other:
        break;
    }
    return tr("Bitrix24 reported an error (%1).").arg(code.isEmpty() ? tr("no code") : code);
}

QString Bitrix24Error::detail() const
{
    return QStringLiteral("HTTP %1, error %2: %3")
        .arg(httpStatus)
        .arg(code.isEmpty() ? QStringLiteral("\"\"") : code, description);
}

QString Bitrix24Error::codeOrKind() const
{
    if (!code.isEmpty())
        return code;
    return QString::fromLatin1(QMetaEnum::fromType<Kind>().valueToKey(int(kind)));
}

bool Bitrix24Error::isTransient() const
{
    switch (kind) {
    case Kind::QueryLimit:
    case Kind::OperationTimeLimit:
    case Kind::ServerError:
    case Kind::Network:
    case Kind::Timeout:
    case Kind::BadResponse:
        return true;
    default:
        return false;
    }
}

} // namespace paylink
