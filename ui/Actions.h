#pragma once

#include <QKeySequence>
#include <QString>

class QAction;
class QLabel;
class QLineEdit;
class QWidget;

namespace paylink {

// An action of `owner` (which parents it and takes it among its actions, so
// its shortcut works anywhere in that window), with a themed icon and, when it
// has a shortcut, a tooltip that names it: "Import CSV… (Ctrl+I)".
QAction *makeAction(QWidget *owner, const QString &objectName, const QString &text,
                    const QString &icon, const QKeySequence &shortcut = {});

// A form label whose mnemonic ("&Amount:") moves the focus to `buddy`. A
// QFormLayout sets the buddy itself only when the field is one widget; for
// a row of several (a field and its button) the label needs it given, or it
// shows a literal "&".
QLabel *makeBuddyLabel(const QString &text, QWidget *buddy, QWidget *parent);

// A line edit of `parent`, named for tests and with a placeholder.
QLineEdit *makeLineEdit(QWidget *parent, const QString &objectName,
                        const QString &placeholder = {});

} // namespace paylink
