#pragma once

#include "core/Result.h"

#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace paylink {

// The list of saved profiles or portals with Add, Edit and Remove, shared by
// PayByLink and Bitrix24. Runs modally until closed.
struct ProfileListSource
{
    std::function<QList<QPair<QString, qint64>>()> items; // shown text, id
    // Adds (no id) or edits; true when something was saved.
    std::function<bool(QWidget *parent, std::optional<qint64> id)> edit;
    std::function<QString(qint64 id)> removeQuestion;
    std::function<Status(qint64 id)> remove;
};

void runProfileListDialog(QWidget *parent, const QString &objectName, const QString &title,
                          const ProfileListSource &source);

} // namespace paylink
