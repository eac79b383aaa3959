#include "PaymentCommands.h"

#include "store/PaymentStore.h"

#include <QCoreApplication>

namespace paylink {

namespace {

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
    // Again after an undo: the same id and creation time, version 1.
    const Status s = PaymentStore(*m_context.db).insert(m_payment, m_done);
    if (s && !m_done && m_added)
        *m_added = m_payment.id;
    m_done = m_done || s.ok();
    apply(this, m_context, s);
}

void AddPaymentCommand::undo()
{
    // Only the payment as this command left it: not one changed since, nor
    // another that got its id.
    apply(this, m_context, PaymentStore(*m_context.db).removeUnchanged({ m_payment }));
}

EditPaymentCommand::EditPaymentCommand(CommandContext context, const Payment &before,
                                       const Payment &after, const QString &text)
    : m_context(std::move(context))
    , m_before(before)
    , m_after(after)
{
    // What the dialogs do not show stays as the row has it.
    m_after.rowVersion = m_before.rowVersion;
    m_after.createdAt = m_before.createdAt;
    m_after.supersededBy = m_before.supersededBy;
    setText(text.isEmpty() ? QCoreApplication::translate("paylink::PaymentCommands", "Edit payment")
                           : text);
}

void EditPaymentCommand::redo()
{
    const Status s = PaymentStore(*m_context.db).update(m_after);
    m_before.rowVersion = m_after.rowVersion;
    apply(this, m_context, s);
}

void EditPaymentCommand::undo()
{
    const Status s = PaymentStore(*m_context.db).update(m_before);
    m_after.rowVersion = m_before.rowVersion;
    apply(this, m_context, s);
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
    apply(this, m_context, PaymentStore(*m_context.db).removeUnchanged(m_payments));
}

void DeletePaymentsCommand::undo()
{
    QList<Payment> restored = m_payments;
    const Status s = PaymentStore(*m_context.db).insertAll(restored, true);
    if (s)
        m_payments = restored; // version 1 again
    apply(this, m_context, s);
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
    QList<Payment> after = m_before;
    const Status s = PaymentStore(*m_context.db).markPaid(after, m_paid);
    if (s)
        for (qsizetype i = 0; i < after.size(); ++i)
            m_before[i].rowVersion = after.at(i).rowVersion;
    apply(this, m_context, s);
}

void MarkPaidCommand::undo()
{
    // Every row back to what it was, over the row as redo() left it: all of
    // them, or none when one changed elsewhere.
    QList<Payment> restored = m_before;
    const Status s = PaymentStore(*m_context.db).updateAll(restored);
    if (s)
        m_before = restored;
    apply(this, m_context, s);
}

ImportCommand::ImportCommand(CommandContext context, qint64 batchId, qint64 rows,
                             const QString &source)
    : m_context(std::move(context))
    , m_batchId(batchId)
{
    setText(QCoreApplication::translate("paylink::PaymentCommands", "Import of %1 (%n payment(s))",
                                        nullptr, int(rows))
                .arg(source));
}

void ImportCommand::redo()
{
    // The first time, the import has already been committed; an undone
    // import is not kept in memory to be redone (it may be 200,000 rows),
    // so undo() removes this command from the stack.
}

void ImportCommand::undo()
{
    // Undone or refused, the step leaves the stack: there is nothing to redo.
    setObsolete(true);
    apply(this, m_context, PaymentStore(*m_context.db).removeUnchangedImport(m_batchId));
}

} // namespace paylink
