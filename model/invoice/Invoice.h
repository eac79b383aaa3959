#pragma once

#include "store/Payment.h"

#include <QImage>
#include <QLocale>
#include <QString>

namespace paylink {

// Who sends the invoices: from the preferences.
struct Merchant
{
    QString name;
    QString address;
    QImage logo; // optional
};

// One QR invoice as it is printed: every text already formatted for the
// locale, plus the text the QR code carries.
struct Invoice
{
    QString title; // "Invoice INV-17"
    QString customer;
    QString amount;
    QString description;
    QString expiry; // empty when there is none
    QString linkText; // printed under the code
    QString qrText; // what the code encodes: the short link, else the link
    QString linkRefusal; // why there is no code: a link breaks the rule of D41

    static Invoice fromPayment(const Payment &payment, const QLocale &locale = QLocale());
};

} // namespace paylink
