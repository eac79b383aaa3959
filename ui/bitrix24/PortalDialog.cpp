#include "PortalDialog.h"

#include "Actions.h"
#include "SecretWarning.h"
#include "core/Redactor.h"
#include "core/WebLink.h"
#include "secrets/SecretFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QVBoxLayout>

namespace paylink {

PortalDialog::PortalDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Bitrix24 portal"));
    setObjectName(QStringLiteral("portalDialog"));
    auto *form = new QFormLayout;
    const auto addRow = [form](const QString &label, QWidget *field, QList<QWidget *> *group) {
        auto *l = new QLabel(label);
        l->setBuddy(field);
        form->addRow(l, field);
        if (group)
            *group << l << field;
    };

    m_name = makeLineEdit(this, QStringLiteral("portalName"), tr("e.g. Main portal"));
    addRow(tr("&Name:"), m_name, nullptr);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("portalKind"));
    m_kind->addItem(tr("Incoming webhook"), QStringLiteral("webhook"));
    m_kind->addItem(tr("OAuth application"), QStringLiteral("oauth"));
    addRow(tr("&Connect with:"), m_kind, nullptr);

    m_webhook = makeLineEdit(this, QStringLiteral("portalWebhook"),
                             QStringLiteral("https://yourcompany.bitrix24.com/rest/1/…/"));
    makeSecretField(m_webhook, QStringLiteral("revealWebhook"));
    m_webhook->setToolTip(tr("Paste the whole “Webhook to call REST API” from Bitrix24 "
                             "(Developer resources ▸ Other ▸ Incoming webhook), with the "
                             "“salescenter” and “crm” scopes."));
    addRow(tr("&Webhook URL:"), m_webhook, &m_webhookRows);

    m_address = makeLineEdit(this, QStringLiteral("portalAddress"),
                             QStringLiteral("https://yourcompany.bitrix24.com"));
    addRow(tr("Portal &address:"), m_address, &m_oauthRows);
    m_oauthServer = makeLineEdit(this, QStringLiteral("portalOAuthServer"));
    m_oauthServer->setText(Bitrix24Portal().oauthServer.toString());
    addRow(tr("OAuth &server:"), m_oauthServer, &m_oauthRows);
    m_clientId = makeLineEdit(this, QStringLiteral("portalClientId"), tr("local.…"));
    addRow(tr("Client &id:"), m_clientId, &m_oauthRows);
    m_clientSecret = makeLineEdit(this, QStringLiteral("portalClientSecret"));
    makeSecretField(m_clientSecret, QStringLiteral("revealClientSecret"));
    addRow(tr("Client s&ecret:"), m_clientSecret, &m_oauthRows);
    m_accessToken = makeLineEdit(this, QStringLiteral("portalAccessToken"));
    makeSecretField(m_accessToken, QStringLiteral("revealAccessToken"));
    addRow(tr("Access &token:"), m_accessToken, &m_oauthRows);
    m_refreshToken = makeLineEdit(this, QStringLiteral("portalRefreshToken"));
    makeSecretField(m_refreshToken, QStringLiteral("revealRefreshToken"));
    addRow(tr("&Refresh token:"), m_refreshToken, &m_oauthRows);

    m_caFile = makeLineEdit(this, QStringLiteral("portalCaFile"),
                            tr("only for a portal with its own certificate authority"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("CA certificate"), QString(), tr("PEM certificates (*.pem *.crt);;All (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto *caRow = new QWidget(this);
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(browse);
    addRow(tr("Extra &CA:"), caRow, nullptr);
    m_linkHosts = makeLineEdit(this, QStringLiteral("portalLinkHosts"),
                               tr("only if its payment pages are on another host"));
    m_linkHosts->setToolTip(tr("Payment links from this portal are used only when they lead to "
                               "the portal itself or to a host listed here (separate several "
                               "with commas)."));
    addRow(tr("Other &link hosts:"), m_linkHosts, nullptr);
    m_enterprise = new QCheckBox(tr("Enterprise plan (5 requests a second instead of 2)"), this);
    m_enterprise->setObjectName(QStringLiteral("portalEnterprise"));
    form->addRow(QString(), m_enterprise);

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    connect(m_test, &QPushButton::clicked, this, &PortalDialog::testConnection);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("portalVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_verdict, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("portalProblem"));
    m_problem->setWordWrap(true);
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PortalDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_notice);
    layout->addWidget(m_buttons);

    for (QLineEdit *e : { m_name, m_webhook, m_address, m_oauthServer, m_clientId, m_clientSecret,
                          m_accessToken, m_refreshToken, m_caFile, m_linkHosts })
        connect(e, &QLineEdit::textChanged, this, &PortalDialog::revalidate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PortalDialog::revalidate);
    revalidate();
}

bool PortalDialog::isOAuth() const
{
    return m_kind->currentData().toString() == QLatin1String("oauth");
}

void PortalDialog::setProfile(const Bitrix24Profile &profile, const Bitrix24Credentials &stored)
{
    m_editing = true;
    m_original = profile;
    m_stored = stored;
    m_name->setText(profile.name);
    m_kind->setCurrentIndex(profile.portal.auth == Bitrix24Portal::Auth::OAuth ? 1 : 0);
    m_kind->setEnabled(false); // another kind is another portal
    m_address->setText(profile.portal.portalUrl.toString());
    m_oauthServer->setText(profile.portal.oauthServer.toString());
    m_clientId->setText(profile.clientId);
    m_enterprise->setChecked(profile.enterprise);
    m_linkHosts->setText(profile.portal.linkHosts.join(QStringLiteral(", ")));
    for (QLineEdit *e : { m_webhook, m_clientSecret, m_accessToken, m_refreshToken })
        e->setPlaceholderText(tr("unchanged (kept in the keychain)"));
    m_caFile->setPlaceholderText(profile.portal.extraCas.isEmpty()
                                     ? tr("none")
                                     : tr("%n saved certificate(s); choose a file to replace",
                                          nullptr, int(profile.portal.extraCas.size())));
    revalidate();
}

Bitrix24Profile PortalDialog::profile() const
{
    Bitrix24Profile p = m_original;
    p.name = m_name->text().trimmed();
    p.portal.auth = isOAuth() ? Bitrix24Portal::Auth::OAuth : Bitrix24Portal::Auth::Webhook;
    if (isOAuth()) {
        p.portal.portalUrl = QUrl(m_address->text().trimmed());
        p.portal.oauthServer = QUrl(m_oauthServer->text().trimmed());
        p.clientId = m_clientId->text().trimmed();
    } else if (!m_webhook->text().trimmed().isEmpty()) {
        p.portal.portalUrl =
            QUrl(m_webhook->text().trimmed()).adjusted(QUrl::RemovePath | QUrl::RemoveQuery);
    }
    p.enterprise = m_enterprise->isChecked();
    p.portal.drainPerSecond = p.enterprise ? 5 : 2;
    p.portal.burst = p.enterprise ? 250 : 50;
    if (!m_caFile->text().trimmed().isEmpty())
        if (const auto cas = Bitrix24Portals::readCaFile(m_caFile->text().trimmed()))
            p.portal.extraCas = *cas;
    p.portal.linkHosts.clear();
    for (const QString &text : typedLinkHosts())
        if (const Result<QString> host = WebLink::parseHost(text);
            host && !p.portal.linkHosts.contains(*host))
            p.portal.linkHosts.append(*host);
    return p;
}

QStringList PortalDialog::typedLinkHosts() const
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return m_linkHosts->text().split(separators, Qt::SkipEmptyParts);
}

std::optional<Bitrix24Credentials> PortalDialog::credentials() const
{
    Bitrix24Credentials c;
    c.webhookUrl = m_webhook->text().trimmed();
    c.accessToken = m_accessToken->text().trimmed();
    c.refreshToken = m_refreshToken->text().trimmed();
    c.clientId = m_clientId->text().trimmed();
    c.clientSecret = m_clientSecret->text().trimmed();
    const bool typed = isOAuth() ? !c.accessToken.isEmpty() : !c.webhookUrl.isEmpty();
    if (m_editing && !typed)
        return std::nullopt;
    return c;
}

Bitrix24Credentials PortalDialog::effectiveCredentials() const
{
    if (const auto typed = credentials())
        return *typed;
    Bitrix24Credentials c = m_stored;
    c.clientId = m_clientId->text().trimmed();
    return c;
}

void PortalDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QStringList PortalDialog::secretWarnings() const
{
    QStringList warnings;
    // Trimmed when saved: only what is inside a secret can hide there.
    warnings << SecretFile::check(m_webhook->text().trimmed(), tr("The webhook URL"))
             << SecretFile::check(m_accessToken->text().trimmed(), tr("The access token"))
             << SecretFile::check(m_refreshToken->text().trimmed(), tr("The refresh token"))
             << SecretFile::check(m_clientSecret->text().trimmed(), tr("The client secret"));
    return warnings;
}

void PortalDialog::revalidate()
{
    for (QWidget *w : std::as_const(m_webhookRows))
        w->setVisible(!isOAuth());
    for (QWidget *w : std::as_const(m_oauthRows))
        w->setVisible(isOAuth());
    QString why;
    const std::optional<Bitrix24Credentials> typed = credentials();
    if (m_name->text().trimmed().isEmpty()) {
        why = tr("Name: give the portal a name.");
    } else if (!isOAuth()) {
        if (typed)
            if (Status s = Bitrix24Client::checkWebhookUrl(typed->webhookUrl); !s)
                why = s.error().message;
    } else if (Status s = Bitrix24Client::checkPortalUrl(QUrl(m_address->text().trimmed())); !s) {
        why = s.error().message;
    } else if (Status o = Bitrix24Client::checkPortalUrl(QUrl(m_oauthServer->text().trimmed()),
                                                         tr("The OAuth server address"));
               !o) {
        why = o.error().message;
    } else if (!typed) {
        if (!m_editing)
            why = tr("Access token: paste the application's access token.");
    } else if (!typed->refreshToken.isEmpty()
               && (typed->clientId.isEmpty() || typed->clientSecret.isEmpty())) {
        why = tr("Refreshing the token needs the client id and client secret as well.");
    }
    const QString ca = m_caFile->text().trimmed();
    if (why.isEmpty() && !ca.isEmpty())
        if (const auto cas = Bitrix24Portals::readCaFile(ca); !cas)
            why = tr("Extra CA: %1").arg(cas.error().message);
    for (const QString &text : typedLinkHosts())
        if (const Result<QString> host = WebLink::parseHost(text); why.isEmpty() && !host)
            why = tr("Other link hosts: %1").arg(host.error().message);
    const QStringList warnings = secretWarnings();
    const QString shown = why.isEmpty() ? warnings.join(u'\n') : why;
    m_problem->setText(shown);
    m_problem->setVisible(!shown.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(why.isEmpty());
    m_test->setEnabled(
        why.isEmpty() && !m_testing
        && (typed
            || (isOAuth() ? !m_stored.accessToken.isEmpty() : !m_stored.webhookUrl.isEmpty())));
    m_confirmed = false;
}

void PortalDialog::testConnection()
{
    if (m_testing)
        return;
    m_testing = true;
    m_test->setEnabled(false);
    m_verdict->setText(tr("Testing…"));
    const Bitrix24Profile p = profile();
    auto *client = new Bitrix24Client(p.portal, effectiveCredentials(), this);
    client->checkAccess([this, client](std::optional<Bitrix24Error> error) {
        client->deleteLater();
        m_testing = false;
        revalidate();
        if (!error) {
            m_verdict->setText(tr("Connected: the portal accepted the secret, and it may use "
                                  "Sales Center and CRM payments."));
            Q_EMIT tested(true);
            return;
        }
        qWarning("%s", qUtf8Printable(Redactor::redact(error->detail())));
        m_verdict->setText(error->message());
        Q_EMIT tested(false);
        if (error->kind == Bitrix24Error::Kind::Moved && !error->movedTo.isEmpty())
            offerMovedAddress(error->movedTo);
    });
}

void PortalDialog::offerMovedAddress(const QString &movedTo)
{
    const QUrl target(movedTo);
    if (target.scheme() != QLatin1String("https") || target.host().isEmpty())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, windowTitle(),
        tr("The portal answers from %1 now. Use that address? Nothing was sent there.")
            .arg(target.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString()),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("portalMovedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, target](int result) {
        if (result != QMessageBox::Yes)
            return;
        const auto moveHost = [&target](const QString &text) {
            QUrl url(text.trimmed());
            url.setHost(target.host());
            url.setPort(target.port());
            return url.toString();
        };
        if (isOAuth()) {
            m_address->setText(moveHost(m_address->text()));
        } else {
            m_webhook->setText(moveHost(m_webhook->text().trimmed().isEmpty() ? m_stored.webhookUrl
                                                                              : m_webhook->text()));
        }
    });
    box->open();
}

QString PortalDialog::verdictText() const
{
    return m_verdict->text();
}

void PortalDialog::accept()
{
    const QStringList warnings = secretWarnings();
    if (warnings.isEmpty() || m_confirmed) {
        QDialog::accept();
        return;
    }
    confirmSecretsAsTyped(
        this, warnings,
        [this] {
            m_confirmed = true;
            QDialog::accept();
        },
        [] {});
}

} // namespace paylink
