#pragma once

#include "PayByLinkSigner.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace paylink {

// The payment fields a PayByLink link can carry (CLI.md's FIELD names).
enum class PayByLinkField {
    Order,
    Amount,
    Currency,
    Name,
    Email,
    Phone,
    Description,
    Expiry,
    Language,
    Gender,
};

QString fieldKey(PayByLinkField field); // "order", "amount", …
std::optional<PayByLinkField> fieldFromKey(const QString &key);
QString fieldDisplayName(PayByLinkField field); // translated
// The same inside a sentence: lower case, unless the language's catalogue
// says "as-is" (German nouns keep their capital letter).
QString fieldInSentence(PayByLinkField field);
const QList<PayByLinkField> &allFields();

// One payment field placed in the link: the URL parameter name the merchant's
// mapping template expects. Position is the place in the profile's list.
struct FieldMapping
{
    PayByLinkField field;
    QString parameter; // empty: the field is left out of the link
};

// A PayByLink profile without its password (docs/DECISIONS.md D23). The
// password lives in the keychain under SecretStore::profileKey(uid, "password").
struct PayByLinkProfile
{
    Q_DECLARE_TR_FUNCTIONS(paylink::PayByLinkProfile)

public:
    enum class AmountFormat { DecimalComma, DecimalPoint, MinorUnits }; // 28,50 | 28.50 | 2850
    enum class DateFormat { Dashed, Compact }; // 2016-02-29 | 20160229

    qint64 id = 0;
    QString uid;
    QString name;
    PayByLinkSigner::Environment environment = PayByLinkSigner::Environment::Test;
    PayByLinkSigner::Kind kind = PayByLinkSigner::Kind::Payment;
    QString entityKey;
    QString user;
    QString mappingTemplate;
    QString expiredUrl;
    QString errorUrl;
    QList<FieldMapping> mapping = defaultMapping(); // in URL order
    AmountFormat amountFormat = AmountFormat::DecimalComma;
    DateFormat dateFormat = DateFormat::Dashed;
    QString defaultCurrency = QStringLiteral("EUR");
    int hashLength = 64;
    bool shortAlias = false; // opt-in, unconfirmed: the spbl.eu form as the short link

    // The manual's example: L, C, A, Ex, Or, Pn, G, N, M, P.
    static QList<FieldMapping> defaultMapping();
    QString parameterFor(PayByLinkField field) const;

    // Every problem names its field; the entity key is normalised.
    Status validate() const;

    QJsonObject toJson() const; // no secret, ever
    static Result<PayByLinkProfile> fromJson(const QJsonObject &json);

    // The fixed parameters that open every link: mt, u, exu, eru when set.
    SignedParameters leadingParameters() const;
};

} // namespace paylink
