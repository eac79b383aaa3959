#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace paylink {

class PaymentTableModel;

// The search box and the payments table, with an empty-state hint.
class PaymentsView : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentsView(QWidget *parent = nullptr);

    void setModel(PaymentTableModel *model);
    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    QString searchText() const;

    qint64 currentId() const;
    QList<qint64> selectedIds() const;
    // Selects the row of `id` if it is loaded; returns whether it was found.
    bool selectId(qint64 id);

signals:
    // The search text settled (debounced while typing).
    void searchChanged(const QString &text);
    void currentPaymentChanged(qint64 id);
    void contextMenuRequested(const QPoint &globalPos);
    void activated(qint64 id);

private:
    void updateEmptyState();

    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_empty;
    QTimer *m_searchDelay;
    PaymentTableModel *m_model = nullptr;
};

} // namespace paylink
