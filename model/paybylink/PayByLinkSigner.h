#pragma once

#include "core/Result.h"
#include "store/Payment.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

struct evp_md_ctx_st; // OpenSSL's EVP_MD_CTX

namespace paylink {

// Builds and signs PayByLink createUrl links locally (no network): a pure
// function of base, kind, entity key, ordered parameters, password and hash
// length. The rule, checked against the manual's own vector: h is the
// upper-case hex SHA-256 over the UTF-8 bytes of the entity key as written in
// the link's path, then every parameter value in URL order (raw, unencoded, no
// names or separators), then the API password.
class PayByLinkSigner
{
    Q_DECLARE_TR_FUNCTIONS(paylink::PayByLinkSigner)

public:
    enum class Environment { Test, Production };
    enum class Kind { Payment, Mandate };

    struct Request
    {
        Environment environment = Environment::Test;
        Kind kind = Kind::Payment;
        QString entityKey; // a GUID; normalised to lower case
        SignedParameters parameters; // in URL order, without h
        QString password;
        int hashLength = 64; // 64 (safest) or 10
    };

    struct Link
    {
        QString url;
        QString hash; // all 64 characters
    };

    static Result<Link> sign(const Request &request);

    // The unconfirmed spbl.eu short alias (production only): no "?" after the
    // key written without dashes, lower-case parameter names, a 10-character
    // hash over that key. No published vector confirms it.
    static Result<Link> signShortAlias(const Request &request);

    // Lower-case GUID with dashes, or an error naming the field.
    static Result<QString> normaliseEntityKey(const QString &key);
    static QString baseUrl(Environment environment, Kind kind);
    // Upper-case hex SHA-256 of key + values + password (UTF-8), via OpenSSL.
    static QString hash(const QString &keyAsInPath, const SignedParameters &parameters,
                        const QString &password);
    // UTF-8 bytes, RFC 3986 unreserved characters literal, everything else %XX.
    static QString percentEncode(const QString &value);
    // The parameters of a signed link, decoded, in URL order, without h: what
    // sign() was given (docs/DECISIONS.md D25).
    static SignedParameters parametersOf(const QString &url);
    // The same on UTF-8 bytes, appended to `out`.
    static void percentEncodeTo(QByteArrayView utf8, QByteArray &out);

    // Signs many links that share their leading parameters (mt, u, exu, eru)
    // fast: the hash state over the key and those values, and the URL up to
    // them, are computed once. Gives byte for byte what sign() gives.
    class Prepared
    {
    public:
        Prepared(const Prepared &) = delete;
        Prepared &operator=(const Prepared &) = delete;
        Prepared(Prepared &&other) noexcept;
        ~Prepared();

        // `request.parameters` are the leading ones.
        static Result<std::unique_ptr<Prepared>> prepare(const Request &request);

        // Writes into `url` the URL (UTF-8) of the leading parameters
        // followed by `parameters` (UTF-8 name, value), with h; what `url`
        // held goes, its memory stays. `hash` gets all 64 hex characters.
        // Thread-safe: each call uses its own hash state.
        void sign(const QList<QPair<QByteArrayView, QByteArrayView>> &parameters, QByteArray &url,
                  QByteArray *hash = nullptr) const;

    private:
        Prepared() = default;
        ::evp_md_ctx_st *m_prefix = nullptr;
        QByteArray m_urlPrefix; // base, key and the leading parameters
        QByteArray m_password;
        int m_hashLength = 64;
        bool m_hasLeading = false;
    };
};

} // namespace paylink
