// The leak sweep: every CLI and GUI flow that handles a secret runs with
// distinctive secrets against a real keychain (GNOME Keyring in its own D-Bus
// session) and the fake Bitrix24 portal; then every file those flows left
// (database, write-ahead log, settings, logs, exports, PDFs, rejected rows),
// every process output and the clipboard are searched. There must be 0 hits.
#include "../FakePortal.h"
#include "../TestEnv.h"
#include "CliHarness.h"

#include "JobProgress.h"
#include "MainWindow.h"
#include "bitrix24/Bitrix24Controller.h"
#include "bitrix24/PortalDialog.h"
#include "core/AppInfo.h"
#include "core/Logger.h"
#include "paybylink/NewLinkDialog.h"
#include "paybylink/PayByLinkController.h"
#include "paybylink/PayByLinkProfiles.h"
#include "paybylink/ProfileDialog.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"
#include "store/PaymentStore.h"

#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace paylink;
using paylink::test::CliRun;

namespace {

// Long and unlike anything else a run prints, so a hit is a leak.
const QString kPassword = QStringLiteral("Pw-LEAKSWEEP-91b7-ÄÖ");
const QString kWebhookCode = QStringLiteral("leakhook5x8q2m7c");
const QString kAccessToken = QStringLiteral("leakaccess-3f9d1e");
const QString kRefreshToken = QStringLiteral("leakrefresh-8a2c4b");
const QString kClientSecret = QStringLiteral("leakclient-6e0f7a");
const QString kKey = QStringLiteral("2b2b9bff-0c96-4f33-a20d-c831ac87e571");

struct Hit
{
    QString where;
    QString secret;
};

} // namespace

class TestLeakSweep : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cliFlows();
    void guiFlows();
    void sweep();

private:
    QString in(const QString &name) const { return m_inputs.filePath(name); }
    QString out(const QString &name) const { return m_cliRoot.filePath(name); }
    CliRun cli(const QStringList &args);
    void searchBytes(const QString &where, const QByteArray &bytes);

    QTemporaryDir m_inputs; // the secret files themselves: not swept
    QTemporaryDir m_cliRoot; // HOME and XDG dirs of every CLI run, and their outputs
    std::unique_ptr<test::FakePortal> m_portal;
    QStringList m_secrets;
    QList<Hit> m_hits;
    int m_runs = 0;
    QString m_clipboard;
    bool m_walSwept = false;
};

void TestLeakSweep::initTestCase()
{
    QVERIFY(m_inputs.isValid() && m_cliRoot.isValid());
    QVERIFY2(qEnvironmentVariableIsSet("PAYLINK_TEST_KEYRING"),
             "run through tests/with-keyring.sh: the sweep needs a real keychain");
    SecretStore probe;
    QVERIFY2(probe.isPersistent(), "no keychain answered on the private D-Bus session");
    m_secrets = { kPassword, kWebhookCode, kAccessToken, kRefreshToken, kClientSecret };
    // The search finds each form it claims to find.
    searchBytes(QStringLiteral("self-check"), "x" + kPassword.toUtf8() + "y");
    searchBytes(QStringLiteral("self-check"), QUrl::toPercentEncoding(kPassword));
    searchBytes(
        QStringLiteral("self-check"),
        QByteArray(reinterpret_cast<const char *>(kWebhookCode.utf16()), kWebhookCode.size() * 2));
    QCOMPARE(m_hits.size(), 3);
    m_hits.clear();

    m_portal = std::make_unique<test::FakePortal>(QStringList {
        QStringLiteral("--webhook-code"), kWebhookCode, QStringLiteral("--access-token"),
        kAccessToken, QStringLiteral("--refresh-token"), kRefreshToken,
        QStringLiteral("--client-secret"), kClientSecret });
    QVERIFY2(m_portal->isReady(), qPrintable(m_portal->startError()));
    const QString base = QStringLiteral("https://127.0.0.1:%1").arg(m_portal->port());
    QVERIFY(test::writeBytes(in(QStringLiteral("password.txt")), kPassword.toUtf8() + "\n"));
    QVERIFY(test::writeBytes(in(QStringLiteral("webhook.txt")),
                             (base + QStringLiteral("/rest/1/") + kWebhookCode + u'/').toUtf8()
                                 + "\r\n"));
    QVERIFY(test::writeBytes(
        in(QStringLiteral("tokens.json")),
        QStringLiteral("{\"access_token\":\"%1\",\"refresh_token\":\"%2\",\"client_id\":"
                       "\"app.test\",\"client_secret\":\"%3\",\"oauth_server\":\"%4/oauth/\"}")
            .arg(kAccessToken, kRefreshToken, kClientSecret, base)
            .toUtf8()));
    QVERIFY(test::writeBytes(in(QStringLiteral("orders.csv")),
                             "order;name;amount;expiry;email\n"
                             "L-1;Jérôme;12,50;31-12-2099;j@example.nl\n"
                             "L-2;Anna;abc;31-12-2099;a@example.nl\n"
                             "L-3;Piet;3,00;31-12-2099;p@example.nl\n"));
}

CliRun TestLeakSweep::cli(const QStringList &args)
{
    QProcessEnvironment env = test::isolatedEnvironment(m_cliRoot.path());
    // The real keychain of the test's D-Bus session.
    for (const char *name : { "DBUS_SESSION_BUS_ADDRESS", "PAYLINK_TEST_KEYRING" })
        env.insert(QString::fromLatin1(name), qEnvironmentVariable(name));
    const CliRun r = test::runCli(
        env, args + QStringList { QStringLiteral("--db"), out(QStringLiteral("cli.sqlite")) });
    ++m_runs;
    const QString what = args.mid(0, 2).join(u' ');
    searchBytes(QStringLiteral("stdout of %1").arg(what), r.out.toUtf8());
    searchBytes(QStringLiteral("stderr of %1").arg(what), r.err.toUtf8());
    // No secret is ever passed as an argument, by the CLI's contract.
    searchBytes(QStringLiteral("arguments of %1").arg(what), args.join(u' ').toUtf8());
    return r;
}

void TestLeakSweep::cliFlows()
{
    const QString ca = m_portal->caPath();
    const QStringList webhook = { QStringLiteral("--webhook-file"),
                                  in(QStringLiteral("webhook.txt")), QStringLiteral("--ca-file"),
                                  ca };
    struct Step
    {
        QStringList args;
        int code;
    };
    const QList<Step> steps = {
        { { QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("paybylink"),
            QStringLiteral("Shop"), QStringLiteral("--entity-key"), kKey, QStringLiteral("--user"),
            QStringLiteral("LeakUser"), QStringLiteral("--password-file"),
            in(QStringLiteral("password.txt")) },
          0 },
        { { QStringLiteral("profile"), QStringLiteral("list") }, 0 },
        { { QStringLiteral("paybylink"), QStringLiteral("sign"), QStringLiteral("--profile"),
            QStringLiteral("Shop"), QStringLiteral("--order"), QStringLiteral("S-1"),
            QStringLiteral("--amount"), QStringLiteral("9,99"), QStringLiteral("--save") },
          0 },
        // A bad flag: the error text must not carry the password either.
        { { QStringLiteral("paybylink"), QStringLiteral("sign"), QStringLiteral("--profile"),
            QStringLiteral("Shop"), QStringLiteral("--order"), QStringLiteral("S-2"),
            QStringLiteral("--amount"), QStringLiteral("-1") },
          1 },
        // Two rows imported, one rejected (exit code 1) and saved to fix.
        { { QStringLiteral("paybylink"), QStringLiteral("import"), in(QStringLiteral("orders.csv")),
            QStringLiteral("--profile"), QStringLiteral("Shop"), QStringLiteral("--rejected"),
            out(QStringLiteral("rejected.csv")) },
          1 },
        { QStringList { QStringLiteral("bitrix24"), QStringLiteral("url"), QStringLiteral("--id"),
                        QStringLiteral("1000,1001"), QStringLiteral("--save") }
              + webhook,
          0 },
        // Errors from the portal name the webhook only redacted.
        { QStringList { QStringLiteral("bitrix24"), QStringLiteral("url"), QStringLiteral("--id"),
                        QStringLiteral("999999") }
              + webhook,
          -2 },
        { QStringList { QStringLiteral("bitrix24"), QStringLiteral("sync"),
                        QStringLiteral("--entity-type"), QStringLiteral("2"),
                        QStringLiteral("--entity-id"), QStringLiteral("7") }
              + webhook,
          0 },
        { QStringList { QStringLiteral("bitrix24"), QStringLiteral("pay"), QStringLiteral("--id"),
                        QStringLiteral("1064") }
              + webhook,
          0 },
        { QStringList { QStringLiteral("bitrix24"), QStringLiteral("unpay"), QStringLiteral("--id"),
                        QStringLiteral("1064") }
              + webhook,
          0 },
        { { QStringLiteral("export"), QStringLiteral("-o"), out(QStringLiteral("all.csv")) }, 0 },
        { { QStringLiteral("export"), QStringLiteral("--links"), QStringLiteral("-o"),
            out(QStringLiteral("links.csv")) },
          0 },
        // The synced payments have no link yet: skipped and named (exit code 1).
        { { QStringLiteral("invoices"), QStringLiteral("--all"), QStringLiteral("-o"),
            out(QStringLiteral("invoices.pdf")) },
          1 },
        { { QStringLiteral("list"), QStringLiteral("--json") }, 0 },
    };
    for (const Step &step : steps) {
        const CliRun r = cli(step.args);
        if (step.code == -2)
            QVERIFY2(r.code != 0, r.describe().constData());
        else
            QVERIFY2(r.code == step.code, r.describe().constData());
    }

    // OAuth: the access token has expired; one refresh rotates both tokens.
    QVERIFY(m_portal->control(QJsonObject { { QStringLiteral("expire_token"), true } }));
    const CliRun oauth =
        cli({ QStringLiteral("bitrix24"), QStringLiteral("url"), QStringLiteral("--portal"),
              QStringLiteral("https://127.0.0.1:%1").arg(m_portal->port()),
              QStringLiteral("--token-file"), in(QStringLiteral("tokens.json")),
              QStringLiteral("--ca-file"), ca, QStringLiteral("--id"), QStringLiteral("1002") });
    QVERIFY2(oauth.code == 0, oauth.describe().constData());
    const QJsonObject stats = m_portal->stats();
    QCOMPARE(stats.value(QStringLiteral("refreshes")).toInt(), 1);
    // The rotated pair is as secret as the first one.
    const QJsonObject tokens = stats.value(QStringLiteral("tokens")).toObject();
    m_secrets << tokens.value(QStringLiteral("access_token")).toString()
              << tokens.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!m_secrets.contains(QString()));
    QVERIFY(m_runs >= 15);
}

void TestLeakSweep::guiFlows()
{
    // The window runs in this process; its settings, log and database are
    // under XDG dirs set in main() before the application started. QTest has
    // its own message handler while it runs; the app's log takes over here.
    Logger::install(QStringLiteral("paylink-desk"));
    const auto restoreLog = qScopeGuard([] { Logger::uninstall(); });
    auto db = Database::open(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                             + QStringLiteral("/gui.sqlite"));
    QVERIFY(db);
    auto window = std::make_unique<MainWindow>(std::move(db).value());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    // The profile dialog holds the typed password; the store puts it in the keychain.
    {
        ProfileDialog dialog;
        dialog.findChild<QLineEdit *>(QStringLiteral("profilePassword"))->setText(kPassword);
        QCOMPARE(dialog.password(), std::optional<QString>(kPassword));
    }
    PayByLinkProfile profile;
    profile.name = QStringLiteral("Gui shop");
    profile.entityKey = kKey;
    profile.user = QStringLiteral("LeakUser");
    SecretStore secrets;
    QVERIFY(PayByLinkProfiles(window->database(), secrets).add(profile, kPassword));

    window->payByLink()->newLink();
    auto *dialog = window->findChild<NewLinkDialog *>(QStringLiteral("newLinkDialog"));
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("linkOrder"))->setText(QStringLiteral("G-1"));
    dialog->findChild<QLineEdit *>(QStringLiteral("linkAmount"))->setText(QStringLiteral("7,25"));
    QTRY_VERIFY(dialog->linkText().contains(QStringLiteral("Or=G-1")));
    dialog->accept();
    QTRY_COMPARE(*PaymentStore(window->database()).count(PaymentFilter {}), qint64(1));

    // A saved portal: links fetched through the window's controller (one id
    // fails and is reported), and the portal dialog's Test connection.
    Bitrix24Profile portal;
    portal.name = QStringLiteral("Gui portal");
    portal.portal.extraCas = QSslCertificate::fromPath(m_portal->caPath(), QSsl::Pem);
    Bitrix24Credentials webhook;
    webhook.webhookUrl =
        QStringLiteral("https://127.0.0.1:%1/rest/1/%2/").arg(m_portal->port()).arg(kWebhookCode);
    QVERIFY(Bitrix24Portals(window->database(), secrets).add(portal, webhook));
    bool fetched = false;
    window->bitrix24()->fetchLinks(portal, { 1000, 1001, 999999 }, {}, {},
                                   [&fetched](const QStringList &failures, int saved) {
                                       fetched = saved == 2 && failures.size() == 1;
                                   });
    QTRY_VERIFY_WITH_TIMEOUT(fetched, 20000);
    {
        PortalDialog dialog;
        dialog.findChild<QLineEdit *>(QStringLiteral("portalName"))->setText(QStringLiteral("X"));
        dialog.findChild<QLineEdit *>(QStringLiteral("portalWebhook"))->setText(webhook.webhookUrl);
        dialog.findChild<QLineEdit *>(QStringLiteral("portalCaFile"))->setText(m_portal->caPath());
        QSignalSpy tested(&dialog, &PortalDialog::tested);
        dialog.testConnection();
        QVERIFY(tested.wait(20000));
        QCOMPARE(tested.first().first().toBool(), true);
    }

    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    auto *job = window->findChild<JobProgress *>(QStringLiteral("jobProgress"));
    window->exportCsvTo(dir + QStringLiteral("/gui-export.csv"));
    QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), 20000);
    window->payByLink()->exportLinksTo(dir + QStringLiteral("/gui-links.csv"));
    QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), 20000);
    window->writeInvoicesPdf(dir + QStringLiteral("/gui-invoices.pdf"), {}, {}, {});
    QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), 30000);
    for (const char *name : { "/gui-export.csv", "/gui-links.csv", "/gui-invoices.pdf" })
        QVERIFY2(QFileInfo(dir + QLatin1String(name)).size() > 0, name);

    // The write-ahead log, while the window still has the file open.
    const QString wal = window->database().path() + QStringLiteral("-wal");
    QVERIFY(QFileInfo(wal).size() > 0);
    searchBytes(QStringLiteral("gui.sqlite-wal"), test::readBytes(wal));
    m_walSwept = true;

    window->copyDiagnostics();
    m_clipboard = QGuiApplication::clipboard()->text();
    QVERIFY(m_clipboard.contains(QStringLiteral("Paylink Desk")));
    window->close();
    window.reset();
}

void TestLeakSweep::searchBytes(const QString &where, const QByteArray &bytes)
{
    for (const QString &secret : std::as_const(m_secrets)) {
        const QByteArray utf8 = secret.toUtf8();
        const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
        const QByteArray percent = QUrl::toPercentEncoding(secret);
        if (bytes.contains(utf8) || bytes.contains(utf16) || bytes.contains(percent))
            m_hits.append({ where, secret.left(4) + QStringLiteral("…") });
    }
}

void TestLeakSweep::sweep()
{
    int files = 0;
    qint64 bytes = 0;
    QStringList places;
    for (const QString &root :
         { m_cliRoot.path(),
           QFileInfo(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
               .absolutePath(),
           QFileInfo(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
               .absolutePath() }) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QByteArray content = test::readBytes(file);
            searchBytes(file, content);
            ++files;
            bytes += content.size();
            places << QFileInfo(file).fileName();
        }
    }
    searchBytes(QStringLiteral("the clipboard (diagnostics)"), m_clipboard.toUtf8());
    QVERIFY(m_walSwept);
    places.sort();
    qInfo("swept %d files (%lld bytes) and %d runs' output: %s", files, bytes, m_runs,
          qPrintable(places.join(QStringLiteral(", "))));
    // Every kind of place the issue names was there to be searched.
    for (const QString &kind :
         { QStringLiteral("cli.sqlite"), QStringLiteral("gui.sqlite"),
           QStringLiteral("paylink-desk.ini"), QStringLiteral("paylink-desk.log"),
           QStringLiteral("all.csv"), QStringLiteral("links.csv"), QStringLiteral("invoices.pdf"),
           QStringLiteral("rejected.csv"), QStringLiteral("gui-export.csv"),
           QStringLiteral("gui-links.csv"), QStringLiteral("gui-invoices.pdf") })
        QVERIFY2(places.contains(kind), qPrintable(kind + QStringLiteral(" was not written")));
    QStringList report;
    for (const Hit &h : std::as_const(m_hits))
        report << h.where + QStringLiteral(": ") + h.secret;
    QVERIFY2(m_hits.isEmpty(), qPrintable(report.join(u'\n')));
}

int main(int argc, char *argv[])
{
    // Before anything reads a standard path: the window's settings, log and
    // database go to a fresh place that the sweep then searches.
    static QTemporaryDir guiRoot;
    for (const char *name : { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME" })
        qputenv(name, (guiRoot.path() + u'/' + QString::fromLatin1(name)).toUtf8());
    paylink::AppInfo::applyNames();
    QApplication app(argc, argv);
    TestLeakSweep test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_leak_sweep.moc"
