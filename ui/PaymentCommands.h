#pragma once

#include "store/Payment.h"

#include <QList>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace paylink {

class Database;

// What the undoable commands need: the database, and whom to tell.
struct CommandContext
{
    Database *db = nullptr;
    std::function<void()> changed; // after every successful write
    std::function<void(const QString &)> failed; // a write failed; nothing changed
};

// Each command writes through PaymentStore and can be undone. A command whose
// first write fails marks itself obsolete, so the undo stack drops it.
class AddPaymentCommand : public QUndoCommand
{
public:
    // `added` receives the new id after the first successful write; it may
    // outlive this command, so it is shared.
    AddPaymentCommand(CommandContext context, const Payment &payment,
                      std::shared_ptr<qint64> added = {});
    void redo() override;
    void undo() override;

private:
    CommandContext m_context;
    Payment m_payment;
    std::shared_ptr<qint64> m_added;
    bool m_done = false;
};

class EditPaymentCommand : public QUndoCommand
{
public:
    // `text` names the edit in the Edit menu ("Edit payment" when empty).
    EditPaymentCommand(CommandContext context, const Payment &before, const Payment &after,
                       const QString &text = {});
    void redo() override;
    void undo() override;

private:
    CommandContext m_context;
    Payment m_before;
    Payment m_after;
};

class DeletePaymentsCommand : public QUndoCommand
{
public:
    // `payments` are whole rows (with QR images), read before deleting.
    DeletePaymentsCommand(CommandContext context, const QList<Payment> &payments);
    void redo() override;
    void undo() override;

private:
    CommandContext m_context;
    QList<Payment> m_payments;
};

class MarkPaidCommand : public QUndoCommand
{
public:
    MarkPaidCommand(CommandContext context, const QList<Payment> &before, bool paid);
    void redo() override;
    void undo() override;

private:
    CommandContext m_context;
    QList<Payment> m_before;
    bool m_paid;
};

// An import that has been committed: undo deletes exactly its payments, and
// only while none of them changed elsewhere. It cannot be redone.
class ImportCommand : public QUndoCommand
{
public:
    ImportCommand(CommandContext context, qint64 batchId, qint64 rows, const QString &source);
    void redo() override;
    void undo() override;

private:
    CommandContext m_context;
    qint64 m_batchId;
};

} // namespace paylink
