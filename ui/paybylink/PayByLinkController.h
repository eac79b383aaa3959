#pragma once

#include "paybylink/PayByLinkProfile.h"
#include "secrets/SecretStore.h"
#include "store/Payment.h"
#include "store/PaymentFilter.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QUndoStack;
class QWidget;

namespace paylink {

class Database;
class JobRunner;
struct CommandContext;

// The PayByLink part of the main window: profiles, New link, CSV import,
// Delete import, Re-issue and Export links. The main window hands it what it
// needs through Hooks and adds its actions to the menus.
class PayByLinkController : public QObject
{
    Q_OBJECT

public:
    struct Hooks
    {
        std::function<CommandContext()> commandContext;
        std::function<std::optional<Payment>()> currentPayment;
        std::function<PaymentFilter()> filter;
        std::function<void(qint64 id)> select;
        std::function<void(const QString &)> message;
        std::function<void(const QString &)> error;
        std::function<void()> refresh;
    };

    // `database` gives the main window's current database (a restore swaps it).
    PayByLinkController(QWidget *window, std::function<Database &()> database, JobRunner *jobs,
                        QUndoStack *undo, Hooks hooks);

    QAction *newLinkAction() const { return m_newLink; }
    QAction *importAction() const { return m_import; }
    QAction *profilesAction() const { return m_profiles; }
    QAction *deleteImportAction() const { return m_deleteImport; }
    QAction *reissueAction() const { return m_reissue; }
    QAction *exportLinksAction() const { return m_exportLinks; }

    // Enables what fits the current payment.
    void updateActions(const std::optional<Payment> &current, bool jobRunning);

    void newLink();
    void importCsv();
    void manageProfiles();
    void deleteImport();
    void reissue();
    void exportLinks();
    void exportLinksTo(const QString &path);
    // Runs an import planned by the wizard as a background job.
    void runImport(class ImportWizard *wizard);

    // The password of a profile: from the keychain, else asked for (and then
    // kept there, or for this session when no keychain is reachable).
    std::optional<QString> passwordFor(const PayByLinkProfile &profile);
    const SecretStore &secrets() const { return m_secrets; }

private:
    QList<PayByLinkProfile> profiles();
    bool editProfile(QWidget *parent, std::optional<PayByLinkProfile> existing);
    QString duplicateProblem(const Payment &payment);
    void openLinkDialog(const std::optional<Payment> &from);

    QWidget *m_window;
    Database &db() const { return m_database(); }
    std::function<Database &()> m_database;
    JobRunner *m_jobs;
    QUndoStack *m_undo;
    Hooks m_hooks;
    SecretStore m_secrets;
    QAction *m_newLink;
    QAction *m_import;
    QAction *m_profiles;
    QAction *m_deleteImport;
    QAction *m_reissue;
    QAction *m_exportLinks;
};

} // namespace paylink
