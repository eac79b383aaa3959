#pragma once

#include "Payment.h"

#include <QJsonObject>
#include <QStringList>

namespace paylink {

// The machine form of a payment, shared by `list --json`, `export` and the
// GUI's export (CLI.md): the same field names, in this order.
class PaymentRecord
{
public:
    static QStringList fieldNames();
    // Text values in fieldNames() order; amounts in minor units, dates ISO 8601.
    static QStringList values(const Payment &payment);
    static QJsonObject toJson(const Payment &payment);
};

} // namespace paylink
