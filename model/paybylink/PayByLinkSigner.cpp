#include "PayByLinkSigner.h"

#include <QRegularExpression>

#include <memory>
#include <utility>

#include <openssl/evp.h>

namespace paylink {

namespace {

Status checkRequest(const PayByLinkSigner::Request &r)
{
    if (r.password.isEmpty())
        return Error { PayByLinkSigner::tr("Password: the API user's password is missing."), {} };
    if (r.hashLength != 10 && r.hashLength != 64)
        return Error { PayByLinkSigner::tr("Hash length: %1 is not 10 or 64.").arg(r.hashLength),
                       {} };
    bool hasUser = false;
    for (const auto &[name, value] : r.parameters) {
        if (name.isEmpty())
            return Error { PayByLinkSigner::tr("Parameters: a parameter has no name."), {} };
        if (name.compare(QLatin1String("h"), Qt::CaseInsensitive) == 0)
            return Error { PayByLinkSigner::tr("Parameters: “h” is the hash and cannot be given."),
                           {} };
        if (name == QLatin1String("u"))
            hasUser = !value.isEmpty();
    }
    if (!hasUser)
        return Error { PayByLinkSigner::tr("User: the API user name (parameter u) is missing."),
                       {} };
    return success();
}

} // namespace

Result<QString> PayByLinkSigner::normaliseEntityKey(const QString &key)
{
    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    const QString lower = key.trimmed().toLower();
    if (!guid.match(lower).hasMatch())
        return Error { tr("Entity key: “%1” is not a GUID such as "
                          "2b2b9bff-0c96-4f33-a20d-c831ac87e571.")
                           .arg(key),
                       {} };
    return lower;
}

QString PayByLinkSigner::baseUrl(Environment environment, Kind kind)
{
    return QStringLiteral("https://%1.paybylink.com/%2/createUrl/")
        .arg(environment == Environment::Production ? QStringLiteral("api")
                                                    : QStringLiteral("testapi"),
             kind == Kind::Mandate ? QStringLiteral("mandate") : QStringLiteral("payment"));
}

QString PayByLinkSigner::hash(const QString &keyAsInPath, const SignedParameters &parameters,
                              const QString &password)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
    const auto feed = [ctx](const QString &text) {
        const QByteArray bytes = text.toUtf8();
        EVP_DigestUpdate(ctx, bytes.constData(), std::size_t(bytes.size()));
    };
    feed(keyAsInPath);
    for (const auto &[name, value] : parameters)
        feed(value);
    feed(password);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx, digest, &length);
    EVP_MD_CTX_free(ctx);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex().toUpper());
}

QString PayByLinkSigner::percentEncode(const QString &value)
{
    // Only A-Z a-z 0-9 - . _ ~ stay literal: "+" becomes %2B (servers read a
    // raw "+" as a space), a space %20.
    return QString::fromLatin1(value.toUtf8().toPercentEncoding());
}

Result<PayByLinkSigner::Link> PayByLinkSigner::sign(const Request &request)
{
    const Result<QString> key = normaliseEntityKey(request.entityKey);
    if (!key)
        return key.error();
    if (Status s = checkRequest(request); !s)
        return s.error();
    Link link;
    link.hash = hash(*key, request.parameters, request.password);
    QString url = baseUrl(request.environment, request.kind) + *key;
    QChar separator = u'?';
    for (const auto &[name, value] : request.parameters) {
        url += separator + percentEncode(name) + u'=' + percentEncode(value);
        separator = u'&';
    }
    url += separator + QStringLiteral("h=") + link.hash.left(request.hashLength);
    link.url = url;
    return link;
}

Result<PayByLinkSigner::Link> PayByLinkSigner::signShortAlias(const Request &request)
{
    const Result<QString> key = normaliseEntityKey(request.entityKey);
    if (!key)
        return key.error();
    if (Status s = checkRequest(request); !s)
        return s.error();
    if (request.environment != Environment::Production)
        return Error { tr("Short alias: spbl.eu links exist on production only."), {} };
    if (request.kind != Kind::Payment)
        return Error { tr("Short alias: spbl.eu links exist for payments only, not mandates."),
                       {} };
    QString compactKey = *key;
    compactKey.remove(u'-');
    Link link;
    link.hash = hash(compactKey, request.parameters, request.password);
    QString url = QStringLiteral("https://spbl.eu/cpu/") + compactKey;
    bool first = true;
    for (const auto &[name, value] : request.parameters) {
        if (!first)
            url += u'&';
        url += percentEncode(name.toLower()) + u'=' + percentEncode(value);
        first = false;
    }
    url += (first ? QString() : QStringLiteral("&")) + QStringLiteral("h=") + link.hash.left(10);
    link.url = url;
    return link;
}

SignedParameters PayByLinkSigner::parametersOf(const QString &url)
{
    SignedParameters params;
    const qsizetype query = url.indexOf(u'?');
    if (query < 0)
        return params;
    const QStringView rest = QStringView(url).mid(query + 1);
    for (const QStringView pair : rest.tokenize(u'&')) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            continue;
        const QString name =
            QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(eq).toUtf8()));
        if (name == QLatin1String("h"))
            continue;
        params.append(
            { name,
              QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(eq + 1).toUtf8())) });
    }
    return params;
}

void PayByLinkSigner::percentEncodeTo(QByteArrayView utf8, QByteArray &out)
{
    static const char hex[] = "0123456789ABCDEF";
    // Written through a pointer into room for the worst case (every byte
    // escaped), then cut to what was written: no size check per byte.
    const qsizetype start = out.size();
    out.resize(start + 3 * utf8.size());
    char *to = out.data() + start;
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-'
            || u == '.' || u == '_' || u == '~') {
            *to++ = c;
        } else {
            *to++ = '%';
            *to++ = hex[u >> 4];
            *to++ = hex[u & 0xf];
        }
    }
    out.truncate(to - out.constData());
}

PayByLinkSigner::Prepared::Prepared(Prepared &&other) noexcept
    : m_prefix(std::exchange(other.m_prefix, nullptr))
    , m_urlPrefix(std::move(other.m_urlPrefix))
    , m_password(std::move(other.m_password))
    , m_hashLength(other.m_hashLength)
    , m_hasLeading(other.m_hasLeading)
{ }

PayByLinkSigner::Prepared::~Prepared()
{
    EVP_MD_CTX_free(m_prefix);
}

Result<std::unique_ptr<PayByLinkSigner::Prepared>>
PayByLinkSigner::Prepared::prepare(const Request &request)
{
    const Result<QString> key = normaliseEntityKey(request.entityKey);
    if (!key)
        return key.error();
    if (Status s = checkRequest(request); !s)
        return s.error();
    std::unique_ptr<Prepared> p(new Prepared);
    p->m_prefix = EVP_MD_CTX_new();
    EVP_DigestInit_ex(p->m_prefix, EVP_sha256(), nullptr);
    const QByteArray keyBytes = key->toUtf8();
    EVP_DigestUpdate(p->m_prefix, keyBytes.constData(), std::size_t(keyBytes.size()));
    p->m_urlPrefix = baseUrl(request.environment, request.kind).toUtf8() + keyBytes;
    char separator = '?';
    for (const auto &[name, value] : request.parameters) {
        const QByteArray v = value.toUtf8();
        EVP_DigestUpdate(p->m_prefix, v.constData(), std::size_t(v.size()));
        p->m_urlPrefix += separator;
        percentEncodeTo(name.toUtf8(), p->m_urlPrefix);
        p->m_urlPrefix += '=';
        percentEncodeTo(v, p->m_urlPrefix);
        separator = '&';
    }
    p->m_hasLeading = !request.parameters.isEmpty();
    p->m_password = request.password.toUtf8();
    p->m_hashLength = request.hashLength;
    return p;
}

void PayByLinkSigner::Prepared::sign(const QList<QPair<QByteArrayView, QByteArrayView>> &parameters,
                                     QByteArray &url, QByteArray *hash) const
{
    // One context per thread, reset by each copy: no allocation per link.
    thread_local const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> owned(
        EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    EVP_MD_CTX *ctx = owned.get();
    EVP_MD_CTX_copy_ex(ctx, m_prefix);
    qsizetype size = m_urlPrefix.size() + 72;
    for (const auto &[name, value] : parameters)
        size += name.size() + 3 * value.size() + 2;
    url.resize(0);
    url.reserve(size);
    url += m_urlPrefix;
    char separator = m_hasLeading ? '&' : '?';
    for (const auto &[name, value] : parameters) {
        EVP_DigestUpdate(ctx, value.data(), std::size_t(value.size()));
        url += separator;
        percentEncodeTo(name, url);
        url += '=';
        percentEncodeTo(value, url);
        separator = '&';
    }
    EVP_DigestUpdate(ctx, m_password.constData(), std::size_t(m_password.size()));
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx, digest, &length);
    static const char hex[] = "0123456789ABCDEF";
    char full[64];
    for (unsigned int i = 0; i < length && i < 32; ++i) {
        full[2 * i] = hex[digest[i] >> 4];
        full[2 * i + 1] = hex[digest[i] & 0xf];
    }
    url += separator;
    url += "h=";
    url.append(full, m_hashLength);
    if (hash)
        *hash = QByteArray(full, 64);
}

} // namespace paylink
