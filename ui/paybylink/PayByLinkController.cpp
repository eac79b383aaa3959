#include "PayByLinkController.h"

#include "Actions.h"
#include "ImportWizard.h"
#include "JobRunner.h"
#include "NewLinkDialog.h"
#include "PaymentCommands.h"
#include "ProfileDialog.h"
#include "ProfileListDialog.h"
#include "csv/PaymentExport.h"
#include "paybylink/PayByLinkProfiles.h"
#include "store/Database.h"
#include "store/PaymentStore.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace paylink {

PayByLinkController::PayByLinkController(QWidget *window, std::function<Database &()> database,
                                         JobRunner *jobs, QUndoStack *undo, Hooks hooks)
    : QObject(window)
    , m_window(window)
    , m_database(std::move(database))
    , m_jobs(jobs)
    , m_undo(undo)
    , m_hooks(std::move(hooks))
{
    m_newLink = makeAction(window, QStringLiteral("actionNewPayByLink"), tr("&New PayByLink link…"),
                           QStringLiteral("document-new"), QKeySequence::New);
    m_import = makeAction(window, QStringLiteral("actionImportCsv"), tr("&Import CSV…"),
                          QStringLiteral("document-import"), QKeySequence(tr("Ctrl+I")));
    m_profiles = makeAction(window, QStringLiteral("actionPayByLinkProfiles"), tr("&Profiles…"),
                            QStringLiteral("user-identity"));
    m_deleteImport = makeAction(window, QStringLiteral("actionDeleteImport"), tr("&Delete import…"),
                                QStringLiteral("edit-delete"));
    m_deleteImport->setStatusTip(tr("Delete every payment of the selected payment's import."));
    m_reissue = makeAction(window, QStringLiteral("actionReissue"), tr("&Re-issue link…"),
                           QStringLiteral("view-refresh"), QKeySequence(tr("Ctrl+R")));
    m_reissue->setStatusTip(tr("A new link with the same order data and a new expiry."));
    m_exportLinks = makeAction(window, QStringLiteral("actionExportLinks"), tr("Export &links…"),
                               QStringLiteral("document-export"));
    m_exportLinks->setStatusTip(
        tr("Order, customer, amount, currency, link and short link of the shown payments."));
    connect(m_newLink, &QAction::triggered, this, &PayByLinkController::newLink);
    connect(m_import, &QAction::triggered, this, &PayByLinkController::importCsv);
    connect(m_profiles, &QAction::triggered, this, &PayByLinkController::manageProfiles);
    connect(m_deleteImport, &QAction::triggered, this, &PayByLinkController::deleteImport);
    connect(m_reissue, &QAction::triggered, this, &PayByLinkController::reissue);
    connect(m_exportLinks, &QAction::triggered, this, &PayByLinkController::exportLinks);
}

void PayByLinkController::updateActions(const std::optional<Payment> &current, bool jobRunning)
{
    m_import->setEnabled(!jobRunning);
    m_deleteImport->setEnabled(!jobRunning && current && current->importBatchId.has_value());
    m_reissue->setEnabled(current && current->service == Service::PayByLink);
    m_exportLinks->setEnabled(!jobRunning);
}

QList<PayByLinkProfile> PayByLinkController::profiles()
{
    const Result<QList<PayByLinkProfile>> list = PayByLinkProfiles(db(), m_secrets).list();
    if (!list) {
        m_hooks.error(list.error().message);
        return {};
    }
    return *list;
}

std::optional<QString> PayByLinkController::passwordFor(const PayByLinkProfile &profile)
{
    const PayByLinkProfiles store(db(), m_secrets);
    const Result<std::optional<QString>> stored = store.password(profile);
    if (stored && stored->has_value())
        return **stored;
    bool ok = false;
    const QString why = !stored ? stored.error().message
        : m_secrets.isPersistent()
        ? tr("The password of profile “%1” is not in the keychain.").arg(profile.name)
        : m_secrets.sessionOnlyMessage();
    const QString password =
        QInputDialog::getText(m_window, tr("Password of “%1”").arg(profile.name),
                              why + u"\n\n" + tr("API password of %1:").arg(profile.user),
                              QLineEdit::Password, QString(), &ok);
    if (!ok || password.isEmpty())
        return std::nullopt;
    if (Status s = m_secrets.write(PayByLinkProfiles::passwordKey(profile), password); !s)
        m_hooks.error(s.error().message);
    return password;
}

bool PayByLinkController::editProfile(QWidget *parent, std::optional<PayByLinkProfile> existing)
{
    ProfileDialog dialog(parent);
    if (existing)
        dialog.setProfile(*existing);
    dialog.setNotice(m_secrets.sessionOnlyMessage());
    while (dialog.exec() == QDialog::Accepted) {
        PayByLinkProfile p = dialog.profile();
        PayByLinkProfiles store(db(), m_secrets);
        const Status s = existing ? store.update(p, dialog.password())
                                  : store.add(p, dialog.password().value_or(QString()));
        if (s)
            return true;
        QMessageBox::warning(&dialog, dialog.windowTitle(), s.error().message);
    }
    return false;
}

void PayByLinkController::manageProfiles()
{
    ProfileListSource source;
    source.items = [this] {
        QList<QPair<QString, qint64>> items;
        for (const PayByLinkProfile &p : profiles())
            items.append({ p.environment == PayByLinkSigner::Environment::Production
                               ? tr("%1 — production, %2").arg(p.name, p.user)
                               : tr("%1 — test, %2").arg(p.name, p.user),
                           p.id });
        return items;
    };
    const auto load = [this](qint64 id) { return PayByLinkProfiles(db(), m_secrets).load(id); };
    source.edit = [this, load](QWidget *parent, std::optional<qint64> id) {
        if (!id)
            return editProfile(parent, std::nullopt);
        const Result<PayByLinkProfile> p = load(*id);
        return p && editProfile(parent, *p);
    };
    source.removeQuestion = [this, load](qint64 id) {
        const Result<PayByLinkProfile> p = load(id);
        return tr("Remove the profile “%1” and its password from the keychain? Its payments "
                  "stay.")
            .arg(p ? p->name : QString::number(id));
    };
    source.remove = [this, load](qint64 id) -> Status {
        const Result<PayByLinkProfile> p = load(id);
        if (!p)
            return p.error();
        return PayByLinkProfiles(db(), m_secrets).remove(*p);
    };
    runProfileListDialog(m_window, QStringLiteral("profilesDialog"), tr("PayByLink profiles"),
                         source);
}

QString PayByLinkController::duplicateProblem(const Payment &payment)
{
    if (!payment.profileId)
        return {};
    const Result<QStringList> taken =
        PaymentStore(db()).takenOrderRefs(*payment.profileId, { payment.orderRef });
    if (!taken)
        return taken.error().message;
    if (taken->isEmpty())
        return {};
    return tr("Order reference “%1” already has a payment in profile “%2”. Use another "
              "reference, or re-issue that payment (Ctrl+R).")
        .arg(payment.orderRef, payment.profileName);
}

void PayByLinkController::openLinkDialog(const std::optional<Payment> &from)
{
    QList<PayByLinkProfile> list = profiles();
    if (list.isEmpty()) {
        if (QMessageBox::question(m_window, tr("New PayByLink link"),
                                  tr("There is no PayByLink profile yet. Add one now?"))
            != QMessageBox::Yes)
            return;
        if (!editProfile(m_window, std::nullopt))
            return;
        list = profiles();
    }
    auto *dialog = new NewLinkDialog(
        list, [this](const PayByLinkProfile &p) { return passwordFor(p); }, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (from) {
        dialog->setWindowTitle(tr("Re-issue link for %1").arg(from->orderRef));
        dialog->setOrder(*from, from->profileId);
    } else {
        dialog->setSaveCheck([this](const Payment &p) { return duplicateProblem(p); });
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, from] {
        const std::optional<Payment> payment = dialog->payment();
        if (!payment)
            return;
        if (from) {
            // The payment itself gets the new link: one live payment per
            // order (D40). Refused when the row changed since it was read.
            Payment renewed = *payment;
            renewed.id = from->id;
            renewed.createdAt = from->createdAt;
            renewed.rowVersion = from->rowVersion;
            renewed.importBatchId = from->importBatchId;
            renewed.lastError.clear();
            // A refused write reports itself and leaves no command behind.
            m_undo->push(new EditPaymentCommand(m_hooks.commandContext(), *from, renewed,
                                                tr("Re-issue link for %1").arg(from->orderRef)));
            const Result<std::optional<Payment>> stored = PaymentStore(db()).find(from->id);
            if (stored && stored->has_value() && (*stored)->link == renewed.link) {
                m_hooks.select(from->id);
                m_hooks.message(tr("Link re-issued. Undo with Ctrl+Z."));
            }
            return;
        }
        const auto added = std::make_shared<qint64>(0);
        m_undo->push(new AddPaymentCommand(m_hooks.commandContext(), *payment, added));
        if (*added > 0) {
            m_hooks.select(*added);
            m_hooks.message(tr("Link saved. Undo with Ctrl+Z."));
        }
    });
    dialog->open();
}

void PayByLinkController::newLink()
{
    openLinkDialog(std::nullopt);
}

void PayByLinkController::reissue()
{
    const std::optional<Payment> current = m_hooks.currentPayment();
    if (!current || current->service != Service::PayByLink)
        return;
    openLinkDialog(current);
}

void PayByLinkController::importCsv()
{
    if (m_jobs->isRunning())
        return;
    const QList<PayByLinkProfile> list = profiles();
    if (list.isEmpty()) {
        QMessageBox::information(m_window, tr("Import CSV"),
                                 tr("Add a PayByLink profile first (PayByLink ▸ Profiles…); the "
                                    "import signs every row with it."));
        return;
    }
    auto *wizard = new ImportWizard(
        list, db().path(), [this](const PayByLinkProfile &p) { return passwordFor(p); }, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] { runImport(wizard); });
    wizard->open();
}

void PayByLinkController::runImport(ImportWizard *wizard)
{
    const std::shared_ptr<const CsvReader::Table> table = wizard->table();
    if (!table)
        return;
    const PayByLinkImport::ColumnMap map = wizard->columnMap();
    const PayByLinkImport::Options base = wizard->options();
    const QString dbPath = db().path();
    auto batch = std::make_shared<qint64>(0);
    m_jobs->start(
        tr("Importing"),
        [table, map, base, dbPath, batch](const JobControl &control) {
            auto db = Database::open(dbPath);
            if (!db)
                return JobOutcome::failure(db.error());
            std::atomic_bool cancel = false;
            PayByLinkImport::Options o = base;
            o.cancel = &cancel;
            o.progress = [&control, &cancel](PayByLinkImport::Phase phase, qint64 done,
                                             qint64 total) {
                // Checking is the first third, writing the rest.
                const qint64 scaled = phase == PayByLinkImport::Phase::Checking
                    ? done * 1000 / std::max<qint64>(1, total) / 3
                    : 333 + done * 667 / std::max<qint64>(1, total);
                control.progress(phase == PayByLinkImport::Phase::Indexing ? 1000 : scaled, 1000);
                if (control.cancelled())
                    cancel = true;
            };
            const Result<PayByLinkImport::Report> report =
                PayByLinkImport::run(**db, *table, map, o);
            if (!report)
                return JobOutcome::failure(report.error());
            if (report->cancelled)
                return JobOutcome { false, true, 0, {}, {} };
            *batch = report->batchId;
            return JobOutcome { true, false, report->imported,
                                tr("Imported %n link(s).", nullptr, int(report->imported)),
                                report->rejected.isEmpty()
                                    ? QString()
                                    : tr("%n row(s) rejected and left out.", nullptr,
                                         int(report->rejected.size())) };
        },
        [this, batch, source = QFileInfo(base.source).fileName()](const JobOutcome &r) {
            if (r.cancelled)
                m_hooks.message(tr("Import cancelled; nothing was written."));
            else if (!r.ok)
                m_hooks.error(r.message);
            else
                m_hooks.message(r.detail.isEmpty() ? r.message : r.message + u' ' + r.detail);
            // One undoable step that removes exactly this import.
            if (r.ok && *batch > 0)
                m_undo->push(new ImportCommand(m_hooks.commandContext(), *batch, r.count, source));
            m_hooks.refresh();
        });
}

void PayByLinkController::deleteImport()
{
    const std::optional<Payment> current = m_hooks.currentPayment();
    if (!current || !current->importBatchId || m_jobs->isRunning())
        return;
    const qint64 batch = *current->importBatchId;
    const Result<std::pair<QString, qint64>> info = PaymentStore(db()).importBatchInfo(batch);
    if (!info) {
        m_hooks.error(info.error().message);
        return;
    }
    if (QMessageBox::question(m_window, tr("Delete import"),
                              tr("Delete the import of “%1”: %n payment(s)? This cannot be "
                                 "undone.",
                                 nullptr, int(info->second))
                                  .arg(info->first),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    const QString dbPath = db().path();
    m_jobs->start(
        tr("Deleting import"),
        [dbPath, batch](const JobControl &) {
            auto db = Database::open(dbPath);
            if (!db)
                return JobOutcome::failure(db.error());
            const Result<qint64> removed = PaymentStore(**db).removeImportBatch(batch);
            return removed ? JobOutcome { true, false, *removed, {}, {} }
                           : JobOutcome::failure(removed.error());
        },
        [this](const JobOutcome &r) {
            if (!r.ok)
                m_hooks.error(r.message);
            else
                m_hooks.message(tr("Deleted the import: %n payment(s).", nullptr, int(r.count)));
            m_undo->clear(); // earlier commands may refer to deleted payments
            m_hooks.refresh();
        });
}

void PayByLinkController::exportLinks()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export links"),
                                                      QDir::home().filePath(tr("links.csv")),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportLinksTo(path);
}

void PayByLinkController::exportLinksTo(const QString &path)
{
    const QString dbPath = db().path();
    const PaymentFilter filter = m_hooks.filter();
    m_jobs->start(
        tr("Exporting links"),
        [dbPath, filter, path](const JobControl &control) {
            auto db = Database::open(dbPath);
            if (!db)
                return JobOutcome::failure(db.error());
            const Result<PaymentExport::Written> written = PaymentExport::run(
                **db, filter, path, {},
                [&control](qint64 done, qint64 total) {
                    control.progress(done, total);
                    return !control.cancelled();
                },
                PaymentExport::Columns::Links);
            return written ? JobOutcome { true, false, written->rows, {}, written->note() }
                           : JobOutcome::failure(written.error());
        },
        [this, path](const JobOutcome &r) {
            if (r.cancelled)
                m_hooks.message(tr("Export cancelled; no file was written."));
            else if (!r.ok)
                m_hooks.error(r.message);
            else if (const QString done = tr("Exported %n link(s) to %1.", nullptr, int(r.count))
                                              .arg(QDir::toNativeSeparators(path));
                     r.detail.isEmpty())
                m_hooks.message(done);
            else
                m_hooks.error(done + QStringLiteral("\n\n") + r.detail);
        });
}

} // namespace paylink
