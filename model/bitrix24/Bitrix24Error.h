#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

namespace paylink {

// One failure of a Bitrix24 call, decided by the `error` code (compared
// without case; a JSON number or a string), never by the HTTP status alone.
// `description` is the portal's raw text: for the detail and the log only.
struct Bitrix24Error
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(paylink::Bitrix24Error)

public:
    enum class Kind {
        PaymentNotFound, // 200640400001
        MissingParameter, // 100
        Other, // 0, an empty code, or a code we do not know
        QueryLimit, // QUERY_LIMIT_EXCEEDED: refused before running; always safe to retry
        OperationTimeLimit, // OPERATION_TIME_LIMIT: this method is blocked for a while
        Overload, // OVERLOAD_LIMIT: blocked by Bitrix24 support; never retried
        ExpiredToken, // expired_token: refresh once, then repeat the call once
        InvalidToken, // invalid_token
        NoAuth, // NO_AUTH_FOUND: wrong webhook code or token
        InsufficientScope, // insufficient_scope
        InvalidCredentials, // INVALID_CREDENTIALS, user_access_error, WRONG_AUTH_TYPE
        PlanWithoutRest, // ACCESS_DENIED (REST on commercial plans only)
        MethodNotFound, // ERROR_METHOD_NOT_FOUND
        HttpsRequired, // INVALID_REQUEST "Https required"
        BatchMethodNotAllowed,
        BatchLengthExceeded,
        ServerError, // INTERNAL_SERVER_ERROR, ERROR_UNEXPECTED_ANSWER, an HTML 5xx
        PortalDeleted,
        Moved, // a 302 to another address
        Network, // no connection, reset, DNS
        Tls, // certificate or handshake failure
        Timeout, // one request ran over its time
        Deadline, // the time for the whole task ran out (description: how long it was)
        LinkRefused, // a link the portal sent breaks the rule (description: why)
        BadResponse, // not JSON, truncated, wrong types, over the size cap
        OAuthRefreshFailed, // the OAuth server refused the refresh token
        Cancelled,
    };
    Q_ENUM(Kind)

    Kind kind = Kind::Other;
    int httpStatus = 0;
    QString code; // as sent: "QUERY_LIMIT_EXCEEDED", "200640400001", ""
    QString description; // the portal's text, not for people as it is
    QString movedTo; // Moved: the new address

    // From an `error` value (string or number) and its description.
    static Bitrix24Error fromCode(const QString &code, const QString &description,
                                  int httpStatus = 0);
    static Kind classify(const QString &code, const QString &description);

    // A clear, translated sentence for people: what happened, what to do.
    QString message() const;
    // The code, status and raw description, for the detail and the log.
    QString detail() const;
    // The code as sent, or the kind's name when the portal sent none
    // ("Network", "Timeout"): what the CLI prints per failed id.
    QString codeOrKind() const;
    // Repeating the same call later may succeed (and is harmless).
    bool isTransient() const;
};

} // namespace paylink
