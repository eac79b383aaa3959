#include "PaymentCommands.h"

#include "store/PaymentStore.h"

#include <QCoreApplication>

namespace paylink {

namespace {

QList<qint64> idsOf(const QList<Payment> &payments)
{
    QList<qint64> ids;
    ids.reserve(payments.size());
    for (const Payment &p : payments)
        ids << p.id;
    return ids;
}

// Runs `write`; on failure reports it and marks `command` obsolete.
void apply(QUndoCommand *command, const CommandContext &context, const Status &result)
{
    if (result) {
        if (context.changed)
            context.changed();
        return;
    }
    command->setObsolete(true);
    if (context.failed)
        context.failed(result.error().message);
}

} // namespace

AddPaymentCommand::AddPaymentCommand(CommandContext context, const Payment &payment,
                                     std::shared_ptr<qint64> added)
    : m_context(std::move(context))
    , m_payment(payment)
    , m_added(std::move(added))
{
    setText(QCoreApplication::translate("paylink::PaymentCommands", "Add payment"));
}

void AddPaymentCommand::redo()
{
    const Status s = PaymentStore(*m_context.db).insert(m_payment, m_done);
    if (s && !m_done && m_added)
        *m_added = m_payment.id;
    m_done = m_done || s.ok();
    apply(this, m_context, s);
}

void AddPaymentCommand::undo()
{
    apply(this, m_context, PaymentStore(*m_context.db).remove({ m_payment.id }));
}

EditPaymentCommand::EditPaymentCommand(CommandContext context, const Payment &before,
                                       const Payment &after)
    : m_context(std::move(context))
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("paylink::PaymentCommands", "Edit payment"));
}

void EditPaymentCommand::redo()
{
    apply(this, m_context, PaymentStore(*m_context.db).update(m_after));
}

void EditPaymentCommand::undo()
{
    apply(this, m_context, PaymentStore(*m_context.db).update(m_before));
}

DeletePaymentsCommand::DeletePaymentsCommand(CommandContext context, const QList<Payment> &payments)
    : m_context(std::move(context))
    , m_payments(payments)
{
    setText(QCoreApplication::translate("paylink::PaymentCommands", "Delete %n payment(s)", nullptr,
                                        int(payments.size())));
}

void DeletePaymentsCommand::redo()
{
    apply(this, m_context, PaymentStore(*m_context.db).remove(idsOf(m_payments)));
}

void DeletePaymentsCommand::undo()
{
    QList<Payment> restored = m_payments;
    apply(this, m_context, PaymentStore(*m_context.db).insertAll(restored, true));
}

MarkPaidCommand::MarkPaidCommand(CommandContext context, const QList<Payment> &before, bool paid)
    : m_context(std::move(context))
    , m_before(before)
    , m_paid(paid)
{
    setText(
        paid ? QCoreApplication::translate("paylink::PaymentCommands", "Mark %n payment(s) paid",
                                           nullptr, int(before.size()))
             : QCoreApplication::translate("paylink::PaymentCommands", "Mark %n payment(s) unpaid",
                                           nullptr, int(before.size())));
}

void MarkPaidCommand::redo()
{
    apply(this, m_context, PaymentStore(*m_context.db).markPaid(idsOf(m_before), m_paid));
}

void MarkPaidCommand::undo()
{
    PaymentStore store(*m_context.db);
    for (Payment p : m_before) {
        if (Status s = store.update(p); !s) {
            apply(this, m_context, s);
            return;
        }
    }
    apply(this, m_context, success());
}

} // namespace paylink
