// Saved Bitrix24 portals (docs/DECISIONS.md D28) through the real `paylink`
// binary, a real keychain (GNOME Keyring in the test's own D-Bus session) and
// the fake portal: `profile add bitrix24` keeps the webhook or the tokens in
// the keychain and only the address and CA in the database; `bitrix24 …
// --profile` needs no secret file; an expired token is refreshed once and the
// rotated pair is stored, so the next refresh works; `profile remove` deletes
// the keychain entries.
#include "../FakePortal.h"
#include "../TestEnv.h"
#include "CliHarness.h"

#include "secrets/SecretStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace paylink;
using paylink::test::CliRun;

namespace {

const QString kCode = QStringLiteral("portalcode7k2v9");
const QString kAccess = QStringLiteral("portal-access-1x");
const QString kRefresh = QStringLiteral("portal-refresh-1x");
const QString kClientSecret = QStringLiteral("portal-client-secret-x");

} // namespace

class TestBitrix24Portals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void webhookPortal();
    void oauthTokensFromEnvironment();
    void oauthPortalStoresRotatedTokens();
    void badUse_data();
    void badUse();
    void removeDeletesTheKeychainEntries();

private:
    CliRun cli(const QStringList &args, const QString &tokenVariable = QString());
    QString file(const QString &name) const { return m_dir.filePath(name); }
    // The secret `name` of the portal `profile`, read from the keychain.
    std::optional<QString> secret(const QString &profile, const QString &name);
    QJsonObject settingsOf(const QString &profile);

    QTemporaryDir m_dir;
    std::unique_ptr<test::FakePortal> m_portal;
    QString m_db;
    QString m_base;
};

void TestBitrix24Portals::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(qEnvironmentVariableIsSet("PAYLINK_TEST_KEYRING"), "run through with-keyring.sh");
    QVERIFY2(SecretStore().isPersistent(), "no keychain answered");
    m_portal = std::make_unique<test::FakePortal>(
        QStringList { QStringLiteral("--webhook-code"), kCode, QStringLiteral("--access-token"),
                      kAccess, QStringLiteral("--refresh-token"), kRefresh,
                      QStringLiteral("--client-secret"), kClientSecret });
    QVERIFY2(m_portal->isReady(), qPrintable(m_portal->startError()));
    m_base = QStringLiteral("https://127.0.0.1:%1").arg(m_portal->port());
    m_db = file(QStringLiteral("portals.sqlite"));
    QVERIFY(test::writeBytes(file(QStringLiteral("webhook.txt")),
                             (m_base + QStringLiteral("/rest/1/") + kCode + u'/').toUtf8() + "\n"));
    QVERIFY(test::writeBytes(
        file(QStringLiteral("tokens.json")),
        QStringLiteral("{\"access_token\":\"%1\",\"refresh_token\":\"%2\",\"client_id\":"
                       "\"app.test\",\"client_secret\":\"%3\",\"oauth_server\":\"%4/oauth/\"}")
            .arg(kAccess, kRefresh, kClientSecret, m_base)
            .toUtf8()));
}

CliRun TestBitrix24Portals::cli(const QStringList &args, const QString &tokenVariable)
{
    QProcessEnvironment env = test::isolatedEnvironment(file(QStringLiteral("env")));
    for (const char *name : { "DBUS_SESSION_BUS_ADDRESS", "PAYLINK_TEST_KEYRING" })
        env.insert(QString::fromLatin1(name), qEnvironmentVariable(name));
    if (!tokenVariable.isNull())
        env.insert(QStringLiteral("PAYLINK_BITRIX24_TOKEN"), tokenVariable);
    return test::runCli(env, args + QStringList { QStringLiteral("--db"), m_db });
}

QJsonObject TestBitrix24Portals::settingsOf(const QString &profile)
{
    bool ok = false;
    const QList<QVariantList> rows = test::sqlRows(
        m_db, QStringLiteral("SELECT settings FROM profiles WHERE name = '%1'").arg(profile), &ok);
    if (!ok || rows.isEmpty())
        return {};
    return QJsonDocument::fromJson(rows.first().first().toByteArray()).object();
}

std::optional<QString> TestBitrix24Portals::secret(const QString &profile, const QString &name)
{
    bool ok = false;
    const QList<QVariantList> rows = test::sqlRows(
        m_db, QStringLiteral("SELECT uid FROM profiles WHERE name = '%1'").arg(profile), &ok);
    if (!ok || rows.isEmpty())
        return std::nullopt;
    const auto value =
        SecretStore().read(SecretStore::profileKey(rows.first().first().toString(), name));
    return value ? *value : std::nullopt;
}

void TestBitrix24Portals::webhookPortal()
{
    const CliRun add = cli({ QStringLiteral("profile"), QStringLiteral("add"),
                             QStringLiteral("bitrix24"), QStringLiteral("Main portal"),
                             QStringLiteral("--webhook-file"), file(QStringLiteral("webhook.txt")),
                             QStringLiteral("--ca-file"), m_portal->caPath() });
    QVERIFY2(add.code == 0, add.describe().constData());
    QVERIFY2(add.err.contains(m_base + QStringLiteral(" (webhook)")), add.describe().constData());
    // The keychain holds the webhook; the database only the origin and the CA.
    QCOMPARE(secret(QStringLiteral("Main portal"), QStringLiteral("webhook")),
             std::optional<QString>(m_base + QStringLiteral("/rest/1/") + kCode + u'/'));
    const QJsonObject settings = settingsOf(QStringLiteral("Main portal"));
    QCOMPARE(settings.value(QStringLiteral("auth")).toString(), QStringLiteral("webhook"));
    QCOMPARE(settings.value(QStringLiteral("portal")).toString(), m_base);
    QCOMPARE(settings.value(QStringLiteral("caCertificates")).toArray().size(), 1);
    QVERIFY(!QJsonDocument(settings).toJson().contains(kCode.toUtf8()));

    // No webhook file and no --ca-file: both come with the saved portal.
    const CliRun url =
        cli({ QStringLiteral("bitrix24"), QStringLiteral("url"), QStringLiteral("--profile"),
              QStringLiteral("Main portal"), QStringLiteral("--id"), QStringLiteral("1000,1001"),
              QStringLiteral("--save") });
    QVERIFY2(url.code == 0, url.describe().constData());
    QCOMPARE(url.out.count(u'\n'), 2);
    QVERIFY(url.out.startsWith(QStringLiteral("1000\thttps://")));
    // The payments belong to the portal's profile.
    bool ok = false;
    const QList<QVariantList> owned = test::sqlRows(
        m_db,
        QStringLiteral("SELECT count(*) FROM payments p JOIN profiles pr ON pr.id = "
                       "p.profile_id WHERE pr.name = 'Main portal' AND p.service = 'bitrix24'"),
        &ok);
    QVERIFY(ok);
    QCOMPARE(owned.first().first().toInt(), 2);

    const CliRun sync =
        cli({ QStringLiteral("bitrix24"), QStringLiteral("sync"), QStringLiteral("--profile"),
              QStringLiteral("Main portal"), QStringLiteral("--entity-type"), QStringLiteral("2"),
              QStringLiteral("--entity-id"), QStringLiteral("7") });
    QVERIFY2(sync.code == 0, sync.describe().constData());
    QCOMPARE(sync.out.count(u'\n'), 3);

    const CliRun list = cli({ QStringLiteral("profile"), QStringLiteral("list") });
    QVERIFY2(list.code == 0, list.describe().constData());
    QVERIFY2(list.out.contains(QStringLiteral("Main portal\tbitrix24\twebhook\t") + m_base),
             list.describe().constData());
    QVERIFY(!list.out.contains(kCode));
}

// CLI.md: an OAuth token file's JSON may come from $PAYLINK_BITRIX24_TOKEN
// instead of --token-file; a broken one is named without being echoed.
void TestBitrix24Portals::oauthTokensFromEnvironment()
{
    QFile tokens(file(QStringLiteral("tokens.json")));
    QVERIFY(tokens.open(QIODevice::ReadOnly));
    const QString json = QString::fromUtf8(tokens.readAll());
    const QStringList args { QStringLiteral("bitrix24"),  QStringLiteral("url"),
                             QStringLiteral("--portal"),  m_base,
                             QStringLiteral("--ca-file"), m_portal->caPath(),
                             QStringLiteral("--id"),      QStringLiteral("1003") };
    const CliRun url = cli(args, json);
    QVERIFY2(url.code == 0, url.describe().constData());
    QVERIFY2(url.out.startsWith(QStringLiteral("1003\thttps://")), url.describe().constData());

    const QString broken = QStringLiteral("{\"access_token\":\"") + kAccess;
    const CliRun bad = cli(args, broken);
    QVERIFY2(bad.code == 1, bad.describe().constData());
    QVERIFY2(bad.err.contains(QStringLiteral("$PAYLINK_BITRIX24_TOKEN is not JSON")),
             bad.describe().constData());
    QVERIFY2(!bad.err.contains(kAccess), bad.describe().constData());

    const CliRun none = cli(args);
    QVERIFY2(none.code == 2, none.describe().constData());
    QVERIFY2(none.err.contains(QStringLiteral("--token-file FILE (or $PAYLINK_BITRIX24_TOKEN)")),
             none.describe().constData());
}

void TestBitrix24Portals::oauthPortalStoresRotatedTokens()
{
    const CliRun add =
        cli({ QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("bitrix24"),
              QStringLiteral("OAuth portal"), QStringLiteral("--portal"), m_base,
              QStringLiteral("--token-file"), file(QStringLiteral("tokens.json")),
              QStringLiteral("--ca-file"), m_portal->caPath() });
    QVERIFY2(add.code == 0, add.describe().constData());
    QCOMPARE(secret(QStringLiteral("OAuth portal"), QStringLiteral("access_token")),
             std::optional<QString>(kAccess));
    QCOMPARE(secret(QStringLiteral("OAuth portal"), QStringLiteral("client_secret")),
             std::optional<QString>(kClientSecret));
    QCOMPARE(settingsOf(QStringLiteral("OAuth portal")).value(QStringLiteral("clientId")),
             QJsonValue(QStringLiteral("app.test")));

    // Expired twice in a row: the second refresh only works with the refresh
    // token the first one stored.
    for (int round = 1; round <= 2; ++round) {
        QVERIFY(m_portal->control(QJsonObject { { QStringLiteral("expire_token"), true } }));
        const int before = m_portal->stats().value(QStringLiteral("refreshes")).toInt();
        const CliRun url =
            cli({ QStringLiteral("bitrix24"), QStringLiteral("url"), QStringLiteral("--profile"),
                  QStringLiteral("OAuth portal"), QStringLiteral("--id"), QStringLiteral("1002") });
        QVERIFY2(url.code == 0, url.describe().constData());
        QVERIFY(url.out.startsWith(QStringLiteral("1002\thttps://")));
        const QJsonObject stats = m_portal->stats();
        QCOMPARE(stats.value(QStringLiteral("refreshes")).toInt(), before + 1);
        const QJsonObject tokens = stats.value(QStringLiteral("tokens")).toObject();
        QCOMPARE(secret(QStringLiteral("OAuth portal"), QStringLiteral("access_token")),
                 std::optional<QString>(tokens.value(QStringLiteral("access_token")).toString()));
        QCOMPARE(secret(QStringLiteral("OAuth portal"), QStringLiteral("refresh_token")),
                 std::optional<QString>(tokens.value(QStringLiteral("refresh_token")).toString()));
        QVERIFY(secret(QStringLiteral("OAuth portal"), QStringLiteral("access_token")) != kAccess);
    }
}

void TestBitrix24Portals::badUse_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString webhook = file(QStringLiteral("webhook.txt"));
    QTest::newRow("profile and webhook file")
        << QStringList { QStringLiteral("bitrix24"),       QStringLiteral("url"),
                         QStringLiteral("--profile"),      QStringLiteral("Main portal"),
                         QStringLiteral("--webhook-file"), webhook,
                         QStringLiteral("--id"),           QStringLiteral("1000") }
        << 2 << QStringLiteral("--profile and --webhook-file exclude each other");
    QTest::newRow("unknown portal")
        << QStringList { QStringLiteral("bitrix24"),  QStringLiteral("url"),
                         QStringLiteral("--profile"), QStringLiteral("Nope"),
                         QStringLiteral("--id"),      QStringLiteral("1000") }
        << 1 << QStringLiteral("no Bitrix24 portal named “Nope”");
    QTest::newRow("a PayByLink name is not a portal")
        << QStringList { QStringLiteral("bitrix24"),  QStringLiteral("url"),
                         QStringLiteral("--profile"), QStringLiteral("Shop"),
                         QStringLiteral("--id"),      QStringLiteral("1000") }
        << 1 << QStringLiteral("no Bitrix24 portal named “Shop”");
    QTest::newRow("taken name") << QStringList {
        QStringLiteral("profile"),        QStringLiteral("add"),
        QStringLiteral("bitrix24"),       QStringLiteral("Main portal"),
        QStringLiteral("--webhook-file"), webhook
    } << 1 << QStringLiteral("Main portal");
    QTest::newRow("http webhook") << QStringList {
        QStringLiteral("profile"),        QStringLiteral("add"),
        QStringLiteral("bitrix24"),       QStringLiteral("Plain"),
        QStringLiteral("--webhook-file"), file(QStringLiteral("http.txt"))
    } << 3 << QStringLiteral("HTTPS only");
    QTest::newRow("no secret at all")
        << QStringList { QStringLiteral("profile"), QStringLiteral("add"),
                         QStringLiteral("bitrix24"), QStringLiteral("Empty") }
        << 2 << QStringLiteral("--webhook-file");
}

void TestBitrix24Portals::badUse()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    QVERIFY(test::writeBytes(file(QStringLiteral("http.txt")),
                             "http://127.0.0.1:1/rest/1/" + kCode.toUtf8() + "/\n"));
    if (qstrcmp(QTest::currentDataTag(), "a PayByLink name is not a portal") == 0) {
        QVERIFY(test::writeBytes(file(QStringLiteral("pw.txt")), "pw-123\n"));
        const CliRun shop =
            cli({ QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("paybylink"),
                  QStringLiteral("Shop"), QStringLiteral("--entity-key"),
                  QStringLiteral("2b2b9bff-0c96-4f33-a20d-c831ac87e571"), QStringLiteral("--user"),
                  QStringLiteral("u"), QStringLiteral("--password-file"),
                  file(QStringLiteral("pw.txt")) });
        QVERIFY2(shop.code == 0, shop.describe().constData());
    }
    const int before = test::sqlCount(m_db, QStringLiteral("SELECT count(*) FROM profiles"));
    const CliRun r = cli(args);
    QVERIFY2(r.code == code, r.describe().constData());
    QVERIFY2(r.err.contains(message), r.describe().constData());
    QVERIFY2(!r.err.contains(kCode), r.describe().constData());
    QCOMPARE(test::sqlCount(m_db, QStringLiteral("SELECT count(*) FROM profiles")), before);
}

void TestBitrix24Portals::removeDeletesTheKeychainEntries()
{
    QVERIFY(secret(QStringLiteral("Main portal"), QStringLiteral("webhook")).has_value());
    bool ok = false;
    const QString uid =
        test::sqlRows(m_db, QStringLiteral("SELECT uid FROM profiles WHERE name = 'OAuth portal'"),
                      &ok)
            .first()
            .first()
            .toString();
    for (const QString &name : { QStringLiteral("Main portal"), QStringLiteral("OAuth portal") }) {
        const CliRun r = cli({ QStringLiteral("profile"), QStringLiteral("remove"), name });
        QVERIFY2(r.code == 0, r.describe().constData());
        QVERIFY(r.err.contains(QStringLiteral("Removed portal")));
    }
    QCOMPARE(test::sqlCount(m_db,
                            QStringLiteral("SELECT count(*) FROM profiles WHERE service = "
                                           "'bitrix24'")),
             0);
    for (const QString &name : { QStringLiteral("access_token"), QStringLiteral("refresh_token"),
                                 QStringLiteral("client_secret") })
        QCOMPARE(*SecretStore().read(SecretStore::profileKey(uid, name)), std::optional<QString>());
    // The payments stay, without their profile.
    QVERIFY(test::sqlCount(m_db,
                           QStringLiteral("SELECT count(*) FROM payments WHERE service = "
                                          "'bitrix24'"))
            >= 2);
}

QTEST_GUILESS_MAIN(TestBitrix24Portals)
#include "tst_bitrix24_portals.moc"
