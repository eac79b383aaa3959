#pragma once

// Waiting for the payments table, which reads on threads of its own (D43).
#include "store/PaymentTableModel.h"

#include <QTest>

namespace paylink::test {

// Until the reload, filter or sort under way is in.
inline bool waitLoaded(const PaymentTableModel &model, int ms = 20000)
{
    return QTest::qWaitFor([&model] { return !model.isLoading(); }, ms);
}

// The payment of `row`, once its page is read; nullptr when it never comes.
inline const Payment *waitRow(const PaymentTableModel &model, int row, int ms = 20000)
{
    const Payment *p = nullptr;
    if (!QTest::qWaitFor([&] { return (p = model.paymentAt(row)) != nullptr; }, ms))
        return nullptr;
    return p;
}

// Selects payment `id` in a PaymentsView and waits until it is current.
template<typename View> bool select(View &view, qint64 id, int ms = 20000)
{
    view.selectId(id);
    return QTest::qWaitFor([&] { return view.currentId() == id; }, ms);
}

} // namespace paylink::test
