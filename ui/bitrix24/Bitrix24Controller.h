#pragma once

#include "bitrix24/Bitrix24Portals.h"
#include "secrets/SecretStore.h"
#include "store/Payment.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace paylink {

class Database;

// The Bitrix24 part of the main window: saved portals, Get links (one id, a
// list or a range, through batch, with progress, time left and Cancel), Sync
// a deal's or invoice's payments, and for selected Bitrix24 rows: Mark paid /
// unpaid in Bitrix24 and Refresh link. Network calls are asynchronous on the
// GUI thread's event loop (QNetworkAccessManager); nothing here blocks it.
class Bitrix24Controller : public QObject
{
    Q_OBJECT

public:
    struct Hooks
    {
        std::function<QList<Payment>()> selectedPayments;
        std::function<void(qint64 id)> select;
        std::function<void(const QString &)> message;
        std::function<void(const QString &)> error;
        std::function<void()> refresh;
    };

    Bitrix24Controller(QWidget *window, std::function<Database &()> database, Hooks hooks);

    QAction *portalsAction() const { return m_portals; }
    QAction *getLinksAction() const { return m_getLinks; }
    QAction *syncAction() const { return m_sync; }
    QAction *payAction() const { return m_pay; }
    QAction *unpayAction() const { return m_unpay; }
    QAction *refreshLinkAction() const { return m_refreshLink; }

    // Enabled when the current payment is one of a saved portal; the actions
    // then work on every such payment of the selection.
    void updateActions(const std::optional<Payment> &current);

    void managePortals();
    // Opens the portal dialog to add one; true when saved.
    bool addPortal(QWidget *parent);
    void getLinks();
    void sync();
    // For the selected Bitrix24 payments of a saved portal.
    void markSelected(bool paid);
    void refreshSelectedLinks();

    // Runs as getLinks() does, without the dialog (tests, refresh): the links
    // are stored, then `done` gets the ids that failed with their messages.
    void fetchLinks(const Bitrix24Profile &portal, const QList<qint64> &ids,
                    std::function<void(qint64 done, qint64 total)> progress,
                    std::function<bool()> cancelled,
                    std::function<void(QStringList failures, int saved)> done);

    bool isBusy() const { return m_busy > 0; }

private:
    QList<Bitrix24Profile> portals();
    bool editPortal(QWidget *parent, std::optional<Bitrix24Profile> existing);
    std::optional<Bitrix24Profile> portalOf(const Payment &payment);
    // A client for `portal` with its keychain secrets; rotated tokens are
    // saved at once. Null (and the reason shown) when a secret is missing.
    class Bitrix24Client *clientFor(const Bitrix24Profile &portal);
    void handleMoved(const Bitrix24Profile &portal, const QString &movedTo);

    QWidget *m_window;
    std::function<Database &()> m_database;
    Database &db() const { return m_database(); }
    Hooks m_hooks;
    SecretStore m_secrets;
    int m_busy = 0;
    std::optional<Payment> m_current;
    QAction *m_portals;
    QAction *m_getLinks;
    QAction *m_sync;
    QAction *m_pay;
    QAction *m_unpay;
    QAction *m_refreshLink;
};

} // namespace paylink
