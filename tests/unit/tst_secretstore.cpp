// SecretStore against a real GNOME Keyring (run by tests/with-keyring.sh inside
// its own D-Bus session), and its session-only fallback without D-Bus.
#include "core/Redactor.h"
#include "secrets/SecretStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace paylink;

namespace {

bool underKeyring()
{
    return qEnvironmentVariableIsSet("PAYLINK_TEST_KEYRING");
}

// What the Secret Service itself holds under `key`, read by an independent
// client (libsecret's secret-tool), or an empty optional when nothing is there.
std::optional<QString> secretToolLookup(const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            { QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("paylink-desk"),
              QStringLiteral("user"), key });
    if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit)
        return std::nullopt;
    if (p.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TstSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        qunsetenv("PAYLINK_KEYCHAIN");
        SecretStore::resetForTests();
    }

    void keychainIsReachable()
    {
        if (!underKeyring())
            QSKIP("this run checks the session-only path (no D-Bus)");
        SecretStore store;
        // A missing keychain fails here, in CI and everywhere: no skip.
        QCOMPARE(int(store.backend()), int(SecretStore::Backend::Keychain));
        QVERIFY(store.isPersistent());
        QCOMPARE(store.sessionOnlyMessage(), QString());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("ascii") << QStringLiteral("T3st2016!");
        QTest::newRow("utf8") << QStringLiteral("pä$$ wörd – Пароль 密码 🔑");
        QTest::newRow("webhook") << QStringLiteral("https://portal.example/rest/1/abc123xyz/");
        QTest::newRow("soft hyphen kept") << QStringLiteral("pass\u00ADword");
    }

    void roundTrip()
    {
        if (!underKeyring())
            QSKIP("needs the keyring session");
        QFETCH(QString, value);
        SecretStore store;
        const QString key = SecretStore::profileKey(
            QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"), QStringLiteral("password"));
        QCOMPARE(key, QStringLiteral("profile/0f8fad5b-d9cb-469f-a165-70867728950e/password"));
        QVERIFY(store.write(key, value));
        const auto back = store.read(key);
        QVERIFY(back);
        QVERIFY(back->has_value());
        QCOMPARE(**back, value);
        // Really in the Secret Service, as another client sees it.
        QCOMPARE(secretToolLookup(key), std::optional<QString>(value));
        // Written values are masked in every log line from now on.
        QVERIFY(
            !Redactor::redact(QStringLiteral("x ") + value + QStringLiteral(" y")).contains(value));

        QVERIFY(store.remove(key));
        const auto gone = store.read(key);
        QVERIFY(gone);
        QVERIFY(!gone->has_value());
        QCOMPARE(secretToolLookup(key), std::nullopt);
    }

    void overwriteKeepsOneValue()
    {
        if (!underKeyring())
            QSKIP("needs the keyring session");
        SecretStore store;
        const QString key =
            SecretStore::profileKey(QStringLiteral("u1"), QStringLiteral("password"));
        QVERIFY(store.write(key, QStringLiteral("first")));
        QVERIFY(store.write(key, QStringLiteral("second")));
        QCOMPARE(**store.read(key), QStringLiteral("second"));
        QVERIFY(store.remove(key));
    }

    void missingKeyIsEmptyAndRemovable()
    {
        SecretStore store;
        const QString key = QStringLiteral("profile/none/password");
        const auto r = store.read(key);
        QVERIFY(r);
        QVERIFY(!r->has_value());
        if (store.isPersistent()) {
            QVERIFY(store.remove(key));
        } else {
            // Without a keychain, a secret not kept in this session may still
            // be in the keychain: removing it cannot be claimed.
            const Status removed = store.remove(key);
            QVERIFY(!removed);
            QVERIFY(removed.error().message.contains(key));
        }
    }

    void forcedSessionOnlyNeverTouchesTheKeychain()
    {
        qputenv("PAYLINK_KEYCHAIN", "session");
        SecretStore::resetForTests();
        SecretStore store;
        QCOMPARE(int(store.backend()), int(SecretStore::Backend::SessionOnly));
        QVERIFY(store.sessionOnlyMessage().contains(QStringLiteral("this session only")));
        const QString key =
            SecretStore::profileKey(QStringLiteral("u2"), QStringLiteral("password"));
        QVERIFY(store.write(key, QStringLiteral("session-secret-1")));
        QCOMPARE(**store.read(key), QStringLiteral("session-secret-1"));
        if (underKeyring())
            QCOMPARE(secretToolLookup(key), std::nullopt);
        QVERIFY(store.remove(key));
        QVERIFY(!store.read(key)->has_value());
    }

    void withoutDBusFallsBackQuickly()
    {
        if (underKeyring())
            QSKIP("this run has a D-Bus session");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        QElapsedTimer t;
        t.start();
        SecretStore store;
        QCOMPARE(int(store.backend()), int(SecretStore::Backend::SessionOnly));
        qInfo("probe without D-Bus took %lld ms: %s", t.elapsed(), qPrintable(store.probeDetail()));
        QVERIFY(!store.sessionOnlyMessage().isEmpty());
        const QString key =
            SecretStore::profileKey(QStringLiteral("u3"), QStringLiteral("password"));
        QVERIFY(store.write(key, QStringLiteral("kept-in-memory")));
        QCOMPARE(**store.read(key), QStringLiteral("kept-in-memory"));
    }
};

QTEST_GUILESS_MAIN(TstSecretStore)
#include "tst_secretstore.moc"
