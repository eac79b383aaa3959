#include "ProfileListDialog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace paylink {

void runProfileListDialog(QWidget *parent, const QString &objectName, const QString &title,
                          const ProfileListSource &source)
{
    QDialog dialog(parent);
    dialog.setObjectName(objectName);
    dialog.setWindowTitle(title);
    auto *list = new QListWidget(&dialog);
    list->setObjectName(objectName + QStringLiteral("List"));
    const auto fill = [list, &source] {
        list->clear();
        for (const auto &[text, id] : source.items()) {
            auto *item = new QListWidgetItem(text, list);
            item->setData(Qt::UserRole, id);
        }
    };
    fill();
    auto *add = new QPushButton(QDialog::tr("&Add…"), &dialog);
    auto *edit = new QPushButton(QDialog::tr("&Edit…"), &dialog);
    auto *remove = new QPushButton(QDialog::tr("&Remove"), &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    const auto current = [list]() -> std::optional<qint64> {
        if (!list->currentItem())
            return std::nullopt;
        return list->currentItem()->data(Qt::UserRole).toLongLong();
    };
    QObject::connect(add, &QPushButton::clicked, &dialog, [&] {
        if (source.edit(&dialog, std::nullopt))
            fill();
    });
    QObject::connect(edit, &QPushButton::clicked, &dialog, [&] {
        if (const auto id = current(); id && source.edit(&dialog, id))
            fill();
    });
    QObject::connect(list, &QListWidget::itemActivated, edit, &QPushButton::click);
    QObject::connect(remove, &QPushButton::clicked, &dialog, [&] {
        const auto id = current();
        if (!id)
            return;
        if (QMessageBox::question(&dialog, remove->text().remove(u'&'), source.removeQuestion(*id))
            != QMessageBox::Yes)
            return;
        if (Status s = source.remove(*id); !s)
            QMessageBox::warning(&dialog, title, s.error().message);
        fill();
    });
    auto *side = new QVBoxLayout;
    side->addWidget(add);
    side->addWidget(edit);
    side->addWidget(remove);
    side->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(list, 1);
    row->addLayout(side);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(row);
    layout->addWidget(buttons);
    dialog.exec();
}

} // namespace paylink
