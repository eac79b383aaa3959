#include "Actions.h"

#include <QAction>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QWidget>

namespace paylink {

QAction *makeAction(QWidget *owner, const QString &objectName, const QString &text,
                    const QString &icon, const QKeySequence &shortcut)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, owner);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            QString(text).remove(u'&'), shortcut.toString(QKeySequence::NativeText)));
    }
    owner->addAction(action);
    return action;
}

QLabel *makeBuddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QLineEdit *makeLineEdit(QWidget *parent, const QString &objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace paylink
