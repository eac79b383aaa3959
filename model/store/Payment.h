#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace paylink {

enum class Service { PayByLink, Bitrix24 };

// Stored statuses (docs/DECISIONS.md D6). `Expired` is only ever derived.
// `Unknown` is a stored text this version does not know (written by hand or
// by a newer program): shown as such, never acted on (D6).
enum class PaymentStatus { Draft, Ready, Paid, Failed, Expired, Unknown };

QString serviceName(Service service); // "paybylink", "bitrix24"
std::optional<Service> serviceFromName(const QString &name);
QString statusName(PaymentStatus status); // "draft", …, "expired"
std::optional<PaymentStatus> statusFromName(const QString &name);
QString statusDisplayName(PaymentStatus status); // translated
QString serviceDisplayName(Service service); // translated

using SignedParameters = QList<QPair<QString, QString>>;

// The longest text a payment's fields may hold, in characters (D41). They
// keep a runaway cell (a 200 MB "name") out of links, memory and the window;
// links have WebLink::kMaxBytes.
struct FieldLimits
{
    static constexpr qsizetype kOrderRef = 200;
    static constexpr qsizetype kName = 1000;
    static constexpr qsizetype kEmail = 254; // RFC 5321's longest path
    static constexpr qsizetype kPhone = 50;
    static constexpr qsizetype kDescription = 1000;
    static constexpr qsizetype kOther = 100; // currency, language, gender, ids
};

struct Payment
{
    qint64 id = 0; // 0 until stored
    Service service = Service::PayByLink;
    std::optional<qint64> profileId;
    QString profileName; // read-only, joined from profiles
    QString externalId;
    QString orderRef;
    QString customerName;
    QString email;
    QString phone;
    qint64 amountMinor = 0;
    QString currency = QStringLiteral("EUR");
    QString description;
    QString language;
    QDate expiry; // null when none
    QString link;
    QString shortLink;
    QByteArray qrPng;
    PaymentStatus status = PaymentStatus::Draft; // stored status, never Expired
    QString lastError;
    std::optional<qint64> importBatchId;
    SignedParameters signedParameters;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Raised by the database on every change of the row (D40); 0 until
    // stored. Edits and undo compare it, with the creation time (ids can be
    // reused), to refuse acting on a row that changed elsewhere.
    qint64 rowVersion = 0;
    // A newer payment for the same order that replaced this one (D40).
    std::optional<qint64> supersededBy;

    // Expired when ready with an expiry before `today`.
    PaymentStatus effectiveStatus(const QDate &today = QDate::currentDate()) const;
    // The short link when there is one, else the link.
    QString preferredLink() const { return shortLink.isEmpty() ? link : shortLink; }
    // Why the links may not be shown, drawn, copied, exported or printed
    // (WebLink's rule, D41: they may come from another program's write);
    // empty when every link it has passes.
    QString linkRefusal() const;
};

} // namespace paylink
