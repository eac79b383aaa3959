#pragma once

#include "PayByLinkProfile.h"
#include "store/Payment.h"

#include <QDate>

#include <array>
#include <functional>

namespace paylink {

// The typed values of one PayByLink payment, checked, before they are formatted
// into a profile's parameters. Money is minor units, never floating point.
struct PayByLinkOrder
{
    QString orderRef;
    qint64 amountMinor = 0;
    QString currency;
    QString name;
    QString email;
    QString phone;
    QString description;
    QDate expiry; // null: none
    QString language; // "nl-NL"
    QString gender;
};

// Turns typed text (dialog, CLI flags, CSV cells) into a PayByLinkOrder, and an
// order into a profile's parameters, signed link and ready payment.
class PayByLinkOrders
{
    Q_DECLARE_TR_FUNCTIONS(paylink::PayByLinkOrders)

public:
    struct Problem
    {
        PayByLinkField field;
        QString message; // names the field with the label given to parse()
    };
    // How a field is named in messages: a flag, a CSV column, a dialog label.
    using Labeler = std::function<QString(PayByLinkField)>;

    struct Input
    {
        std::array<QString, 10> text; // by field (PayByLinkField's order)
        void set(PayByLinkField field, const QString &value) { text[std::size_t(field)] = value; }
        const QString &value(PayByLinkField field) const { return text[std::size_t(field)]; }
        bool amountIsMinor = false; // the amount is integer minor units ("2850")
        QString defaultCurrency = QStringLiteral("EUR");
        QDate today = QDate::currentDate(); // expiries before it are refused
    };

    // Every problem found, in field order; `order` is complete when none.
    static QList<Problem> parse(const Input &input, const Labeler &label, PayByLinkOrder *order);
    // One field alone (inline validation in the dialog); an empty message when fine.
    static QString check(PayByLinkField field, const Input &input, const Labeler &label);

    static Result<QDate> parseDate(const QString &text, const QString &label);

    static QString formatAmount(qint64 minor, const QString &currency,
                                PayByLinkProfile::AmountFormat format);
    static QString formatDate(const QDate &date, PayByLinkProfile::DateFormat format);
    // The same as ASCII bytes (the bulk import signs bytes).
    static QByteArray formatAmountAscii(qint64 minor, const QString &currency,
                                        PayByLinkProfile::AmountFormat format);
    static QByteArray formatDateAscii(const QDate &date, PayByLinkProfile::DateFormat format);

    // A field's value as the profile writes it in links; empty when none.
    static QString valueOf(const PayByLinkOrder &order, PayByLinkField field,
                           const PayByLinkProfile &profile);
    // URL order: the profile's mt, u, exu, eru; then each mapped field that has
    // a value, in mapping order; then `extra` (raw, as given).
    static SignedParameters parameters(const PayByLinkProfile &profile, const PayByLinkOrder &order,
                                       const SignedParameters &extra = {});

    static PayByLinkSigner::Request request(const PayByLinkProfile &profile,
                                            const QString &password, SignedParameters parameters);

    // A ready payment with its signed link (and the spbl.eu alias as short link
    // when the profile opts in), the profile id and the signed parameters.
    static Result<Payment> makePayment(const PayByLinkProfile &profile, const QString &password,
                                       const PayByLinkOrder &order,
                                       const SignedParameters &extra = {});

    // Signs the manual's own example through this same path (default mapping,
    // decimal comma, dashed dates) and says whether it gives the published
    // hash: the profile dialog's self-test.
    static bool selfTest(QString *hash = nullptr);
    static QString manualHash();

private:
    struct Parsed; // what checking a field parsed, for parse()
    static QString checkField(PayByLinkField field, const Input &input, const Labeler &label,
                              const QString &currency, Parsed *parsed);
};

} // namespace paylink
