#include "SecretWarning.h"

#include <QAction>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

namespace paylink {

void makeSecretField(QLineEdit *edit, const QString &revealName)
{
    edit->setEchoMode(QLineEdit::Password);
    QAction *reveal =
        edit->addAction(edit->style()->standardIcon(QStyle::SP_FileDialogContentsView),
                        QLineEdit::TrailingPosition);
    reveal->setObjectName(revealName);
    reveal->setCheckable(true);
    reveal->setToolTip(QLineEdit::tr("Show the text"));
    QObject::connect(reveal, &QAction::toggled, edit, [edit](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
}

void confirmSecretsAsTyped(QWidget *parent, const QStringList &warnings, std::function<void()> keep,
                           std::function<void()> edit)
{
    auto *box = new QMessageBox(QMessageBox::Warning, parent->windowTitle(),
                                warnings.join(u'\n') + QStringLiteral("\n\n")
                                    + QMessageBox::tr("Save exactly as typed?"),
                                QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("secretWarningBox"));
    QPushButton *yes = box->addButton(QMessageBox::tr("Save as Typed"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("saveAsTyped"));
    QPushButton *no = box->addButton(QMessageBox::tr("Edit"), QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("editSecret"));
    box->setDefaultButton(no);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, parent,
                     [box, yes, keep = std::move(keep), edit = std::move(edit)] {
                         if (box->clickedButton() == yes)
                             keep();
                         else
                             edit();
                     });
    box->open();
}

} // namespace paylink
