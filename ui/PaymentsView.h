#pragma once

#include <QList>
#include <QWidget>

#include <optional>
#include <utility>

class QAction;
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
    // The ways to start that an empty database offers as buttons: a text
    // and the action each button triggers.
    void setStartActions(const QList<std::pair<QString, QAction *>> &actions);
    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    QString searchText() const;

    qint64 currentId() const;
    QList<qint64> selectedIds() const;
    // Selects payment `id`: at once when its row is read (returning true),
    // else once the table has found it, after a reload under way. Without
    // `id` in the table, the first row is selected.
    bool selectId(qint64 id);
    // Selects the first row once the reload under way is in (after a search).
    void selectFirst();

signals:
    // The search text settled (debounced while typing).
    void searchChanged(const QString &text);
    void currentPaymentChanged(qint64 id);
    void contextMenuRequested(const QPoint &globalPos);
    void activated(qint64 id);

private:
    void updateEmptyState();
    void settleSelection();
    void selectRow(int row);
    void announceCurrent();

    QLineEdit *m_search;
    QTableView *m_table;
    QWidget *m_emptyPanel;
    QLabel *m_empty;
    QWidget *m_startButtons;
    QTimer *m_searchDelay;
    PaymentTableModel *m_model = nullptr;
    // A selection to make once the rows are in: the id, or 0 for the first row.
    std::optional<qint64> m_wanted;
    qint64 m_announced = -1; // the id last sent by currentPaymentChanged
};

} // namespace paylink
