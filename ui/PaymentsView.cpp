#include "PaymentsView.h"

#include "core/Money.h"
#include "store/PaymentTableModel.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace paylink {

PaymentsView::PaymentsView(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_emptyPanel(new QWidget(this))
    , m_empty(new QLabel(m_emptyPanel))
    , m_startButtons(new QWidget(m_emptyPanel))
    , m_searchDelay(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search order, customer or e-mail (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    layout->addWidget(m_search);

    m_table->setObjectName(QStringLiteral("paymentsTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(PaymentTableModel::CreatedColumn,
                                                  Qt::DescendingOrder);
    layout->addWidget(m_table, 1);

    m_empty->setObjectName(QStringLiteral("emptyStateLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setTextInteractionFlags(Qt::NoTextInteraction);
    m_startButtons->setObjectName(QStringLiteral("startButtons"));
    auto *buttons = new QHBoxLayout(m_startButtons);
    buttons->addStretch();
    buttons->addStretch();
    auto *emptyLayout = new QVBoxLayout(m_emptyPanel);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_empty);
    emptyLayout->addWidget(m_startButtons);
    emptyLayout->addStretch();
    layout->addWidget(m_emptyPanel, 1);
    m_emptyPanel->hide();

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        emit searchChanged(searchText());
    });
    connect(m_searchDelay, &QTimer::timeout, this, [this] { emit searchChanged(searchText()); });
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        emit contextMenuRequested(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit activated(index.data(PaymentTableModel::IdRole).toLongLong());
    });
}

QString PaymentsView::searchText() const
{
    return m_search->text().trimmed();
}

void PaymentsView::setStartActions(const QList<std::pair<QString, QAction *>> &actions)
{
    auto *layout = static_cast<QHBoxLayout *>(m_startButtons->layout());
    for (const auto &[text, action] : actions) {
        auto *button = new QPushButton(text, m_startButtons);
        button->setObjectName(QStringLiteral("start_") + action->objectName());
        button->setIcon(action->icon());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        // The last stretch stays last: the buttons sit in the middle.
        layout->insertWidget(layout->count() - 1, button);
    }
}

void PaymentsView::setModel(PaymentTableModel *model)
{
    m_model = model;
    m_table->setModel(model);
    if (!model)
        return;
    m_table->setSortingEnabled(true);
    // Widths for a first start; the window restores the merchant's own after.
    // Amounts and dates get the width of the longest they show in this
    // locale, so that none is cut (issue 20); the text columns a share.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int em = metrics.horizontalAdvance(u'M');
    const int padding = 2 * em;
    const QLocale locale;
    const int widths[] = { 11 * em, 12 * em, 14 * em, 9 * em, 7 * em, 6 * em, 8 * em, 10 * em };
    for (int column = 0; column < PaymentTableModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);
    const QDateTime longest(QDate(2026, 12, 28), QTime(23, 58, 58));
    m_table->setColumnWidth(PaymentTableModel::AmountColumn,
                            std::max(widths[PaymentTableModel::AmountColumn],
                                     metrics.horizontalAdvance(Money::format(
                                         qint64(999'999'999), QStringLiteral("EUR"), locale))
                                         + padding));
    m_table->setColumnWidth(
        PaymentTableModel::ExpiryColumn,
        std::max(widths[PaymentTableModel::ExpiryColumn],
                 metrics.horizontalAdvance(locale.toString(longest.date(), QLocale::ShortFormat))
                     + padding));
    m_table->setColumnWidth(
        PaymentTableModel::CreatedColumn,
        std::max(widths[PaymentTableModel::CreatedColumn],
                 metrics.horizontalAdvance(locale.toString(longest, QLocale::ShortFormat))
                     + padding));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PaymentsView::announceCurrent);
    // A reload keeps the selected payment, wherever the new order puts it.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (!m_wanted)
            m_wanted = currentId();
    });
    connect(model, &QAbstractItemModel::modelReset, this, &PaymentsView::updateEmptyState);
    connect(model, &PaymentTableModel::reloaded, this, &PaymentsView::settleSelection);
    connect(model, &PaymentTableModel::located, this, [this](qint64 id, int row) {
        if (m_wanted != id)
            return;
        m_wanted.reset();
        selectRow(std::max(row, 0));
    });
    // The current row's payment arrives after the row was made current.
    connect(model, &PaymentTableModel::rowsRead, this, [this](int first, int last) {
        const int row = m_table->currentIndex().row();
        if (row >= first && row <= last)
            announceCurrent();
    });
    updateEmptyState();
}

void PaymentsView::announceCurrent()
{
    const qint64 id = currentId();
    if (id == m_announced)
        return;
    m_announced = id;
    emit currentPaymentChanged(id);
}

void PaymentsView::selectRow(int row)
{
    if (!m_model || row >= m_model->rowCount()) {
        announceCurrent();
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    // Also when it is the same payment: a reload may bring it changed.
    m_announced = -1;
    announceCurrent();
}

void PaymentsView::settleSelection()
{
    if (!m_model || !m_wanted || m_model->isLoading())
        return;
    const qint64 id = *m_wanted;
    if (id > 0) {
        if (const int row = m_model->rowOfId(id); row >= 0) {
            m_wanted.reset();
            selectRow(row);
        } else {
            m_model->locate(id); // located() selects it
        }
        return;
    }
    m_wanted.reset();
    selectRow(0);
}

void PaymentsView::selectFirst()
{
    m_wanted = 0;
    settleSelection();
}

void PaymentsView::updateEmptyState()
{
    // Not while the first rows are being read: that is not an empty table.
    const bool empty = m_model && m_model->rowCount() == 0 && !m_model->isLoading();
    const bool start = empty && m_model->filter().isEmpty();
    if (start)
        m_empty->setText(
            tr("<p><b>No payments yet.</b></p>"
               "<p>Make a payment link for one customer, bring in many from a CSV file, or "
               "connect a Bitrix24 portal and get its links. The <b>paylink</b> command does "
               "the same from scripts.</p>"));
    else if (empty)
        m_empty->setText(tr("<p><b>No payment matches the search and filters.</b></p>"
                            "<p>Clear the search (Esc) or the filters to see all payments.</p>"));
    m_startButtons->setVisible(start);
    m_emptyPanel->setVisible(empty);
    m_table->setVisible(!empty);
    if (!empty || !m_model)
        return;
    announceCurrent();
}

qint64 PaymentsView::currentId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(PaymentTableModel::IdRole).toLongLong() : 0;
}

QList<qint64> PaymentsView::selectedIds() const
{
    QList<qint64> ids;
    if (!m_table->selectionModel())
        return ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(PaymentTableModel::IdRole).toLongLong();
    if (ids.isEmpty() && currentId() > 0)
        ids << currentId();
    return ids;
}

bool PaymentsView::selectId(qint64 id)
{
    if (!m_model || id <= 0)
        return false;
    if (!m_model->isLoading() && currentId() == id) {
        m_wanted.reset();
        return true;
    }
    m_wanted = id;
    settleSelection();
    return !m_wanted && currentId() == id;
}

} // namespace paylink
