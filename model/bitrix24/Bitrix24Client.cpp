#include "Bitrix24Client.h"

#include "core/AppInfo.h"
#include "core/Redactor.h"
#include "core/WebLink.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcBitrix24, "paylink.bitrix24")

namespace paylink {

namespace {

// One leaky bucket per portal host, shared by every client in the process:
// each request adds 1, the level drains `drain` a second, and a request that
// would lift it over `burst` waits until it would not.
struct Bucket
{
    double level = 0;
    qint64 lastMs = 0;
};

struct Buckets
{
    QMutex mutex;
    QHash<QString, Bucket> byHost;
};

Buckets &buckets()
{
    static Buckets b;
    return b;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Reserves a place for one request; the wait before it may be sent.
qint64 reserve(const QString &key, double drain, int burst)
{
    Buckets &b = buckets();
    QMutexLocker lock(&b.mutex);
    Bucket &bucket = b.byHost[key];
    const qint64 now = nowMs();
    if (bucket.lastMs > 0)
        bucket.level = std::max(0.0, bucket.level - drain * double(now - bucket.lastMs) / 1000.0);
    bucket.lastMs = now;
    // One place of margin, for requests of other programs on this machine.
    const double room = double(burst) - 1.0;
    const qint64 wait = bucket.level + 1.0 <= room
        ? 0
        : qint64(std::ceil((bucket.level + 1.0 - room) / drain * 1000.0));
    bucket.level += 1.0;
    return wait;
}

// The portal said the bucket is full: treat it so.
void markFull(const QString &key, int burst)
{
    Buckets &b = buckets();
    QMutexLocker lock(&b.mutex);
    Bucket &bucket = b.byHost[key];
    bucket.level = std::max(bucket.level, double(burst));
    bucket.lastMs = nowMs();
}

Bitrix24Reply::Envelope failure(Bitrix24Error::Kind kind, const QString &description,
                                int httpStatus = 0)
{
    Bitrix24Reply::Envelope env;
    Bitrix24Error e;
    e.kind = kind;
    e.description = description;
    e.httpStatus = httpStatus;
    env.error = e;
    return env;
}

QString userAgent()
{
    return QStringLiteral("PaylinkDesk/%1").arg(AppInfo::version());
}

} // namespace

struct Bitrix24Client::Call
{
    QString method;
    QJsonObject params;
    Done done;
    bool safe = true;
    int limitRetries = 0;
    int transientRetries = 0;
    bool operatingRetried = false;
    bool refreshed = false;
    QString sentToken; // the access token this call was last sent with
};

Bitrix24Client::Bitrix24Client(Bitrix24Portal portal, Bitrix24Credentials credentials,
                               QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_portal(std::move(portal))
    , m_credentials(std::move(credentials))
    , m_deadline(m_portal.deadlineMs > 0 ? QDeadlineTimer(m_portal.deadlineMs)
                                         : QDeadlineTimer(QDeadlineTimer::Forever))
{
    for (const QString &secret : { m_credentials.webhookUrl, m_credentials.accessToken,
                                   m_credentials.refreshToken, m_credentials.clientSecret })
        if (!secret.isEmpty())
            Redactor::registerSecret(secret);
}

Bitrix24Client::~Bitrix24Client() = default;

void Bitrix24Client::resetBucketsForTests()
{
    Buckets &b = buckets();
    QMutexLocker lock(&b.mutex);
    b.byHost.clear();
}

Status Bitrix24Client::checkPortalUrl(const QUrl &url, const QString &what)
{
    const QString name = what.isEmpty() ? tr("The portal address") : what;
    if (!url.isValid() || url.host().isEmpty())
        return Error { tr("%1 is not a web address; copy it from the browser, e.g. "
                          "https://yourcompany.bitrix24.com.")
                           .arg(name),
                       {} };
    if (url.scheme() == QLatin1String("http"))
        return Error { tr("%1 starts with http://: Paylink Desk talks to Bitrix24 over HTTPS "
                          "only. Use the https:// address.")
                           .arg(name),
                       {} };
    if (url.scheme() != QLatin1String("https"))
        return Error { tr("%1 must start with https://.").arg(name), {} };
    return success();
}

Status Bitrix24Client::checkWebhookUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (Status s = checkPortalUrl(url, tr("The webhook URL")); !s)
        return s;
    const QStringList parts = url.path().split(u'/', Qt::SkipEmptyParts);
    bool numeric = false;
    if (parts.size() >= 2)
        parts.at(1).toLongLong(&numeric);
    if (parts.size() < 3 || parts.at(0) != QLatin1String("rest") || !numeric
        || parts.at(2).isEmpty())
        return Error { tr("The webhook URL does not look like "
                          "https://yourcompany.bitrix24.com/rest/1/abc123/: copy the whole "
                          "“Webhook to call REST API” from the Bitrix24 webhook page."),
                       {} };
    return success();
}

QString Bitrix24Client::bucketKey() const
{
    const QUrl base = m_portal.auth == Bitrix24Portal::Auth::Webhook
        ? QUrl(m_credentials.webhookUrl)
        : m_portal.portalUrl;
    return base.host().toLower() + u':' + QString::number(base.port(443));
}

QString Bitrix24Client::portalHost() const
{
    return (m_portal.auth == Bitrix24Portal::Auth::Webhook
                ? QUrl(m_credentials.webhookUrl.trimmed())
                : m_portal.portalUrl)
        .host();
}

std::optional<Bitrix24Error> Bitrix24Client::outOfTime(qint64 needMs) const
{
    if (m_deadline.isForever() || m_deadline.remainingTime() >= std::max<qint64>(needMs, 1))
        return std::nullopt;
    Bitrix24Error e;
    e.kind = Bitrix24Error::Kind::Deadline;
    e.description = QString::number((m_portal.deadlineMs + 999) / 1000);
    return e;
}

void Bitrix24Client::limitTime(QNetworkReply *reply) const
{
    qint64 limit = m_portal.timeoutMs;
    if (!m_deadline.isForever())
        limit = std::min(limit, std::max<qint64>(1, m_deadline.remainingTime()));
    // The transfer timeout restarts with every byte; this one does not, so a
    // portal that sends a byte a second cannot keep a request alive.
    QTimer::singleShot(limit, reply, [reply] {
        reply->setProperty("paylinkTimedOut", true);
        reply->abort();
    });
}

std::optional<Bitrix24Error> Bitrix24Client::refusedLink(const Bitrix24Reply::PublicUrl &url) const
{
    for (const QString *link : { &url.url, &url.shortUrl }) {
        if (link->isEmpty() && link == &url.shortUrl)
            continue; // a short link is optional
        Status s = WebLink::check(*link);
        if (s)
            s = WebLink::checkHost(*link, portalHost(), m_portal.linkHosts);
        if (!s) {
            Bitrix24Error e;
            e.kind = Bitrix24Error::Kind::LinkRefused;
            e.description = s.error().message;
            return e;
        }
    }
    return std::nullopt;
}

QUrl Bitrix24Client::urlFor(const QString &method) const
{
    if (m_portal.auth == Bitrix24Portal::Auth::Webhook) {
        QString base = m_credentials.webhookUrl.trimmed();
        if (!base.endsWith(u'/'))
            base += u'/';
        return QUrl(base + method);
    }
    QUrl url = m_portal.portalUrl;
    url.setPath(QStringLiteral("/rest/") + method);
    return url;
}

void Bitrix24Client::call(const QString &method, const QJsonObject &params, Done done, bool safe)
{
    auto c = std::make_shared<Call>();
    c->method = method;
    c->params = params;
    c->done = std::move(done);
    c->safe = safe;
    send(c);
}

void Bitrix24Client::send(std::shared_ptr<Call> call)
{
    if (Status s = checkPortalUrl(urlFor(call->method)); !s) {
        call->done(failure(Bitrix24Error::Kind::HttpsRequired,
                           QStringLiteral("refused to send to a non-https address")));
        return;
    }
    const qint64 wait = reserve(bucketKey(), m_portal.drainPerSecond, m_portal.burst);
    if (auto late = outOfTime(wait)) {
        Bitrix24Reply::Envelope env;
        env.error = *late;
        call->done(env);
        return;
    }
    if (wait <= 0) {
        post(call);
        return;
    }
    if (wait >= 1000)
        Q_EMIT waiting(wait, tr("keeping to the portal's request rate"));
    QTimer::singleShot(wait, this, [this, call] { post(call); });
}

QNetworkRequest Bitrix24Client::requestFor(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    // Never follow a redirect: the webhook code or token would go along.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_portal.timeoutMs);
    // The system's CAs plus the portal's own; verification is never off.
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_portal.extraCas.isEmpty())
        ssl.addCaCertificates(m_portal.extraCas);
    request.setSslConfiguration(ssl);
    return request;
}

void Bitrix24Client::post(std::shared_ptr<Call> call)
{
    QJsonObject body = call->params;
    if (m_portal.auth == Bitrix24Portal::Auth::OAuth) {
        body.insert(QStringLiteral("auth"), m_credentials.accessToken);
        call->sentToken = m_credentials.accessToken;
    }
    QNetworkRequest request = requestFor(urlFor(call->method));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    ++m_sent;
    QNetworkReply *reply =
        m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    // A body over the cap is refused as it arrives, not after.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > Bitrix24Reply::kMaxBody && !reply->property("paylinkTooLarge").toBool()) {
            reply->setProperty("paylinkTooLarge", true);
            reply->abort();
        }
    });
    limitTime(reply);
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finish(call, reply); });
}

void Bitrix24Client::retryLater(std::shared_ptr<Call> call, qint64 delayMs, const QString &why)
{
    if (auto late = outOfTime(delayMs)) {
        qCInfo(lcBitrix24).noquote() << call->method << "not again:" << why << "- no time left";
        Bitrix24Reply::Envelope env;
        env.error = *late;
        call->done(env);
        return;
    }
    qCInfo(lcBitrix24).noquote() << call->method << "again in" << delayMs << "ms:" << why;
    if (delayMs >= 1000)
        Q_EMIT waiting(delayMs, why);
    QTimer::singleShot(delayMs, this, [this, call] { send(call); });
}

void Bitrix24Client::finish(std::shared_ptr<Call> call, QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    Bitrix24Reply::Envelope env;
    if (reply->property("paylinkTooLarge").toBool()) {
        env = failure(Bitrix24Error::Kind::BadResponse,
                      QStringLiteral("reply over the %1-byte cap").arg(Bitrix24Reply::kMaxBody),
                      status);
    } else if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
        const QUrl target = reply->url().resolved(
            reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        env = failure(Bitrix24Error::Kind::Moved,
                      QStringLiteral("HTTP %1 to %2").arg(status).arg(target.host()), status);
        QUrl shown = target;
        shown.setPath(QString());
        shown.setQuery(QString());
        env.error->movedTo = shown.toString();
    } else if (status == 0) {
        const QNetworkReply::NetworkError code = reply->error();
        const QString what = Redactor::redact(reply->errorString());
        Bitrix24Error::Kind kind = Bitrix24Error::Kind::Network;
        if (code == QNetworkReply::SslHandshakeFailedError)
            kind = Bitrix24Error::Kind::Tls;
        else if (code == QNetworkReply::TimeoutError
                 || code == QNetworkReply::OperationCanceledError)
            kind = Bitrix24Error::Kind::Timeout;
        env = failure(kind, what);
    } else if (reply->property("paylinkTimedOut").toBool()) {
        env = failure(Bitrix24Error::Kind::Timeout,
                      QStringLiteral("no complete reply within %1 ms").arg(m_portal.timeoutMs),
                      status);
    } else {
        env = Bitrix24Reply::parse(status, reply->readAll());
    }

    if (!env.error) {
        if (env.time.operatingResetAt)
            m_operatingResetAt.insert(call->method, *env.time.operatingResetAt);
        call->done(env);
        return;
    }
    Bitrix24Error &e = *env.error;
    qCInfo(lcBitrix24).noquote() << call->method << Redactor::redact(e.detail());
    using Kind = Bitrix24Error::Kind;
    if (e.kind == Kind::QueryLimit && call->limitRetries < m_portal.maxLimitRetries) {
        // Refused before running: always safe to repeat, after the bucket drains.
        markFull(bucketKey(), m_portal.burst);
        const qint64 delay = std::min<qint64>(
            30000,
            qint64((1000.0 / m_portal.drainPerSecond + 500.0) * std::pow(1.5, call->limitRetries)));
        ++call->limitRetries;
        retryLater(call, delay, tr("Bitrix24 asked to slow down"));
        return;
    }
    if (e.kind == Kind::OperationTimeLimit && !call->operatingRetried) {
        const qint64 resetAt = m_operatingResetAt.value(call->method, 0);
        const qint64 delay =
            resetAt > 0 ? std::max<qint64>(1000, resetAt * 1000 - nowMs() + 500) : 60000;
        if (delay <= m_portal.maxOperatingWaitMs) {
            call->operatingRetried = true;
            retryLater(call, delay, tr("Bitrix24 paused this method until its time limit resets"));
            return;
        }
    }
    if ((e.kind == Kind::ExpiredToken || e.kind == Kind::InvalidToken)
        && m_portal.auth == Bitrix24Portal::Auth::OAuth) {
        // Sent before another call's refresh finished: the new token is here
        // already, so repeat with it instead of refreshing again.
        if (call->sentToken != m_credentials.accessToken && !m_refreshing) {
            send(call);
            return;
        }
        if (!call->refreshed) {
            refreshThenRepeat(call);
            return;
        }
    }
    const bool transient = e.kind == Kind::ServerError || e.kind == Kind::Network
        || e.kind == Kind::Timeout || e.kind == Kind::BadResponse;
    if (transient && call->safe && call->transientRetries < 2) {
        const qint64 delay = 1000LL << call->transientRetries;
        ++call->transientRetries;
        retryLater(call, delay, tr("Bitrix24 did not answer properly"));
        return;
    }
    call->done(env);
}

void Bitrix24Client::refreshThenRepeat(std::shared_ptr<Call> call)
{
    call->refreshed = true;
    m_waitingForRefresh.append(call);
    if (m_refreshing)
        return; // one refresh serves every call that found the token expired
    m_refreshing = true;
    QUrl url = m_portal.oauthServer;
    url.setPath(QStringLiteral("/oauth/token/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    query.addQueryItem(QStringLiteral("client_id"), m_credentials.clientId);
    query.addQueryItem(QStringLiteral("client_secret"), m_credentials.clientSecret);
    query.addQueryItem(QStringLiteral("refresh_token"), m_credentials.refreshToken);
    url.setQuery(query);
    const QNetworkRequest request = requestFor(url);
    if (Status s = checkPortalUrl(url); !s) {
        m_refreshing = false;
        const auto waiting = std::exchange(m_waitingForRefresh, {});
        for (const auto &c : waiting)
            c->done(failure(Bitrix24Error::Kind::HttpsRequired,
                            QStringLiteral("the OAuth server address is not https")));
        return;
    }
    QNetworkReply *reply = m_network->get(request);
    limitTime(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_refreshing = false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->read(Bitrix24Reply::kMaxBody + 1);
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        const QString access = o.value(QLatin1String("access_token")).toString();
        const QString refresh = o.value(QLatin1String("refresh_token")).toString();
        const auto waiting = std::exchange(m_waitingForRefresh, {});
        if (status != 200 || access.isEmpty() || refresh.isEmpty()) {
            Bitrix24Reply::Envelope env =
                failure(Bitrix24Error::Kind::OAuthRefreshFailed,
                        QStringLiteral("OAuth server: HTTP %1, %2 %3")
                            .arg(status)
                            .arg(o.value(QLatin1String("error")).toString(),
                                 o.value(QLatin1String("error_description")).toString()),
                        status);
            for (const auto &c : waiting)
                c->done(env);
            return;
        }
        Redactor::registerSecret(access);
        Redactor::registerSecret(refresh);
        m_credentials.accessToken = access;
        m_credentials.refreshToken = refresh;
        Q_EMIT tokensRotated(access, refresh);
        for (const auto &c : waiting)
            send(c);
    });
}

void Bitrix24Client::checkAccess(std::function<void(std::optional<Bitrix24Error>)> done)
{
    // A method that answers "no such payment" or "parameter missing" has
    // accepted the address, the secret and the scope.
    const auto verdict = [](const Bitrix24Reply::Envelope &env) -> std::optional<Bitrix24Error> {
        if (!env.error || env.error->kind == Bitrix24Error::Kind::PaymentNotFound
            || env.error->kind == Bitrix24Error::Kind::MissingParameter
            || (env.error->kind == Bitrix24Error::Kind::Other && env.error->httpStatus == 400))
            return std::nullopt;
        return env.error;
    };
    call(QStringLiteral("salescenter.payment.getPublicUrl"), { { QStringLiteral("id"), 0 } },
         [this, verdict, done](const Bitrix24Reply::Envelope &first) {
             if (auto e = verdict(first)) {
                 done(e);
                 return;
             }
             call(
                 QStringLiteral("crm.item.payment.list"), {},
                 [verdict, done](const Bitrix24Reply::Envelope &second) { done(verdict(second)); });
         });
}

void Bitrix24Client::publicUrl(
    qint64 id,
    std::function<void(Result<Bitrix24Reply::PublicUrl>, std::optional<Bitrix24Error>)> done)
{
    call(QStringLiteral("salescenter.payment.getPublicUrl"), { { QStringLiteral("id"), id } },
         [this, done](const Bitrix24Reply::Envelope &env) {
             if (env.error) {
                 done(Error { env.error->message(), env.error->detail() }, env.error);
                 return;
             }
             Result<Bitrix24Reply::PublicUrl> url = Bitrix24Reply::publicUrl(env.result);
             if (url)
                 if (auto refused = refusedLink(*url)) {
                     done(Error { refused->message(), refused->detail() }, refused);
                     return;
                 }
             done(std::move(url), std::nullopt);
         });
}

void Bitrix24Client::publicUrls(const QList<qint64> &ids,
                                std::function<void(qint64, qint64)> progress,
                                std::function<bool()> cancelled,
                                std::function<void(const QList<UrlOutcome> &)> done)
{
    struct State
    {
        QList<qint64> pending;
        QHash<qint64, int> attempts;
        QHash<qint64, UrlOutcome> outcomes;
        QList<qint64> order;
        qint64 total = 0;
    };
    auto state = std::make_shared<State>();
    for (qint64 id : ids)
        if (!state->outcomes.contains(id)) {
            state->outcomes.insert(id, UrlOutcome { id, std::nullopt, std::nullopt });
            state->order.append(id);
            state->pending.append(id);
        }
    state->total = state->order.size();

    auto next = std::make_shared<std::function<void()>>();
    *next = [this, state, progress, cancelled, done, next]() {
        const auto finished = [state, done, next] {
            QList<UrlOutcome> list;
            for (qint64 id : std::as_const(state->order))
                list.append(state->outcomes.value(id));
            *next = nullptr; // breaks the cycle
            done(list);
        };
        if (state->pending.isEmpty()) {
            finished();
            return;
        }
        if (cancelled && cancelled()) {
            Bitrix24Error e;
            e.kind = Bitrix24Error::Kind::Cancelled;
            for (qint64 id : std::as_const(state->pending))
                state->outcomes[id].error = e;
            state->pending.clear();
            finished();
            return;
        }
        const QList<qint64> chunk = state->pending.mid(0, 50);
        state->pending.remove(0, chunk.size());
        QJsonObject cmd;
        for (qint64 id : chunk)
            cmd.insert(QStringLiteral("p%1").arg(id),
                       QStringLiteral("salescenter.payment.getPublicUrl?id=%1").arg(id));
        call(QStringLiteral("batch"),
             { { QStringLiteral("halt"), 0 }, { QStringLiteral("cmd"), cmd } },
             [this, state, chunk, progress, next](const Bitrix24Reply::Envelope &env) {
                 const auto fail = [state](qint64 id, const Bitrix24Error &e) {
                     state->outcomes[id].error = e;
                 };
                 if (env.error) {
                     for (qint64 id : chunk)
                         fail(id, *env.error);
                 } else {
                     const Result<Bitrix24Reply::Batch> b = Bitrix24Reply::batch(env.result);
                     for (qint64 id : chunk) {
                         const QString key = QStringLiteral("p%1").arg(id);
                         if (!b) {
                             Bitrix24Error e;
                             e.kind = Bitrix24Error::Kind::BadResponse;
                             e.description = b.error().detail;
                             fail(id, e);
                         } else if (b->errors.contains(key)) {
                             const Bitrix24Error e = b->errors.value(key);
                             // Only this key goes again, never the whole batch.
                             if (e.isTransient() && state->attempts[id]++ < 3)
                                 state->pending.append(id);
                             else
                                 fail(id, e);
                         } else if (b->results.contains(key)) {
                             const Result<Bitrix24Reply::PublicUrl> url =
                                 Bitrix24Reply::publicUrl(b->results.value(key));
                             const std::optional<Bitrix24Error> refused =
                                 url ? refusedLink(*url) : std::nullopt;
                             if (refused) {
                                 fail(id, *refused);
                             } else if (url) {
                                 state->outcomes[id].url = *url;
                             } else {
                                 Bitrix24Error e;
                                 e.kind = Bitrix24Error::Kind::BadResponse;
                                 e.description = url.error().detail;
                                 fail(id, e);
                             }
                         } else {
                             Bitrix24Error e;
                             e.kind = Bitrix24Error::Kind::BadResponse;
                             e.description =
                                 QStringLiteral("the batch reply has nothing for %1").arg(key);
                             fail(id, e);
                         }
                     }
                 }
                 if (progress)
                     progress(state->total - state->pending.size(), state->total);
                 if (*next)
                     (*next)();
             });
    };
    (*next)();
}

} // namespace paylink
