#pragma once

#include "Bitrix24Reply.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace paylink {

// Where and how to reach one portal (no secrets).
struct Bitrix24Portal
{
    enum class Auth { Webhook, OAuth };
    Auth auth = Auth::Webhook;
    QUrl portalUrl; // OAuth: https://portal.example
    QUrl oauthServer = QUrl(QStringLiteral("https://oauth.bitrix.info"));
    QList<QSslCertificate> extraCas; // an on-premise portal's own CA
    double drainPerSecond = 2; // leaky bucket: 2/50, or 5/250 on Enterprise
    int burst = 50;
    int timeoutMs = 30000; // one request, headers and body, however slowly they come
    qint64 deadlineMs = 0; // everything the client does, retries and waits included; 0: none
    // Hosts besides the portal's own that its payment links may lead to (an
    // on-premise portal can serve its public pages elsewhere), D41.
    QStringList linkHosts;
    int maxLimitRetries = 8; // QUERY_LIMIT_EXCEEDED, never shown unless it persists
    qint64 maxOperatingWaitMs = 10 * 60 * 1000;
};

// The secrets, from the keychain or a file; never logged or shown.
struct Bitrix24Credentials
{
    QString webhookUrl; // https://portal.example/rest/1/abc123/
    QString accessToken;
    QString refreshToken;
    QString clientId;
    QString clientSecret;
};

// Calls the Bitrix24 REST API over HTTPS only: paced by a leaky bucket per portal, retrying what is
// safe to retry, refreshing an expired OAuth token once (coalesced) and repeating the call once,
// and never following a redirect (the secret would go along). Every call ends in exactly one
// callback on the thread of the client.
class Bitrix24Client : public QObject
{
    Q_OBJECT

public:
    // The client has a network manager of its own: Qt keeps connections
    // per host with the TLS settings of the request that opened them, so a
    // shared manager would go on distrusting a portal after its CA was added
    // (or trust another portal through it).
    Bitrix24Client(Bitrix24Portal portal, Bitrix24Credentials credentials,
                   QObject *parent = nullptr);
    ~Bitrix24Client() override;

    // A webhook URL or portal address that can be used: https, a host, and
    // for webhooks the /rest/<user>/<code>/ path. Errors name the problem.
    static Status checkWebhookUrl(const QString &url);
    static Status checkPortalUrl(const QUrl &url, const QString &what = {});

    using Done = std::function<void(const Bitrix24Reply::Envelope &)>;
    // Any method; `safe` says repeating it after a lost reply is harmless.
    void call(const QString &method, const QJsonObject &params, Done done, bool safe = true);

    void publicUrl(
        qint64 id,
        std::function<void(Result<Bitrix24Reply::PublicUrl>, std::optional<Bitrix24Error>)> done);

    // Many payments through `batch`, 50 a call; only failed keys are sent
    // again. `progress(done, total)` after each call; `cancelled()` checked
    // between calls.
    struct UrlOutcome
    {
        qint64 id = 0;
        std::optional<Bitrix24Reply::PublicUrl> url;
        std::optional<Bitrix24Error> error;
    };
    void publicUrls(const QList<qint64> &ids,
                    std::function<void(qint64 done, qint64 total)> progress,
                    std::function<bool()> cancelled,
                    std::function<void(const QList<UrlOutcome> &)> done);

    // Test connection: one harmless call to each method family the app uses
    // (Sales Center and CRM payments), with ids that do not exist. Reaching the
    // methods proves the address, TLS, the secret and the scopes; `done` gets
    // nothing then, or the first error that stopped a call.
    void checkAccess(std::function<void(std::optional<Bitrix24Error>)> done);

    const Bitrix24Credentials &credentials() const { return m_credentials; }
    // Requests sent so far (tests, diagnostics).
    int requestsSent() const { return m_sent; }

    // The leaky buckets are per portal host and shared by every client.
    static void resetBucketsForTests();

Q_SIGNALS:
    // The OAuth server rotated the tokens: save both (the old refresh token
    // is no longer valid).
    void tokensRotated(const QString &accessToken, const QString &refreshToken);
    // The client waits before the next request (pacing or a limit).
    void waiting(qint64 milliseconds, const QString &why);

private:
    struct Call;
    void send(std::shared_ptr<Call> call);
    void post(std::shared_ptr<Call> call);
    void finish(std::shared_ptr<Call> call, QNetworkReply *reply);
    void retryLater(std::shared_ptr<Call> call, qint64 delayMs, const QString &why);
    void refreshThenRepeat(std::shared_ptr<Call> call);
    QUrl urlFor(const QString &method) const;
    QNetworkRequest requestFor(const QUrl &url) const;
    QString bucketKey() const;
    QString portalHost() const;
    // Kind::Deadline when the client's deadline leaves less than `needMs`.
    std::optional<Bitrix24Error> outOfTime(qint64 needMs) const;
    // Aborts the reply once it has run for timeoutMs or the deadline is due.
    void limitTime(QNetworkReply *reply) const;
    // Kind::LinkRefused when a link breaks the rule of WebLink or leads
    // neither to the portal nor to one of its link hosts.
    std::optional<Bitrix24Error> refusedLink(const Bitrix24Reply::PublicUrl &url) const;

    QNetworkAccessManager *m_network;
    Bitrix24Portal m_portal;
    Bitrix24Credentials m_credentials;
    QHash<QString, qint64> m_operatingResetAt; // per method, unix seconds
    bool m_refreshing = false;
    QList<std::shared_ptr<Call>> m_waitingForRefresh;
    int m_sent = 0;
    QDeadlineTimer m_deadline;
};

} // namespace paylink
