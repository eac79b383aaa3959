#include "Bitrix24Controller.h"

#include "Actions.h"
#include "PortalDialog.h"
#include "ProfileListDialog.h"
#include "bitrix24/Bitrix24Client.h"
#include "bitrix24/Bitrix24Payments.h"
#include "core/Redactor.h"
#include "store/Database.h"
#include "store/PaymentStore.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>
#include <memory>

namespace paylink {

namespace {

// A combo box of the saved portals, by id.
QComboBox *portalCombo(QWidget *parent, const QList<Bitrix24Profile> &portals,
                       const QString &objectName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    for (const Bitrix24Profile &p : portals)
        combo->addItem(QStringLiteral("%1 — %2").arg(p.name, p.describe()), p.id);
    return combo;
}

QString timeLeft(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    return s < 90 ? Bitrix24Controller::tr("about %n second(s) left", nullptr, int(s))
                  : Bitrix24Controller::tr("about %n minute(s) left", nullptr, int((s + 30) / 60));
}

} // namespace

Bitrix24Controller::Bitrix24Controller(QWidget *window, std::function<Database &()> database,
                                       Hooks hooks)
    : QObject(window)
    , m_window(window)
    , m_database(std::move(database))
    , m_hooks(std::move(hooks))
{
    m_portals = makeAction(window, QStringLiteral("actionBitrix24Portals"), tr("&Portals…"),
                           QStringLiteral("network-server"));
    m_getLinks =
        makeAction(window, QStringLiteral("actionGetBitrix24Links"), tr("&Get Bitrix24 links…"),
                   QStringLiteral("go-down"), QKeySequence(tr("Ctrl+G")));
    m_getLinks->setStatusTip(tr("Fetch the public links of Bitrix24 payments: one id, a list "
                                "or a range."));
    m_sync = makeAction(window, QStringLiteral("actionBitrix24Sync"),
                        tr("&Sync payments of a deal or invoice…"), QStringLiteral("view-refresh"),
                        QKeySequence(tr("Ctrl+Shift+Y")));
    m_pay = makeAction(window, QStringLiteral("actionBitrix24Pay"), tr("Mark paid in &Bitrix24"),
                       QStringLiteral("checkbox"));
    m_unpay = makeAction(window, QStringLiteral("actionBitrix24Unpay"),
                         tr("Mark unpaid in B&itrix24"), QStringLiteral("edit-undo"));
    m_refreshLink = makeAction(window, QStringLiteral("actionBitrix24RefreshLink"),
                               tr("Re&fresh Bitrix24 link"), QStringLiteral("view-refresh"),
                               QKeySequence(tr("Ctrl+Shift+R")));
    connect(m_portals, &QAction::triggered, this, &Bitrix24Controller::managePortals);
    connect(m_getLinks, &QAction::triggered, this, &Bitrix24Controller::getLinks);
    connect(m_sync, &QAction::triggered, this, &Bitrix24Controller::sync);
    connect(m_pay, &QAction::triggered, this, [this] { markSelected(true); });
    connect(m_unpay, &QAction::triggered, this, [this] { markSelected(false); });
    connect(m_refreshLink, &QAction::triggered, this, &Bitrix24Controller::refreshSelectedLinks);
    updateActions(std::nullopt);
}

void Bitrix24Controller::updateActions(const std::optional<Payment> &current)
{
    m_current = current;
    const bool remote = current && current->service == Service::Bitrix24
        && current->profileId.has_value() && !current->externalId.isEmpty();
    for (QAction *a : { m_pay, m_unpay, m_refreshLink }) {
        a->setEnabled(remote && m_busy == 0);
        a->setStatusTip(!current || remote
                            ? QString()
                            : tr("Only for Bitrix24 payments fetched through a saved portal."));
    }
}

QList<Bitrix24Profile> Bitrix24Controller::portals()
{
    const Result<QList<Bitrix24Profile>> list = Bitrix24Portals(db(), m_secrets).list();
    if (!list) {
        m_hooks.error(list.error().message);
        return {};
    }
    return *list;
}

bool Bitrix24Controller::editPortal(QWidget *parent, std::optional<Bitrix24Profile> existing)
{
    Bitrix24Portals store(db(), m_secrets);
    PortalDialog dialog(parent);
    if (existing) {
        const Result<Bitrix24Credentials> stored = store.credentials(*existing);
        dialog.setProfile(*existing, stored ? *stored : Bitrix24Credentials {});
    }
    dialog.setNotice(m_secrets.sessionOnlyMessage());
    while (dialog.exec() == QDialog::Accepted) {
        Bitrix24Profile p = dialog.profile();
        const Status s = existing
            ? store.update(p, dialog.credentials())
            : store.add(p, dialog.credentials().value_or(Bitrix24Credentials {}));
        if (s)
            return true;
        QMessageBox::warning(&dialog, dialog.windowTitle(), s.error().message);
    }
    return false;
}

bool Bitrix24Controller::addPortal(QWidget *parent)
{
    return editPortal(parent, std::nullopt);
}

void Bitrix24Controller::managePortals()
{
    ProfileListSource source;
    source.items = [this] {
        QList<QPair<QString, qint64>> items;
        for (const Bitrix24Profile &p : portals())
            items.append({ QStringLiteral("%1 — %2").arg(p.name, p.describe()), p.id });
        return items;
    };
    const auto load = [this](qint64 id) { return Bitrix24Portals(db(), m_secrets).load(id); };
    source.edit = [this, load](QWidget *parent, std::optional<qint64> id) {
        if (!id)
            return editPortal(parent, std::nullopt);
        const Result<Bitrix24Profile> p = load(*id);
        return p && editPortal(parent, *p);
    };
    source.removeQuestion = [load](qint64 id) {
        const Result<Bitrix24Profile> p = load(id);
        return tr("Remove the portal “%1” and its secrets from the keychain? Its payments stay.")
            .arg(p ? p->name : QString::number(id));
    };
    source.remove = [this, load](qint64 id) -> Status {
        const Result<Bitrix24Profile> p = load(id);
        if (!p)
            return p.error();
        return Bitrix24Portals(db(), m_secrets).remove(*p);
    };
    runProfileListDialog(m_window, QStringLiteral("portalsDialog"), tr("Bitrix24 portals"), source);
}

Bitrix24Client *Bitrix24Controller::clientFor(const Bitrix24Profile &portal)
{
    const Result<Bitrix24Credentials> credentials =
        Bitrix24Portals(db(), m_secrets).credentials(portal);
    if (!credentials) {
        m_hooks.error(credentials.error().message);
        return nullptr;
    }
    auto *client = new Bitrix24Client(portal.portal, *credentials, this);
    connect(
        client, &Bitrix24Client::tokensRotated, this,
        [this, portal](const QString &access, const QString &refresh) {
            if (Status s = Bitrix24Portals::saveTokens(m_secrets, portal, access, refresh); !s)
                m_hooks.error(
                    tr("The portal's new tokens could not be saved: %1").arg(s.error().message));
        });
    return client;
}

void Bitrix24Controller::handleMoved(const Bitrix24Profile &portal, const QString &movedTo)
{
    const QUrl target(movedTo);
    if (target.scheme() != QLatin1String("https") || target.host().isEmpty()) {
        m_hooks.error(tr("The portal “%1” has moved to an address that is not https; nothing "
                         "was sent there.")
                          .arg(portal.name));
        return;
    }
    const QString origin = target.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString();
    if (QMessageBox::question(m_window, tr("Portal moved"),
                              tr("The portal “%1” answers from %2 now. Nothing was sent there. "
                                 "Update the saved address?")
                                  .arg(portal.name, origin))
        != QMessageBox::Yes)
        return;
    Bitrix24Portals store(db(), m_secrets);
    Bitrix24Profile moved = portal;
    std::optional<Bitrix24Credentials> credentials;
    if (portal.portal.auth == Bitrix24Portal::Auth::Webhook) {
        const Result<Bitrix24Credentials> c = store.credentials(portal);
        if (!c) {
            m_hooks.error(c.error().message);
            return;
        }
        QUrl webhook(c->webhookUrl);
        webhook.setHost(target.host());
        webhook.setPort(target.port());
        credentials = *c;
        credentials->webhookUrl = webhook.toString();
    } else {
        QUrl address = portal.portal.portalUrl;
        address.setHost(target.host());
        address.setPort(target.port());
        moved.portal.portalUrl = address;
    }
    if (Status s = store.update(moved, credentials); !s)
        m_hooks.error(s.error().message);
    else
        m_hooks.message(tr("The portal “%1” now uses %2.").arg(portal.name, origin));
}

void Bitrix24Controller::fetchLinks(const Bitrix24Profile &portal, const QList<qint64> &ids,
                                    std::function<void(qint64, qint64)> progress,
                                    std::function<bool()> cancelled,
                                    std::function<void(QStringList, int)> done)
{
    Bitrix24Client *client = clientFor(portal);
    if (!client) {
        done({ tr("The portal's secrets are missing.") }, 0);
        return;
    }
    ++m_busy;
    updateActions(m_current);
    client->publicUrls(
        ids, std::move(progress), std::move(cancelled),
        [this, client, portal, done](const QList<Bitrix24Client::UrlOutcome> &outcomes) {
            client->deleteLater();
            --m_busy;
            PaymentStore store(db());
            QStringList failures;
            int saved = 0;
            qint64 first = 0;
            std::optional<QString> movedTo;
            for (const Bitrix24Client::UrlOutcome &o : outcomes) {
                if (o.error && o.error->kind == Bitrix24Error::Kind::Cancelled)
                    continue; // never asked for: not a failure
                if (o.error) {
                    if (o.error->kind == Bitrix24Error::Kind::Moved)
                        movedTo = o.error->movedTo;
                    qWarning("%lld: %s", o.id, qUtf8Printable(Redactor::redact(o.error->detail())));
                    failures << tr("%1: %2").arg(o.id).arg(o.error->message());
                    continue;
                }
                Payment p;
                if (Status s = Bitrix24Payments::saveLink(store, portal.id, o.id, *o.url, &p); !s) {
                    failures << tr("%1: %2").arg(o.id).arg(s.error().message);
                    continue;
                }
                if (!first)
                    first = p.id;
                ++saved;
            }
            m_hooks.refresh();
            if (first)
                m_hooks.select(first);
            if (movedTo)
                handleMoved(portal, *movedTo);
            done(failures, saved);
        });
}

void Bitrix24Controller::getLinks()
{
    QList<Bitrix24Profile> list = portals();
    if (list.isEmpty()) {
        if (QMessageBox::question(m_window, tr("Get Bitrix24 links"),
                                  tr("No Bitrix24 portal is saved yet. Add one now?"))
                != QMessageBox::Yes
            || !addPortal(m_window))
            return;
        list = portals();
        if (list.isEmpty())
            return;
    }
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("getLinksDialog"));
    dialog->setWindowTitle(tr("Get Bitrix24 links"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *portal = portalCombo(dialog, list, QStringLiteral("getLinksPortal"));
    auto *ids = new QLineEdit(dialog);
    ids->setObjectName(QStringLiteral("getLinksIds"));
    ids->setPlaceholderText(tr("1063, or 1063,1064, or 1000-1099"));
    auto *hint = new QLabel(dialog);
    hint->setObjectName(QStringLiteral("getLinksHint"));
    hint->setWordWrap(true);
    auto *bar = new QProgressBar(dialog);
    bar->setObjectName(QStringLiteral("getLinksProgress"));
    bar->hide();
    auto *status = new QLabel(dialog);
    status->setObjectName(QStringLiteral("getLinksStatus"));
    status->setWordWrap(true);
    auto *failures = new QPlainTextEdit(dialog);
    failures->setObjectName(QStringLiteral("getLinksFailures"));
    failures->setReadOnly(true);
    failures->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *start = buttons->addButton(tr("&Get links"), QDialogButtonBox::AcceptRole);
    start->setObjectName(QStringLiteral("getLinksStart"));
    start->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("getLinksCancel"));
    cancel->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Portal:"), portal);
    form->addRow(tr("Payment &ids:"), ids);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(bar);
    layout->addWidget(status);
    layout->addWidget(failures);
    layout->addWidget(buttons);

    auto cancelFlag = std::make_shared<bool>(false);
    const auto check = [ids, hint, start] {
        const Result<QList<qint64>> parsed = Bitrix24Payments::parseIds(ids->text());
        if (ids->text().trimmed().isEmpty())
            hint->clear();
        else if (!parsed)
            hint->setText(tr("Payment ids: %1").arg(parsed.error().message));
        else
            hint->setText(
                tr("%n payment(s)", nullptr, int(parsed->size())) + QStringLiteral(", ")
                + tr("%n request(s) to the portal", nullptr, int((parsed->size() + 49) / 50)));
        start->setEnabled(bool(parsed));
    };
    connect(ids, &QLineEdit::textChanged, dialog, check);
    check();
    connect(buttons, &QDialogButtonBox::rejected, dialog, [dialog, cancel, cancelFlag] {
        if (cancel->isVisible())
            *cancelFlag = true; // the batch in flight finishes; nothing after it is sent
        else
            dialog->reject();
    });
    connect(start, &QPushButton::clicked, dialog, [=, this] {
        const Result<QList<qint64>> parsed = Bitrix24Payments::parseIds(ids->text());
        if (!parsed)
            return;
        const Result<Bitrix24Profile> chosen =
            Bitrix24Portals(db(), m_secrets).load(portal->currentData().toLongLong());
        if (!chosen) {
            status->setText(chosen.error().message);
            return;
        }
        *cancelFlag = false;
        for (QWidget *w : std::initializer_list<QWidget *> { start, ids, portal })
            w->setEnabled(false);
        buttons->button(QDialogButtonBox::Close)->hide();
        cancel->show();
        bar->setRange(0, int(parsed->size()));
        bar->setValue(0);
        bar->show();
        failures->hide();
        status->setText(tr("Asking the portal…"));
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        QPointer<QDialog> alive(dialog);
        fetchLinks(
            *chosen, *parsed,
            [alive, bar, status, clock](qint64 done, qint64 total) {
                if (!alive)
                    return;
                bar->setValue(int(done));
                const qint64 left =
                    done > 0 ? clock->elapsed() * (total - done) / done : qint64(-1);
                status->setText(
                    left >= 0 ? tr("%1 of %2 links · %3").arg(done).arg(total).arg(timeLeft(left))
                              : tr("%1 of %2 links").arg(done).arg(total));
            },
            [cancelFlag] { return *cancelFlag; },
            [alive, start, ids, portal, buttons, cancel, bar, status, failures,
             cancelFlag](const QStringList &failed, int saved) {
                if (!alive)
                    return;
                for (QWidget *w : std::initializer_list<QWidget *> { start, ids, portal })
                    w->setEnabled(true);
                cancel->hide();
                buttons->button(QDialogButtonBox::Close)->show();
                bar->hide();
                QString text = tr("%n link(s) saved.", nullptr, saved);
                if (*cancelFlag)
                    text += u' ' + tr("Cancelled: the rest was not asked for.");
                if (!failed.isEmpty())
                    text += u' ' + tr("%n failed:", nullptr, int(failed.size()));
                status->setText(text);
                failures->setPlainText(failed.join(u'\n'));
                failures->setVisible(!failed.isEmpty());
            });
    });
    dialog->open();
}

void Bitrix24Controller::sync()
{
    const QList<Bitrix24Profile> list = portals();
    if (list.isEmpty()) {
        m_hooks.error(tr("No Bitrix24 portal is saved yet: add one under Bitrix24 ▸ Portals."));
        return;
    }
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("syncDialog"));
    dialog->setWindowTitle(tr("Sync Bitrix24 payments"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *portal = portalCombo(dialog, list, QStringLiteral("syncPortal"));
    auto *type = new QComboBox(dialog);
    type->setObjectName(QStringLiteral("syncEntityType"));
    type->addItem(tr("Deal"), 2);
    type->addItem(tr("Invoice"), 31);
    auto *entity = new QSpinBox(dialog);
    entity->setObjectName(QStringLiteral("syncEntityId"));
    entity->setRange(1, std::numeric_limits<int>::max());
    auto *status = new QLabel(dialog);
    status->setObjectName(QStringLiteral("syncStatus"));
    status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *start = buttons->addButton(tr("&Sync"), QDialogButtonBox::AcceptRole);
    start->setObjectName(QStringLiteral("syncStart"));
    start->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("&Portal:"), portal);
    form->addRow(tr("&Of a:"), type);
    form->addRow(tr("&Id:"), entity);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(status);
    layout->addWidget(buttons);
    connect(start, &QPushButton::clicked, dialog, [=, this] {
        const Result<Bitrix24Profile> chosen =
            Bitrix24Portals(db(), m_secrets).load(portal->currentData().toLongLong());
        if (!chosen) {
            status->setText(chosen.error().message);
            return;
        }
        Bitrix24Client *client = clientFor(*chosen);
        if (!client)
            return;
        start->setEnabled(false);
        status->setText(tr("Asking the portal…"));
        ++m_busy;
        QPointer<QDialog> alive(dialog);
        const Bitrix24Profile profile = *chosen;
        client->call(
            QStringLiteral("crm.item.payment.list"),
            { { QStringLiteral("entityTypeId"), type->currentData().toInt() },
              { QStringLiteral("entityId"), entity->value() } },
            [=, this](const Bitrix24Reply::Envelope &env) {
                client->deleteLater();
                --m_busy;
                QString text;
                if (env.error) {
                    qWarning("%s", qUtf8Printable(Redactor::redact(env.error->detail())));
                    text = env.error->message();
                } else if (const auto remote = Bitrix24Reply::payments(env.result); !remote) {
                    text = remote.error().message;
                } else {
                    PaymentStore store(db());
                    const auto saved = Bitrix24Payments::saveSynced(store, profile.id, *remote);
                    if (!saved) {
                        text = saved.error().message;
                    } else {
                        text = tr("Synchronised %n payment(s).", nullptr, int(saved->size()));
                        m_hooks.refresh();
                        if (!saved->isEmpty())
                            m_hooks.select(saved->constFirst().id);
                        m_hooks.message(text);
                    }
                }
                if (alive) {
                    status->setText(text);
                    start->setEnabled(true);
                }
            });
    });
    dialog->open();
}

std::optional<Bitrix24Profile> Bitrix24Controller::portalOf(const Payment &payment)
{
    if (payment.service != Service::Bitrix24 || !payment.profileId)
        return std::nullopt;
    const Result<Bitrix24Profile> p = Bitrix24Portals(db(), m_secrets).load(*payment.profileId);
    if (!p)
        return std::nullopt;
    return *p;
}

void Bitrix24Controller::markSelected(bool paid)
{
    const QList<Payment> selected = m_hooks.selectedPayments();
    struct Progress
    {
        int pending = 0;
        int changed = 0;
        QStringList failures;
    };
    auto progress = std::make_shared<Progress>();
    for (const Payment &payment : selected) {
        const std::optional<Bitrix24Profile> portal = portalOf(payment);
        bool ok = false;
        const qint64 remoteId = payment.externalId.toLongLong(&ok);
        if (!portal || !ok) {
            progress->failures
                << tr("%1: not a payment of a saved Bitrix24 portal").arg(payment.orderRef);
            continue;
        }
        Bitrix24Client *client = clientFor(*portal);
        if (!client)
            return;
        ++progress->pending;
        ++m_busy;
        const qint64 profileId = portal->id;
        client->call(
            paid ? QStringLiteral("crm.item.payment.pay")
                 : QStringLiteral("crm.item.payment.unpay"),
            { { QStringLiteral("id"), remoteId } }, [=, this](const Bitrix24Reply::Envelope &env) {
                client->deleteLater();
                --m_busy;
                if (env.error) {
                    qWarning("%s", qUtf8Printable(Redactor::redact(env.error->detail())));
                    progress->failures << tr("%1: %2").arg(payment.orderRef, env.error->message());
                } else if (env.result != QJsonValue(true)) {
                    progress->failures
                        << tr("%1: Bitrix24 did not confirm the change.").arg(payment.orderRef);
                } else {
                    PaymentStore store(db());
                    if (Status s = Bitrix24Payments::markLocal(store, profileId, remoteId, paid);
                        !s)
                        progress->failures << tr("%1: %2").arg(payment.orderRef, s.error().message);
                    else
                        ++progress->changed;
                }
                if (--progress->pending > 0)
                    return;
                m_hooks.refresh();
                const QString done = paid
                    ? tr("%n payment(s) marked paid in Bitrix24.", nullptr, progress->changed)
                    : tr("%n payment(s) marked unpaid in Bitrix24.", nullptr, progress->changed);
                if (progress->failures.isEmpty())
                    m_hooks.message(done);
                else
                    m_hooks.error(done + u'\n' + progress->failures.join(u'\n'));
            });
    }
    if (progress->pending == 0 && !progress->failures.isEmpty())
        m_hooks.error(progress->failures.join(u'\n'));
}

void Bitrix24Controller::refreshSelectedLinks()
{
    QHash<qint64, QList<qint64>> byPortal;
    QHash<qint64, Bitrix24Profile> portalsById;
    for (const Payment &payment : m_hooks.selectedPayments()) {
        const std::optional<Bitrix24Profile> portal = portalOf(payment);
        bool ok = false;
        const qint64 remoteId = payment.externalId.toLongLong(&ok);
        if (!portal || !ok)
            continue;
        portalsById.insert(portal->id, *portal);
        byPortal[portal->id].append(remoteId);
    }
    for (auto it = byPortal.cbegin(); it != byPortal.cend(); ++it) {
        fetchLinks(portalsById.value(it.key()), it.value(), {}, {},
                   [this](const QStringList &failures, int saved) {
                       const QString text = tr("%n link(s) refreshed.", nullptr, saved);
                       if (failures.isEmpty())
                           m_hooks.message(text);
                       else
                           m_hooks.error(text + u'\n' + failures.join(u'\n'));
                   });
    }
}

} // namespace paylink
