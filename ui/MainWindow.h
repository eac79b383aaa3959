#pragma once

#include "invoice/InvoiceRenderer.h"
#include "settings/Settings.h"
#include "store/Payment.h"
#include "store/PaymentFilter.h"

#include <QMainWindow>

#include <atomic>
#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QUndoStack;

namespace paylink {

class ChangeWatcher;
class Database;
class DetailPanel;
class FilterPanel;
class JobProgress;
class JobRunner;
class Bitrix24Controller;
class PayByLinkController;
class PaymentTableModel;
class PaymentsView;
class QrPanel;
struct CommandContext;

// Wires the components: actions and menus, the payments view, filters, detail
// panel, status bar and background jobs. The work itself is in model/ and the
// widgets; this class only connects them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    PaymentsView *paymentsView() const { return m_view; }
    PaymentTableModel *paymentModel() const { return m_model; }
    QrPanel *qrPanel() const { return m_qrPanel; }
    PayByLinkController *payByLink() const { return m_payByLink; }
    Bitrix24Controller *bitrix24() const { return m_bitrix24; }
    QUndoStack *undoStack() const { return m_undo; }
    Database &database() const { return *m_db; }

    // The actions, by job (also reachable through findChild by objectName).
    void addPayment();
    void editPayment();
    void deleteSelected();
    void markSelected(bool paid);
    void copyShortLink();
    void copyLink();
    void openInBrowser();
    void exportCsv();
    // Writes the payments of the current view to `path` on a worker thread.
    void exportCsvTo(const QString &path);
    void printInvoices();
    // Writes QR invoices to `path` on a worker thread (used by printInvoices).
    void writeInvoicesPdf(const QString &path, const QList<qint64> &ids,
                          const PaymentFilter &filter, const InvoiceRenderer::Options &options);
    void backupDatabase();
    void restoreDatabase();
    void showPreferences();
    void copyDiagnostics();
    void refresh();
    // File > Quit: asks first when a job is running (see confirmStopJob).
    void quit();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void attachDatabase(std::unique_ptr<Database> db);
    void applyFilter();
    void updateActions();
    void updateDetail();
    void updateTotals();
    void checkDatabase();
    // True when no job runs, or the user agrees to stop the running one.
    bool confirmStopJob();
    // Adds what a bulk import left to the search index, off the GUI thread.
    void reloadKeepingSelection();
    void showMessage(const QString &text, int timeoutMs = 6000);
    void showError(const QString &text);
    std::optional<Payment> currentPayment() const;
    QList<Payment> selectedPayments() const;
    CommandContext commandContext();

    std::unique_ptr<Database> m_db;
    Settings m_settings;
    PaymentTableModel *m_model = nullptr;
    ChangeWatcher *m_watcher = nullptr;
    PaymentsView *m_view;
    FilterPanel *m_filters;
    DetailPanel *m_detail;
    QrPanel *m_qrPanel;
    QSplitter *m_splitter;
    QUndoStack *m_undo;
    QLabel *m_countLabel;
    QLabel *m_totalsLabel;
    JobProgress *m_job;
    JobRunner *m_jobs;
    quint64 m_totalsGeneration = 0;
    // Set when the window goes: background reads and the catch-up stop early.
    std::shared_ptr<std::atomic_bool> m_stopping = std::make_shared<std::atomic_bool>(false);

    PayByLinkController *m_payByLink = nullptr;
    Bitrix24Controller *m_bitrix24 = nullptr;
    QAction *m_newPayByLink = nullptr;
    QAction *m_getBitrix24 = nullptr;
    QAction *m_importCsv = nullptr;
    QAction *m_printInvoices = nullptr;
    QAction *m_export = nullptr;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_markPaid = nullptr;
    QAction *m_markUnpaid = nullptr;
    QAction *m_copyLink = nullptr;
    QAction *m_copyShortLink = nullptr;
    QAction *m_openInBrowser = nullptr;
    QAction *m_backup = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_find = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_diagnostics = nullptr;
    QAction *m_about = nullptr;
};

} // namespace paylink
