#pragma once

#include <QKeySequence>
#include <QString>

class QAction;
class QLineEdit;
class QWidget;

namespace paylink {

// An action of `owner` (which parents it and takes it among its actions, so
// its shortcut works anywhere in that window), with a themed icon and, when it
// has a shortcut, a tooltip that names it: "Import CSV… (Ctrl+I)".
QAction *makeAction(QWidget *owner, const QString &objectName, const QString &text,
                    const QString &icon, const QKeySequence &shortcut = {});

// A line edit of `parent`, named for tests and with a placeholder.
QLineEdit *makeLineEdit(QWidget *parent, const QString &objectName,
                        const QString &placeholder = {});

} // namespace paylink
