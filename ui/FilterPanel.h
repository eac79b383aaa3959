#pragma once

#include "store/PaymentFilter.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;

namespace paylink {

// The left-hand filters: service, status and a created-date range.
class FilterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FilterPanel(QWidget *parent = nullptr);

    // Writes the panel's conditions into `filter` (search and ids untouched).
    void applyTo(PaymentFilter &filter) const;
    void reset();

signals:
    void filterChanged();

private:
    QButtonGroup *m_service;
    QComboBox *m_status;
    QCheckBox *m_fromCheck;
    QDateEdit *m_from;
    QCheckBox *m_toCheck;
    QDateEdit *m_to;
};

} // namespace paylink
