#pragma once

#include <QLabel>
#include <QStringList>
#include <QTextDocument>
#include <QWidget>

namespace paylink::test {

// The labels under `root` that show a mnemonic ("&Amount:") but have no
// buddy: Qt draws their "&" literally and the shortcut goes nowhere.
inline QStringList mnemonicsWithoutBuddy(const QWidget *root)
{
    QStringList found;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        QString text = label->text();
        text.replace(QLatin1String("&&"), QString());
        const bool rich = label->textFormat() == Qt::RichText
            || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        if (!rich && text.contains(u'&') && !label->buddy())
            found << label->text();
    }
    return found;
}

} // namespace paylink::test
