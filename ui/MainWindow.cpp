#include "MainWindow.h"
#include "core/BackgroundPool.h"

#include "Actions.h"
#include "DetailPanel.h"
#include "FilterPanel.h"
#include "JobProgress.h"
#include "JobRunner.h"
#include "OpenDatabase.h"
#include "PaymentCommands.h"
#include "PaymentsView.h"
#include "QrPanel.h"
#include "bitrix24/Bitrix24Controller.h"
#include "dialogs/InvoiceDialog.h"
#include "dialogs/PaymentDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "paybylink/PayByLinkController.h"

#include "core/AppInfo.h"
#include "core/Logger.h"
#include "core/Money.h"
#include "core/Redactor.h"
#include "csv/PaymentExport.h"
#include "invoice/InvoiceBatch.h"
#include "store/ChangeWatcher.h"
#include "store/Database.h"
#include "store/PaymentStore.h"
#include "store/PaymentTableModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPromise>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QSqlQuery>
#include <QStatusBar>
#include <QSysInfo>
#include <QTableView>
#include <QThreadPool>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace paylink {

namespace {

// The status bar's totals, computed on a worker.
struct Totals
{
    bool ok = false;
    QString message;
    QList<CurrencyTotal> totals;
};

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent)
    , m_view(new PaymentsView(this))
    , m_filters(new FilterPanel(this))
    , m_detail(new DetailPanel(this))
    , m_qrPanel(new QrPanel(m_settings, m_detail))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_undo(new QUndoStack(this))
    , m_countLabel(new QLabel(this))
    , m_totalsLabel(new QLabel(this))
    , m_job(new JobProgress(this))
    , m_jobs(new JobRunner(m_job, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_filters->setObjectName(QStringLiteral("filterPanel"));
    m_detail->setObjectName(QStringLiteral("detailPanel"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_totalsLabel->setObjectName(QStringLiteral("totalsLabel"));

    m_detail->qrArea()->addWidget(m_qrPanel);
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setObjectName(QStringLiteral("detailScroll"));
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    // The panel fits its width; nothing in it may need sideways scrolling.
    detailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailScroll->setFrameShape(QFrame::NoFrame);
    m_splitter->addWidget(m_filters);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(detailScroll);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 180, 640, 340 });
    setCentralWidget(m_splitter);

    statusBar()->addWidget(m_countLabel);
    statusBar()->addWidget(m_totalsLabel, 1);
    statusBar()->addPermanentWidget(m_job);

    createActions();
    createMenus();
    attachDatabase(std::move(db));

    connect(m_view, &PaymentsView::searchChanged, this, &MainWindow::applyFilter);
    connect(m_filters, &FilterPanel::filterChanged, this, &MainWindow::applyFilter);
    connect(m_view, &PaymentsView::currentPaymentChanged, this, [this] {
        updateDetail();
        updateActions();
    });
    connect(m_view, &PaymentsView::activated, this, [this] { editPayment(); });
    connect(m_view, &PaymentsView::contextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addActions({ m_copyShortLink, m_copyLink, m_openInBrowser });
        menu.addSeparator();
        menu.addActions({ m_markPaid, m_markUnpaid });
        menu.addSeparator();
        menu.addActions({ m_bitrix24->payAction(), m_bitrix24->unpayAction(),
                          m_bitrix24->refreshLinkAction() });
        menu.addSeparator();
        menu.addActions({ m_payByLink->reissueAction(), m_edit, m_delete });
        menu.exec(pos);
    });
    connect(m_qrPanel, &QrPanel::messageRaised, this, [this](const QString &m) { showMessage(m); });
    connect(m_detail, &DetailPanel::openLinkRequested, this, &MainWindow::openInBrowser);
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(m_jobs, &JobRunner::runningChanged, this, &MainWindow::updateActions);

    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1180, 720);
    restoreState(m_settings.windowState());
    if (!m_settings.tableHeaderState().isEmpty())
        m_view->table()->horizontalHeader()->restoreState(m_settings.tableHeaderState());
    updateActions();
}

MainWindow::~MainWindow()
{
    // Background work ends before the window's database and the application
    // go: Qt closes every database connection when the application ends, also
    // one a pool thread is still reading. A search catch-up stops after its
    // chunk (the rest waits for the next start), the integrity check at
    // once, and a running job at its next cancel point.
    m_stopping->store(true);
    m_jobs->cancel();
    backgroundPool()->waitForDone();
    // The undo stack announces its own clearing; nobody is left to hear it.
    disconnect(m_undo, nullptr, this, nullptr);
    delete m_undo;
    // The model and watcher read the database; drop them before it closes.
    delete m_watcher;
    m_view->setModel(nullptr);
    delete m_model;
}

void MainWindow::createActions()
{
    m_payByLink = new PayByLinkController(
        this, [this]() -> Database & { return *m_db; }, m_jobs, m_undo,
        PayByLinkController::Hooks {
            [this] { return commandContext(); },
            [this] { return currentPayment(); },
            [this] { return m_model ? m_model->filter() : PaymentFilter {}; },
            [this](qint64 id) { m_view->selectId(id); },
            [this](const QString &m) { showMessage(m); },
            [this](const QString &m) { showError(m); },
            [this] { reloadKeepingSelection(); },
        });
    m_newPayByLink = m_payByLink->newLinkAction();
    m_importCsv = m_payByLink->importAction();
    m_bitrix24 = new Bitrix24Controller(
        this, [this]() -> Database & { return *m_db; },
        Bitrix24Controller::Hooks {
            [this] { return selectedPayments(); },
            [this](qint64 id) { m_view->selectId(id); },
            [this](const QString &m) { showMessage(m); },
            [this](const QString &m) { showError(m); },
            [this] { reloadKeepingSelection(); },
        });
    m_getBitrix24 = m_bitrix24->getLinksAction();
    // The first hour: an empty database offers the three ways in as buttons.
    m_view->setStartActions({ { tr("&New PayByLink link…"), m_newPayByLink },
                              { tr("&Import a CSV file…"), m_importCsv },
                              { tr("&Connect Bitrix24…"), m_bitrix24->portalsAction() } });
    m_printInvoices =
        makeAction(this, QStringLiteral("actionPrintInvoices"), tr("&Print invoices…"),
                   QStringLiteral("document-print"), QKeySequence::Print);
    m_export = makeAction(this, QStringLiteral("actionExport"), tr("&Export CSV…"),
                          QStringLiteral("document-export"), QKeySequence(tr("Ctrl+E")));
    m_add = makeAction(this, QStringLiteral("actionAddPayment"), tr("&Add payment…"),
                       QStringLiteral("list-add"), QKeySequence(tr("Ctrl+Shift+N")));
    m_edit = makeAction(this, QStringLiteral("actionEditPayment"), tr("&Edit payment…"),
                        QStringLiteral("document-edit"), QKeySequence(tr("F2")));
    m_delete = makeAction(this, QStringLiteral("actionDeletePayments"), tr("&Delete"),
                          QStringLiteral("edit-delete"), QKeySequence::Delete);
    m_markPaid = makeAction(this, QStringLiteral("actionMarkPaid"), tr("Mark &paid"),
                            QStringLiteral("checkbox"), QKeySequence(tr("Ctrl+M")));
    m_markUnpaid = makeAction(this, QStringLiteral("actionMarkUnpaid"), tr("Mark &unpaid"),
                              QString(), QKeySequence(tr("Ctrl+Shift+M")));
    m_copyLink = makeAction(this, QStringLiteral("actionCopyLink"), tr("Copy &link"),
                            QStringLiteral("edit-copy"), QKeySequence::Copy);
    m_copyShortLink =
        makeAction(this, QStringLiteral("actionCopyShortLink"), tr("Copy &short link"),
                   QStringLiteral("edit-copy"), QKeySequence(tr("Ctrl+Shift+C")));
    m_openInBrowser =
        makeAction(this, QStringLiteral("actionOpenInBrowser"), tr("&Open in browser"),
                   QStringLiteral("internet-web-browser"), QKeySequence(tr("Ctrl+B")));
    m_backup = makeAction(this, QStringLiteral("actionBackup"), tr("&Back up database…"),
                          QStringLiteral("document-save-as"));
    m_restore = makeAction(this, QStringLiteral("actionRestore"), tr("&Restore database…"),
                           QStringLiteral("document-revert"));
    m_preferences = makeAction(this, QStringLiteral("actionPreferences"), tr("Pre&ferences…"),
                               QStringLiteral("preferences-system"), QKeySequence(tr("Ctrl+,")));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_quit = makeAction(this, QStringLiteral("actionQuit"), tr("&Quit"),
                        QStringLiteral("application-exit"), QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_find = makeAction(this, QStringLiteral("actionFind"), tr("&Find"),
                        QStringLiteral("edit-find"), QKeySequence::Find);
    m_refresh = makeAction(this, QStringLiteral("actionRefresh"), tr("&Refresh"),
                           QStringLiteral("view-refresh"), QKeySequence::Refresh);
    m_diagnostics = makeAction(this, QStringLiteral("actionCopyDiagnostics"),
                               tr("Copy &diagnostics"), QStringLiteral("help-about"));
    m_about = makeAction(this, QStringLiteral("actionAbout"), tr("&About Paylink Desk"),
                         QStringLiteral("help-about"));
    m_about->setMenuRole(QAction::AboutRole);

    connect(m_export, &QAction::triggered, this, &MainWindow::exportCsv);
    connect(m_printInvoices, &QAction::triggered, this, &MainWindow::printInvoices);
    connect(m_add, &QAction::triggered, this, &MainWindow::addPayment);
    connect(m_edit, &QAction::triggered, this, &MainWindow::editPayment);
    connect(m_delete, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(m_markPaid, &QAction::triggered, this, [this] { markSelected(true); });
    connect(m_markUnpaid, &QAction::triggered, this, [this] { markSelected(false); });
    connect(m_copyLink, &QAction::triggered, this, &MainWindow::copyLink);
    connect(m_copyShortLink, &QAction::triggered, this, &MainWindow::copyShortLink);
    connect(m_openInBrowser, &QAction::triggered, this, &MainWindow::openInBrowser);
    connect(m_backup, &QAction::triggered, this, &MainWindow::backupDatabase);
    connect(m_restore, &QAction::triggered, this, &MainWindow::restoreDatabase);
    connect(m_preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_quit, &QAction::triggered, this, &MainWindow::quit);
    connect(m_find, &QAction::triggered, this, [this] {
        m_view->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_view->searchEdit()->selectAll();
    });
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_diagnostics, &QAction::triggered, this, &MainWindow::copyDiagnostics);
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Paylink Desk"),
                           tr("<h3>Paylink Desk %1</h3><p>Payment links and QR invoices for "
                              "Bitrix24 Sales Center and PayByLink.</p>")
                               .arg(AppInfo::version()));
    });
    // Esc in the search box clears it.
    auto *clearSearch = new QAction(m_view->searchEdit());
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    m_view->searchEdit()->addAction(clearSearch);
    connect(clearSearch, &QAction::triggered, m_view->searchEdit(), &QLineEdit::clear);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({ m_importCsv, m_export, m_payByLink->exportLinksAction(), m_printInvoices });
    file->addSeparator();
    file->addActions({ m_backup, m_restore });
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({ m_undoAction, m_redoAction });
    edit->addSeparator();
    edit->addActions({ m_copyLink, m_copyShortLink, m_find });
    edit->addSeparator();
    edit->addAction(m_preferences);

    QMenu *payments = menuBar()->addMenu(tr("&Payments"));
    payments->addActions({ m_add, m_edit, m_delete });
    payments->addSeparator();
    payments->addActions({ m_markPaid, m_markUnpaid, m_openInBrowser });

    QMenu *bitrix = menuBar()->addMenu(tr("&Bitrix24"));
    bitrix->addActions({ m_getBitrix24, m_bitrix24->syncAction() });
    bitrix->addSeparator();
    bitrix->addActions(
        { m_bitrix24->payAction(), m_bitrix24->unpayAction(), m_bitrix24->refreshLinkAction() });
    bitrix->addSeparator();
    bitrix->addAction(m_bitrix24->portalsAction());
    QMenu *paybylink = menuBar()->addMenu(tr("Pay&ByLink"));
    paybylink->addActions({ m_newPayByLink, m_payByLink->reissueAction(), m_importCsv,
                            m_payByLink->deleteImportAction() });
    paybylink->addSeparator();
    paybylink->addAction(m_payByLink->profilesAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addActions({ m_diagnostics, m_about });

    QToolBar *tools = addToolBar(tr("Main toolbar"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addActions({ m_newPayByLink, m_getBitrix24, m_importCsv, m_printInvoices, m_export });
    view->addSeparator();
    view->addAction(tools->toggleViewAction());
}

void MainWindow::attachDatabase(std::unique_ptr<Database> db)
{
    delete m_watcher;
    m_watcher = nullptr;
    m_view->setModel(nullptr);
    delete m_model;
    m_db = std::move(db);
    // After a bulk import the log is large; copying it is not the GUI's work.
    m_db->checkpointOffThread();
    m_model = new PaymentTableModel(*m_db, this);
    m_model->setObjectName(QStringLiteral("paymentModel"));
    m_view->setModel(m_model);
    const QHeaderView *header = m_view->table()->horizontalHeader();
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_watcher = new ChangeWatcher(*m_db, 1000, this);
    connect(m_watcher, &ChangeWatcher::changedElsewhere, this, &MainWindow::reloadKeepingSelection);
    connect(m_model, &PaymentTableModel::readFailed, this, &MainWindow::showError);
    connect(m_model, &PaymentTableModel::reloaded, this, &MainWindow::updateTotals);
    connect(m_model, &PaymentTableModel::reloaded, this, &MainWindow::updateActions);
    setWindowTitle(tr("%1 — Paylink Desk").arg(QFileInfo(m_db->path()).fileName()));
    applyFilter();
    checkDatabase();
}

void MainWindow::checkDatabase()
{
    // Damage in pages the first screen does not read would otherwise show only
    // when a scroll or an export reaches them.
    auto *watcher = new QFutureWatcher<Status>(this);
    const QString path = m_db->path();
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const Status s = watcher->result();
        if (!s && m_db && m_db->path() == path) {
            qWarning("%s (%s)", qUtf8Printable(s.error().message),
                     qUtf8Printable(s.error().detail));
            showError(s.error().message);
        }
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [path, stop = m_stopping]() -> Status {
        runInBackground();
        auto db = Database::open(path);
        if (!db)
            return db.error();
        if (Status s = (*db)->quickCheck(stop.get()); !s)
            return s;
        // The search index against the table; rebuilt when out of step.
        const Result<bool> repaired = (*db)->repairSearchIndex();
        if (!repaired)
            return repaired.error();
        if (*repaired)
            qWarning("the search index of %s was out of step with the payments and was rebuilt",
                     qUtf8Printable(path));
        return success();
    }));
}

void MainWindow::applyFilter()
{
    PaymentFilter filter;
    filter.search = m_view->searchText();
    m_filters->applyTo(filter);
    m_model->setFilter(filter);
    // The first match is shown, also when its rows arrive later.
    m_view->selectFirst();
}

void MainWindow::reloadKeepingSelection()
{
    // The view keeps the selected payment through the reload.
    m_model->reload();
}

void MainWindow::refresh()
{
    m_watcher->check();
    reloadKeepingSelection();
}

void MainWindow::updateTotals()
{
    const qint64 rows = m_model->rowCount();
    m_countLabel->setText(tr("%n payment(s)", nullptr, int(rows)));
    const quint64 generation = ++m_totalsGeneration;
    const QString path = m_db->path();
    const PaymentFilter filter = m_model->filter();
    auto *watcher = new QFutureWatcher<Totals>(this);
    connect(watcher, &QFutureWatcher<Totals>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_totalsGeneration)
            return; // a newer filter asked in the meantime
        const Totals r = watcher->result();
        if (!r.ok) {
            m_totalsLabel->setText(r.message);
            return;
        }
        QStringList parts;
        for (const CurrencyTotal &t : r.totals)
            parts << Money::format(t.sumMinor, t.currency, locale());
        m_totalsLabel->setText(parts.join(QStringLiteral(" · ")));
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [path, filter] {
        runInBackground();
        auto db = Database::open(path);
        if (!db)
            return Totals { false, db.error().message, {} };
        const Result<QList<CurrencyTotal>> totals = PaymentStore(**db).totals(filter);
        if (!totals)
            return Totals { false, totals.error().message, {} };
        return Totals { true, {}, *totals };
    }));
}

void MainWindow::updateDetail()
{
    const std::optional<Payment> payment = currentPayment();
    m_detail->showPayment(payment);
    m_qrPanel->setLinks(payment ? payment->link : QString(),
                        payment ? payment->shortLink : QString());
}

void MainWindow::updateActions()
{
    const std::optional<Payment> current = currentPayment();
    const bool has = current.has_value();
    const bool link =
        has && !current->preferredLink().isEmpty() && current->linkRefusal().isEmpty();
    // A status this version does not know is shown, never acted on (D6).
    const bool known = has && current->status != PaymentStatus::Unknown;
    for (QAction *a : { m_edit, m_delete, m_markPaid, m_markUnpaid }) {
        a->setEnabled(known);
        a->setStatusTip(has && !known ? tr("This payment's status is unknown to this version of "
                                           "Paylink Desk; it is left as it is.")
                                      : QString());
    }
    for (QAction *a : { m_copyLink, m_copyShortLink, m_openInBrowser })
        a->setEnabled(link);
    m_export->setEnabled(!m_jobs->isRunning());
    m_printInvoices->setEnabled(!m_jobs->isRunning() && m_model && m_model->rowCount() > 0);
    m_backup->setEnabled(!m_jobs->isRunning());
    m_restore->setEnabled(!m_jobs->isRunning());
    m_payByLink->updateActions(known ? current : std::nullopt, m_jobs->isRunning());
    m_bitrix24->updateActions(known ? current : std::nullopt);
}

std::optional<Payment> MainWindow::currentPayment() const
{
    const qint64 id = m_view->currentId();
    if (id <= 0)
        return std::nullopt;
    Result<std::optional<Payment>> found = PaymentStore(*m_db).find(id);
    return found ? *found : std::nullopt;
}

QList<Payment> MainWindow::selectedPayments() const
{
    QList<Payment> payments;
    PaymentStore store(*m_db);
    for (qint64 id : m_view->selectedIds()) {
        Result<std::optional<Payment>> found = store.find(id);
        if (found && found->has_value())
            payments << **found;
    }
    return payments;
}

CommandContext MainWindow::commandContext()
{
    return CommandContext { m_db.get(), [this] { reloadKeepingSelection(); },
                            [this](const QString &message) { showError(message); } };
}

void MainWindow::addPayment()
{
    auto *dialog = new PaymentDialog(this);
    dialog->setObjectName(QStringLiteral("paymentDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // A command that fails is dropped by the stack, so the id comes back
        // through a shared slot rather than the command.
        const auto added = std::make_shared<qint64>(0);
        m_undo->push(new AddPaymentCommand(commandContext(), dialog->payment(), added));
        if (*added > 0) {
            m_view->selectId(*added);
            showMessage(tr("Payment added. Undo with Ctrl+Z."));
        }
    });
    dialog->open();
}

void MainWindow::editPayment()
{
    const std::optional<Payment> before = currentPayment();
    if (!before)
        return;
    auto *dialog = new PaymentDialog(this);
    dialog->setObjectName(QStringLiteral("paymentDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPayment(*before);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        m_undo->push(new EditPaymentCommand(commandContext(), *before, dialog->payment()));
    });
    dialog->open();
}

void MainWindow::deleteSelected()
{
    const QList<Payment> payments = selectedPayments();
    if (payments.isEmpty())
        return;
    m_undo->push(new DeletePaymentsCommand(commandContext(), payments));
    showMessage(tr("Deleted %n payment(s). Undo with Ctrl+Z.", nullptr, int(payments.size())));
}

void MainWindow::markSelected(bool paid)
{
    const QList<Payment> payments = selectedPayments();
    if (!payments.isEmpty())
        m_undo->push(new MarkPaidCommand(commandContext(), payments, paid));
}

void MainWindow::copyShortLink()
{
    const std::optional<Payment> p = currentPayment();
    if (!p || p->preferredLink().isEmpty())
        return;
    if (const QString why = p->linkRefusal(); !why.isEmpty()) {
        showError(why);
        return;
    }
    QGuiApplication::clipboard()->setText(p->preferredLink());
    showMessage(p->shortLink.isEmpty() ? tr("Copied the link (this payment has no short link).")
                                       : tr("Copied the short link."));
}

void MainWindow::copyLink()
{
    const std::optional<Payment> p = currentPayment();
    if (!p)
        return;
    const QString link = p->link.isEmpty() ? p->shortLink : p->link;
    if (link.isEmpty())
        return;
    if (const QString why = p->linkRefusal(); !why.isEmpty()) {
        showError(why);
        return;
    }
    QGuiApplication::clipboard()->setText(link);
    showMessage(tr("Copied the link."));
}

void MainWindow::openInBrowser()
{
    const std::optional<Payment> p = currentPayment();
    if (!p)
        return;
    if (p->preferredLink().isEmpty()) {
        showError(tr("This payment has no web link to open."));
        return;
    }
    if (const QString why = p->linkRefusal(); !why.isEmpty()) {
        showError(why);
        return;
    }
    const QUrl url(p->preferredLink(), QUrl::StrictMode);
    if (!QDesktopServices::openUrl(url))
        showError(tr("No web browser could be started. Copy the link instead (Ctrl+C)."));
}

void MainWindow::exportCsv()
{
    if (m_jobs->isRunning())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export payments"), m_settings.lastDirectory() + QStringLiteral("/payments.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_settings.setLastDirectory(QFileInfo(path).absolutePath());
    exportCsvTo(path);
}

void MainWindow::exportCsvTo(const QString &path)
{
    const QString dbPath = m_db->path();
    const PaymentFilter filter = m_model->filter();
    m_jobs->start(
        tr("Exporting"),
        [dbPath, filter, path](const JobControl &control) {
            auto db = Database::open(dbPath);
            if (!db)
                return JobOutcome::failure(db.error());
            const Result<PaymentExport::Written> written =
                PaymentExport::run(**db, filter, path, {}, [&control](qint64 done, qint64 total) {
                    control.progress(done, total);
                    return !control.cancelled();
                });
            return written ? JobOutcome { true, false, written->rows, {}, written->note() }
                           : JobOutcome::failure(written.error());
        },
        [this, path](const JobOutcome &r) {
            if (r.cancelled)
                showMessage(tr("Export cancelled; no file was written."));
            else if (!r.ok)
                showError(r.message);
            else if (const QString done = tr("Exported %n payment(s) to %1.", nullptr, int(r.count))
                                              .arg(QDir::toNativeSeparators(path));
                     r.detail.isEmpty())
                showMessage(done);
            else
                showError(done + QStringLiteral("\n\n") + r.detail);
        });
}

void MainWindow::printInvoices()
{
    if (m_jobs->isRunning())
        return;
    const QList<qint64> selected = m_view->selectedIds();
    // Invoices come in the table's order, so the preview's first page is the
    // document's first page (issue 20).
    const PaymentSort sort = m_model->sortOrder();
    QList<Payment> selectionSample;
    if (!selected.isEmpty()) {
        const Result<QList<Payment>> first =
            PaymentStore(*m_db).list(PaymentFilter::ofIds(selected), sort, 8);
        if (first)
            selectionSample = *first;
    }
    QList<Payment> viewSample;
    for (int row = 0; row < std::min(8, m_model->rowCount()); ++row)
        if (const Payment *p = m_model->paymentAt(row))
            viewSample << *p;
    auto *dialog =
        new InvoiceDialog(int(selected.size()), m_model->rowCount(), selectionSample, viewSample,
                          InvoiceRenderer::Options::fromSettings(m_settings), this);
    dialog->setObjectName(QStringLiteral("invoiceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const PaymentFilter filter = m_model->filter();
    connect(dialog, &QDialog::accepted, this, [this, dialog, selected, filter, sort] {
        const QList<qint64> ids = dialog->selectionOnly() ? selected : QList<qint64>();
        const InvoiceRenderer::Options options = dialog->options();
        if (dialog->output() == InvoiceDialog::Output::Pdf) {
            const QString path = QFileDialog::getSaveFileName(this, tr("Save QR invoices"),
                                                              m_settings.lastDirectory()
                                                                  + QStringLiteral("/invoices.pdf"),
                                                              tr("PDF documents (*.pdf)"));
            if (path.isEmpty())
                return;
            m_settings.setLastDirectory(QFileInfo(path).absolutePath());
            writeInvoicesPdf(path, ids, filter, options);
            return;
        }
        // Printing paints on this thread (the preview needs it), so keep it modest.
        PaymentFilter scope = filter;
        if (!ids.isEmpty())
            scope = PaymentFilter::ofIds(ids);
        const Result<qint64> count = PaymentStore(*m_db).count(scope);
        if (count && *count > 1000) {
            showError(tr("Printing %1 invoices at once would take long; save them as a PDF instead "
                         "and print that.")
                          .arg(locale().toString(*count)));
            return;
        }
        const Result<QList<Payment>> payments = PaymentStore(*m_db).list(scope, sort);
        if (!payments) {
            showError(payments.error().message);
            return;
        }
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(options.pageSize);
        QPrintPreviewDialog preview(&printer, this);
        preview.setObjectName(QStringLiteral("invoicePrintPreview"));
        connect(&preview, &QPrintPreviewDialog::paintRequested, this,
                [payments, options, this](QPrinter *target) {
                    const auto printed = InvoiceBatch::paint(*target, target->resolution() / 25.4,
                                                             *payments, options, locale());
                    if (!printed)
                        showMessage(printed.error().message);
                });
        preview.exec();
    });
    dialog->open();
}

void MainWindow::writeInvoicesPdf(const QString &path, const QList<qint64> &ids,
                                  const PaymentFilter &filter,
                                  const InvoiceRenderer::Options &options)
{
    const QString dbPath = m_db->path();
    const QLocale locale = this->locale();
    const PaymentFilter scope = ids.isEmpty() ? filter : PaymentFilter::ofIds(ids);
    // In the table's order, as the invoice dialog's preview shows them.
    const PaymentSort sort = m_model ? m_model->sortOrder() : PaymentSort {};
    m_jobs->start(
        tr("Writing invoices"),
        [dbPath, scope, sort, options, path, locale](const JobControl &control) {
            auto db = Database::open(dbPath);
            if (!db)
                return JobOutcome::failure(db.error());
            const Result<QList<Payment>> payments = PaymentStore(**db).list(scope, sort);
            if (!payments)
                return JobOutcome::failure(payments.error());
            const Result<InvoiceBatch::Outcome> outcome = InvoiceBatch::writePdf(
                path, *payments, options, locale, [&control](int done, int total) {
                    control.progress(done, total);
                    return !control.cancelled();
                });
            if (!outcome)
                return JobOutcome::failure(outcome.error());
            QStringList rejected;
            for (const InvoiceBatch::Rejected &r : outcome->rejected)
                rejected << tr("Payment %1: %2").arg(r.paymentId).arg(r.reason);
            return JobOutcome { true, false, outcome->written, {}, rejected.join(u'\n') };
        },
        [this, path](const JobOutcome &r) {
            if (r.cancelled) {
                showMessage(tr("Cancelled; no file was written."));
                return;
            }
            if (!r.ok) {
                showError(r.message);
                return;
            }
            const QString text = tr("Wrote %n invoice(s) to %1.", nullptr, int(r.count))
                                     .arg(QDir::toNativeSeparators(path));
            // Some payments had no link: say which, without hiding the success.
            if (!r.detail.isEmpty())
                showError(text + u'\n' + r.detail);
            else
                showMessage(text);
        });
}

void MainWindow::backupDatabase()
{
    if (m_jobs->isRunning())
        return;
    const QString suggested = m_settings.lastDirectory()
        + QStringLiteral("/paylink-desk-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up the database"), suggested,
                                                      tr("SQLite databases (*.sqlite *.db)"));
    if (path.isEmpty())
        return;
    m_settings.setLastDirectory(QFileInfo(path).absolutePath());
    // The file dialog already asked about replacing; a backup is written fresh.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        showError(tr("“%1” cannot be replaced.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    const QString dbPath = m_db->path();
    m_jobs->start(
        tr("Backing up"),
        [dbPath, path](const JobControl &) {
            auto db = Database::open(dbPath);
            if (!db)
                return JobOutcome::failure(db.error());
            const Status s = (*db)->backupTo(path);
            return s ? JobOutcome { true, false, 0, {}, {} } : JobOutcome::failure(s.error());
        },
        [this, path](const JobOutcome &r) {
            if (r.ok)
                showMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(path)));
            else
                showError(r.cancelled ? tr("The backup was cancelled.") : r.message);
        });
}

void MainWindow::restoreDatabase()
{
    if (m_jobs->isRunning())
        return;
    const QString backup = QFileDialog::getOpenFileName(
        this, tr("Restore the database from a backup"), m_settings.lastDirectory(),
        tr("SQLite databases (*.sqlite *.db *.bak);;All files (*)"));
    if (backup.isEmpty())
        return;
    const QString target = m_db->path();
    const auto answer = QMessageBox::question(
        this, tr("Restore the database?"),
        tr("All payments now in “%1” will be replaced by those in “%2”. The current file is kept "
           "as “%1.before-restore.bak”.")
            .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(backup)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_undo->clear();
    // The window lets go of the file while it is restored (its rows and undo
    // steps would be stale); other programs may keep it open (D39).
    delete m_watcher;
    m_watcher = nullptr;
    m_view->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_db.reset();
    // Checking and copying a large backup, then bringing it up to date, take
    // seconds: both run on a worker (D38).
    const Status restored =
        runWithBusyDialog(this, tr("Restoring from “%1”…").arg(QDir::toNativeSeparators(backup)),
                          [backup, target] { return Database::restore(backup, target); });
    auto reopened = openDatabase(target, this);
    if (!reopened) {
        QMessageBox::critical(this, tr("Paylink Desk"), reopened.error().message);
        close();
        return;
    }
    attachDatabase(std::move(reopened).value());
    if (restored)
        showMessage(tr("Restored from %1.").arg(QDir::toNativeSeparators(backup)));
    else
        showError(restored.error().message);
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_settings, this);
    dialog->setObjectName(QStringLiteral("preferencesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::copyDiagnostics()
{
    QString sqliteVersion;
    QSqlQuery q(m_db->connection());
    if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
        sqliteVersion = q.value(0).toString();
    QStringList lines {
        QStringLiteral("Paylink Desk %1 (%2)").arg(AppInfo::version(), AppInfo::appId()),
        QStringLiteral("Qt %1, SQLite %2, %3")
            .arg(QString::fromLatin1(qVersion()), sqliteVersion, QSysInfo::prettyProductName()),
        QStringLiteral("Locale: %1").arg(locale().name()),
        QStringLiteral("Database: %1 (schema %2)").arg(m_db->path()).arg(m_db->schemaVersion()),
        QStringLiteral("Settings: %1").arg(m_settings.fileName()),
        QStringLiteral("Log: %1").arg(Logger::logFilePath()),
        QStringLiteral("Last log lines:"),
    };
    lines << Logger::lastLines(40);
    QGuiApplication::clipboard()->setText(Redactor::redact(lines.join(u'\n')));
    showMessage(
        tr("Diagnostics copied. Secrets are masked; paste them into your support request."));
}

void MainWindow::showMessage(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::showError(const QString &text)
{
    qWarning("%s", qUtf8Printable(text));
    statusBar()->showMessage(text, 15000);
    // Window-modal but not blocking: the event loop (and background jobs) go on.
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Paylink Desk"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::confirmStopJob()
{
    if (!m_jobs->isRunning())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Stop “%1”?").arg(m_jobs->title()),
                    tr("“%1” is still running. Quitting stops it; an import that has not "
                       "finished keeps none of its rows.")
                        .arg(m_jobs->title()),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("stopJobBox"));
    QPushButton *stop = box.addButton(tr("Stop and Quit"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("Keep Running"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == stop;
}

void MainWindow::quit()
{
    if (confirmStopJob())
        close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The user closing the window (title bar, Alt+F4) is asked like Quit;
    // a close from the program (log-out, SIGTERM, tests) is not.
    if (event->spontaneous() && !confirmStopJob()) {
        event->ignore();
        return;
    }
    m_jobs->cancel();
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setTableHeaderState(m_view->table()->horizontalHeader()->saveState());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace paylink
