#pragma once

#include <QStringList>

#include <functional>

class QLineEdit;
class QWidget;

namespace paylink {

// Secrets with white space at an end or an invisible character (SecretFile::
// check) are saved only after an explicit yes. Opens a window-modal question
// ("secretWarningBox"; buttons "saveAsTyped" and "editSecret", the latter the
// default) and returns at once; `keep` runs on yes, `edit` otherwise.
// Masks `edit` and adds a checkable reveal toggle at its end, named `revealName`.
void makeSecretField(QLineEdit *edit, const QString &revealName);

void confirmSecretsAsTyped(QWidget *parent, const QStringList &warnings, std::function<void()> keep,
                           std::function<void()> edit);

} // namespace paylink
