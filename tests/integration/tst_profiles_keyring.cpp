// `paylink profile add|list|remove` and `paybylink sign --profile` against a
// real Secret Service (docs/DECISIONS.md D22, D23). Runs under
// tests/with-keyring.sh: its own D-Bus session with an unlocked GNOME Keyring.
// The password lands in the keyring (read back with secret-tool, outside our
// code), signing needs no password file, `remove` deletes the entry, and the
// password shows up nowhere else: database, WAL, settings, logs or output.
#include "../TestEnv.h"
#include "CliHarness.h"

#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <tuple>

using paylink::test::CliRun;
using paylink::test::sqlCount;
using paylink::test::sqlRows;

namespace {

const QString kKey = QStringLiteral("2b2b9bff-0c96-4f33-a20d-c831ac87e571");
const QString kUser = QStringLiteral("Secretapiuser");
const QString kPassword = QStringLiteral("Zq-9!päss-Leak");
const QString kManualPassword = QStringLiteral("T3st2016!");
const QString kManualHash =
    QStringLiteral("73B58BA21342A257B21A96394818B5C5E61071EE6205FF076AD4450631C2EB62");
const QString kMt = QStringLiteral("CreatePaymentLinkMapping");
const QString kExu = QStringLiteral("https://www.paybylink.com");
const QString kEru = QStringLiteral("https://www.paybylink.com/en/about-us/contact/");

// The manual's example values as raw parameters, with the expiry given.
QStringList manualParams(const QString &expiry)
{
    QStringList args;
    for (const QString &p :
         QStringList { QStringLiteral("L=nl-NL"), QStringLiteral("C=EUR"),
                       QStringLiteral("A=28,50"), QStringLiteral("Ex=") + expiry,
                       QStringLiteral("Or=201601171959"), QStringLiteral("Pn=Belastingaanslag"),
                       QStringLiteral("G=M"), QStringLiteral("N=Jan Bakker"),
                       QStringLiteral("M=jan@paybylink.com"), QStringLiteral("P=06-12345678") })
        args << QStringLiteral("--param") << p;
    return args;
}

// The same values as typed flags.
QStringList manualTyped(const QString &expiry)
{
    return { QStringLiteral("--language"),    QStringLiteral("nl-NL"),
             QStringLiteral("--currency"),    QStringLiteral("EUR"),
             QStringLiteral("--amount"),      QStringLiteral("28,50"),
             QStringLiteral("--expiry"),      expiry,
             QStringLiteral("--order"),       QStringLiteral("201601171959"),
             QStringLiteral("--description"), QStringLiteral("Belastingaanslag"),
             QStringLiteral("--gender"),      QStringLiteral("M"),
             QStringLiteral("--name"),        QStringLiteral("Jan Bakker"),
             QStringLiteral("--email"),       QStringLiteral("jan@paybylink.com"),
             QStringLiteral("--phone"),       QStringLiteral("06-12345678") };
}

QString urlOf(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("url")).toString();
}

// Every way the password could be written down.
QList<QByteArray> passwordForms(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    return { utf8, password.toLatin1(),
             QByteArray(reinterpret_cast<const char *>(password.utf16()),
                        password.size() * qsizetype(sizeof(char16_t))),
             utf8.toPercentEncoding(), utf8.toBase64() };
}

} // namespace

class TestProfilesKeyring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addStoresThePasswordInTheKeyring();
    void listShowsSettingsNeverThePassword();
    void signTakesThePasswordFromTheKeyring();
    void duplicateNameIsRefused();
    void removeWithoutKeychainKeepsTheProfile();
    void removeDeletesTheKeyringEntry();
    void passwordIsNowhereElse();

private:
    CliRun cli(const QStringList &args, const QString &password = QString());
    CliRun secretTool(const QStringList &args) const;
    // The secret stored for a profile's password, or a null string.
    QString keyringPassword(const QString &uid) const;
    // The `user` attributes of every paylink-desk entry in the keyring.
    QStringList keyringEntries() const;
    QString uidOf(const QString &name) const;
    void checkForLeaks(const QString &what, const QByteArray &data);
    QStringList addArgs(const QString &name, const QString &passwordFile) const;

    QTemporaryDir m_dir;
    QString m_env;
    QString m_db;
    QString m_passwordFile;
    QString m_manualPasswordFile;
    QString m_secretTool;
    QString m_shopUid;
    QString m_manualUid;
    QStringList m_leaks;
    int m_runs = 0;
};

void TestProfilesKeyring::initTestCase()
{
    const bool wrapped = qEnvironmentVariable("PAYLINK_TEST_KEYRING") == QLatin1String("1");
    const bool ci = !qEnvironmentVariable("CI").isEmpty();
    if (!wrapped && !ci)
        QSKIP("needs a keyring: run it through tests/with-keyring.sh (ctest does)");
    // In CI and under the wrapper the keychain must answer; no silent skip.
    QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
             "no D-Bus session bus: run this test through tests/with-keyring.sh");
    m_secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    QVERIFY2(!m_secretTool.isEmpty(), "secret-tool (libsecret-tools) is not installed");

    QVERIFY(m_dir.isValid());
    m_env = m_dir.filePath(QStringLiteral("env"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("secrets"))));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("db"))));
    m_db = m_dir.filePath(QStringLiteral("db/payments.sqlite"));
    m_passwordFile = m_dir.filePath(QStringLiteral("secrets/password.txt"));
    m_manualPasswordFile = m_dir.filePath(QStringLiteral("secrets/manual.txt"));
    QVERIFY(paylink::test::writeBytes(m_passwordFile, kPassword.toUtf8() + "\n"));
    QVERIFY(paylink::test::writeBytes(m_manualPasswordFile, kManualPassword.toUtf8() + "\n"));
    // A fresh keyring: nothing of ours in it yet.
    QCOMPARE(keyringEntries(), QStringList());
}

CliRun TestProfilesKeyring::cli(const QStringList &args, const QString &password)
{
    QProcessEnvironment env = paylink::test::isolatedEnvironment(m_env);
    // The session bus of with-keyring.sh stays reachable: DBUS_SESSION_BUS_ADDRESS
    // comes from our environment, and so does its runtime directory.
    if (const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR"); !runtime.isEmpty())
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.remove(QStringLiteral("PAYLINK_KEYCHAIN"));
    env.remove(QStringLiteral("PAYLINK_PASSWORD"));
    if (!password.isNull())
        env.insert(QStringLiteral("PAYLINK_PASSWORD"), password);
    const CliRun r = paylink::test::runCli(env, args);
    ++m_runs;
    const QString what = QStringLiteral("`paylink %1`").arg(args.join(u' '));
    checkForLeaks(what + QStringLiteral(" stdout"), r.out.toUtf8());
    checkForLeaks(what + QStringLiteral(" stderr"), r.err.toUtf8());
    // The database and its WAL right after each command, before a later
    // checkpoint could hide what was written.
    for (const QString &file : QStringList { m_db, m_db + QStringLiteral("-wal") })
        checkForLeaks(what + QStringLiteral(" then ") + file, paylink::test::readBytes(file));
    return r;
}

void TestProfilesKeyring::checkForLeaks(const QString &what, const QByteArray &data)
{
    for (const QByteArray &form : passwordForms(kPassword))
        if (data.contains(form))
            m_leaks.append(what);
}

CliRun TestProfilesKeyring::secretTool(const QStringList &args) const
{
    QProcess p;
    p.start(m_secretTool, args);
    p.waitForFinished(30000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
             QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}

QString TestProfilesKeyring::keyringPassword(const QString &uid) const
{
    const CliRun r = secretTool({ QStringLiteral("lookup"), QStringLiteral("server"),
                                  QStringLiteral("paylink-desk"), QStringLiteral("user"),
                                  QStringLiteral("profile/%1/password").arg(uid) });
    if (r.code != 0 || r.out.isEmpty())
        return {};
    QString value = r.out;
    if (value.endsWith(u'\n')) // secret-tool adds one on a terminal
        value.chop(1);
    return value;
}

QStringList TestProfilesKeyring::keyringEntries() const
{
    const CliRun r = secretTool({ QStringLiteral("search"), QStringLiteral("--all"),
                                  QStringLiteral("server"), QStringLiteral("paylink-desk") });
    QStringList users;
    for (const QString &line : QString(r.out + u'\n' + r.err).split(u'\n'))
        if (line.startsWith(QLatin1String("attribute.user = ")))
            users.append(line.mid(17));
    users.sort();
    return users;
}

QString TestProfilesKeyring::uidOf(const QString &name) const
{
    bool ok = false;
    const QList<QVariantList> rows =
        sqlRows(m_db, QStringLiteral("SELECT uid FROM profiles WHERE name = '%1'").arg(name), &ok);
    return ok && rows.size() == 1 ? rows.first().value(0).toString() : QString();
}

QStringList TestProfilesKeyring::addArgs(const QString &name, const QString &passwordFile) const
{
    // The key in upper case: stored in lower case (D23).
    return { QStringLiteral("profile"),
             QStringLiteral("add"),
             QStringLiteral("paybylink"),
             name,
             QStringLiteral("--entity-key"),
             kKey.toUpper(),
             QStringLiteral("--user"),
             kUser,
             QStringLiteral("--password-file"),
             passwordFile,
             QStringLiteral("--mt"),
             kMt,
             QStringLiteral("--exu"),
             kExu,
             QStringLiteral("--eru"),
             kEru,
             QStringLiteral("--db"),
             m_db };
}

void TestProfilesKeyring::addStoresThePasswordInTheKeyring()
{
    for (const auto &[name, file, password] :
         { std::tuple { QStringLiteral("shop"), m_passwordFile, kPassword },
           std::tuple { QStringLiteral("manual"), m_manualPasswordFile, kManualPassword } }) {
        const CliRun r = cli(addArgs(name, file));
        if (r.err.contains(QLatin1String("session only"))
            || r.err.contains(QLatin1String("No keychain")))
            QFAIL(qPrintable(QStringLiteral("the keychain of with-keyring.sh was not reachable; "
                                            "profile add said: ")
                             + r.err));
        QVERIFY2(r.code == 0, r.describe().constData());
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, QStringLiteral("Added PayByLink profile “%1” (test).\n").arg(name));
        const QString uid = uidOf(name);
        QVERIFY2(!QUuid::fromString(uid).isNull(), qPrintable(uid));
        // Read back by secret-tool, outside our code.
        QCOMPARE(keyringPassword(uid), password);
    }
    m_shopUid = uidOf(QStringLiteral("shop"));
    m_manualUid = uidOf(QStringLiteral("manual"));
    QVERIFY(m_shopUid != m_manualUid);
    // Exactly one entry per profile: the probe left nothing behind.
    QStringList expected { QStringLiteral("profile/%1/password").arg(m_shopUid),
                           QStringLiteral("profile/%1/password").arg(m_manualUid) };
    expected.sort();
    QCOMPARE(keyringEntries(), expected);
    // The settings in the database hold no secret.
    QCOMPARE(sqlCount(m_db,
                      QStringLiteral("SELECT count(*) FROM profiles WHERE settings LIKE "
                                     "'%password%' OR settings LIKE '%T3st%'")),
             0);
}

void TestProfilesKeyring::listShowsSettingsNeverThePassword()
{
    CliRun r =
        cli({ QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--db"), m_db });
    QVERIFY2(r.code == 0, r.describe().constData());
    QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    lines.sort();
    QCOMPARE(lines,
             (QStringList { QStringLiteral("manual\tpaybylink\ttest\t") + kKey + u'\t' + kUser,
                            QStringLiteral("shop\tpaybylink\ttest\t") + kKey + u'\t' + kUser }));
    QCOMPARE(r.err, QString());

    r = cli({ QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json"),
              QStringLiteral("--db"), m_db });
    QVERIFY2(r.code == 0, r.describe().constData());
    const QJsonArray profiles = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(profiles.size(), 2);
    QJsonObject shop;
    for (const QJsonValue &v : profiles) {
        const QJsonObject o = v.toObject();
        for (const QString &key : o.keys()) {
            QVERIFY2(!key.contains(QLatin1String("password"), Qt::CaseInsensitive),
                     qPrintable(key));
            QVERIFY2(!key.contains(QLatin1String("secret"), Qt::CaseInsensitive), qPrintable(key));
        }
        if (o.value(QStringLiteral("name")).toString() == QLatin1String("shop"))
            shop = o;
    }
    QVERIFY(!shop.isEmpty());
    QCOMPARE(shop.value(QStringLiteral("service")).toString(), QStringLiteral("paybylink"));
    QCOMPARE(shop.value(QStringLiteral("environment")).toString(), QStringLiteral("test"));
    QCOMPARE(shop.value(QStringLiteral("kind")).toString(), QStringLiteral("payment"));
    QCOMPARE(shop.value(QStringLiteral("entityKey")).toString(), kKey);
    QCOMPARE(shop.value(QStringLiteral("user")).toString(), kUser);
    QCOMPARE(shop.value(QStringLiteral("mappingTemplate")).toString(), kMt);
    QCOMPARE(shop.value(QStringLiteral("expiredUrl")).toString(), kExu);
    QCOMPARE(shop.value(QStringLiteral("errorUrl")).toString(), kEru);
    QCOMPARE(shop.value(QStringLiteral("hashLength")).toInt(), 64);
    QCOMPARE(shop.value(QStringLiteral("defaultCurrency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(shop.value(QStringLiteral("amountFormat")).toString(), QStringLiteral("comma"));
    QCOMPARE(shop.value(QStringLiteral("dateFormat")).toString(), QStringLiteral("dashed"));
    const QJsonArray mapping = shop.value(QStringLiteral("mapping")).toArray();
    QCOMPARE(mapping.size(), 10);
    QCOMPARE(mapping.first().toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("language"));
    QCOMPARE(mapping.first().toObject().value(QStringLiteral("parameter")).toString(),
             QStringLiteral("L"));
    QCOMPARE(shop.value(QStringLiteral("id")).toInteger(),
             sqlCount(m_db, QStringLiteral("SELECT id FROM profiles WHERE name = 'shop'")));
    QVERIFY(!r.out.contains(kPassword) && !r.out.contains(kManualPassword));
}

void TestProfilesKeyring::signTakesThePasswordFromTheKeyring()
{
    // The manual's vector through a saved profile: the keychain returns the
    // password byte for byte (raw parameters are not validated, so its past
    // expiry is fine here).
    CliRun r = cli(QStringList { QStringLiteral("paybylink"), QStringLiteral("sign"),
                                 QStringLiteral("--profile"), QStringLiteral("manual"),
                                 QStringLiteral("--db"), m_db }
                   + manualParams(QStringLiteral("2016-02-29")));
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.err, QString());
    QVERIFY2(r.out.trimmed().endsWith(QStringLiteral("&h=") + kManualHash), qPrintable(r.out));
    QVERIFY(r.out.startsWith(QStringLiteral("https://testapi.paybylink.com/payment/createUrl/")
                             + kKey
                             + QStringLiteral("?mt=CreatePaymentLinkMapping&u=Secretapiuser")));

    // Typed flags through the mapping, with a future expiry (typed flags refuse
    // a past one): the same link as raw parameters with the password from a
    // file, and from the environment.
    const QString expiry = QDate::currentDate().addDays(30).toString(Qt::ISODate);
    const QStringList typedArgs = QStringList { QStringLiteral("paybylink"), QStringLiteral("sign"),
                                                QStringLiteral("--profile"), QStringLiteral("shop"),
                                                QStringLiteral("--db"),      m_db,
                                                QStringLiteral("--json") }
        + manualTyped(expiry);
    const CliRun typed = cli(typedArgs);
    QVERIFY2(typed.code == 0, typed.describe().constData());
    QCOMPARE(typed.err, QString()); // no keychain warning, no password prompt
    const QString typedUrl = urlOf(typed);
    QVERIFY(typedUrl.contains(QStringLiteral("&Ex=") + expiry + QStringLiteral("&Or=")));

    const QStringList raw = QStringList { QStringLiteral("paybylink"),    QStringLiteral("sign"),
                                          QStringLiteral("--entity-key"), kKey,
                                          QStringLiteral("--user"),       kUser,
                                          QStringLiteral("--mt"),         kMt,
                                          QStringLiteral("--exu"),        kExu,
                                          QStringLiteral("--eru"),        kEru,
                                          QStringLiteral("--json") }
        + manualParams(expiry);
    r = cli(QStringList(raw) << QStringLiteral("--password-file") << m_passwordFile);
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(urlOf(r), typedUrl);
    r = cli(raw, kPassword);
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(urlOf(r), typedUrl);
    // A different password gives a different link: the comparison means something.
    r = cli(QStringList(raw) << QStringLiteral("--password-file") << m_manualPasswordFile);
    QVERIFY2(r.code == 0, r.describe().constData());
    QVERIFY(urlOf(r) != typedUrl);

    // Saved as a payment of the profile, still without a password file.
    r = cli(QStringList(typedArgs) << QStringLiteral("--save"));
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(urlOf(r), typedUrl);
    QCOMPARE(r.err, QStringLiteral("Saved as payment 1.\n"));
    QCOMPARE(sqlCount(m_db,
                      QStringLiteral("SELECT count(*) FROM payments p JOIN profiles r ON r.id = "
                                     "p.profile_id WHERE r.name = 'shop' AND p.amount_minor = "
                                     "2850 AND p.order_ref = '201601171959'")),
             1);
}

void TestProfilesKeyring::duplicateNameIsRefused()
{
    const QString other = m_dir.filePath(QStringLiteral("secrets/other.txt"));
    QVERIFY(paylink::test::writeBytes(other, "Other-Pass-1\n"));
    const CliRun r = cli(addArgs(QStringLiteral("shop"), other));
    QCOMPARE(r.code, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QStringLiteral("A profile named “shop” already exists")),
             r.describe().constData());
    QCOMPARE(sqlCount(m_db, QStringLiteral("SELECT count(*) FROM profiles")), 2);
    QCOMPARE(uidOf(QStringLiteral("shop")), m_shopUid);
    QCOMPARE(keyringPassword(m_shopUid), kPassword);
    QCOMPARE(keyringEntries().size(), 2); // no stray entry for the refused one
}

void TestProfilesKeyring::removeWithoutKeychainKeepsTheProfile()
{
    CliRun r = cli(addArgs(QStringLiteral("third"), m_passwordFile)
                   + QStringList { QStringLiteral("--db"), m_db });
    QVERIFY2(r.code == 0, r.describe().constData());
    const QString uid = uidOf(QStringLiteral("third"));
    QCOMPARE(keyringPassword(uid), kPassword);

    // No keychain reachable (as over SSH): the password cannot be deleted, so
    // the profile stays and the message says why; nothing claims otherwise.
    QProcessEnvironment env = paylink::test::isolatedEnvironment(m_env);
    env.insert(QStringLiteral("PAYLINK_KEYCHAIN"), QStringLiteral("session"));
    const QStringList remove { QStringLiteral("profile"), QStringLiteral("remove"),
                               QStringLiteral("third"), QStringLiteral("--db"), m_db };
    r = paylink::test::runCli(env, remove);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QStringLiteral("was kept")), r.describe().constData());
    QVERIFY(!r.err.contains(QStringLiteral("Removed profile")));
    QCOMPARE(uidOf(QStringLiteral("third")), uid);
    QCOMPARE(keyringPassword(uid), kPassword);

    // --force removes the row and says what is left in the keychain.
    r = paylink::test::runCli(env, remove + QStringList { QStringLiteral("--force") });
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QStringLiteral("may still be in the keychain")),
             r.describe().constData());
    QVERIFY2(r.err.contains(QStringLiteral("profile/%1/password").arg(uid)),
             r.describe().constData());
    QCOMPARE(uidOf(QStringLiteral("third")), QString());
    // Clean up by hand, as the message says, for the tests that follow.
    QCOMPARE(secretTool({ QStringLiteral("clear"), QStringLiteral("server"),
                          QStringLiteral("paylink-desk"), QStringLiteral("user"),
                          QStringLiteral("profile/%1/password").arg(uid) })
                 .code,
             0);
    QVERIFY(keyringPassword(uid).isNull());
}

void TestProfilesKeyring::removeDeletesTheKeyringEntry()
{
    CliRun r = cli({ QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("shop"),
                     QStringLiteral("--db"), m_db });
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err,
             QStringLiteral("Removed profile “shop” and its keychain entry; its payments stay.\n"));
    QVERIFY(keyringPassword(m_shopUid).isNull());
    QCOMPARE(uidOf(QStringLiteral("shop")), QString());
    QCOMPARE(
        sqlCount(m_db,
                 QStringLiteral("SELECT count(*) FROM profiles WHERE uid = '%1'").arg(m_shopUid)),
        0);
    // Its payment stays, without a profile; the other profile is untouched.
    QCOMPARE(sqlCount(m_db,
                      QStringLiteral("SELECT count(*) FROM payments WHERE profile_id IS NULL AND "
                                     "order_ref = '201601171959'")),
             1);
    QCOMPARE(keyringPassword(m_manualUid), kManualPassword);
    QCOMPARE(keyringEntries(),
             QStringList { QStringLiteral("profile/%1/password").arg(m_manualUid) });

    r = cli({ QStringLiteral("paybylink"), QStringLiteral("sign"), QStringLiteral("--profile"),
              QStringLiteral("shop"), QStringLiteral("--db"), m_db, QStringLiteral("--order"),
              QStringLiteral("X"), QStringLiteral("--amount"), QStringLiteral("1") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("There is no PayByLink profile named “shop”")),
             r.describe().constData());

    r = cli({ QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("manual"),
              QStringLiteral("--db"), m_db });
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(keyringEntries(), QStringList());
    QCOMPARE(sqlCount(m_db, QStringLiteral("SELECT count(*) FROM profiles")), 0);

    r = cli({ QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("manual"),
              QStringLiteral("--db"), m_db });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("There is no PayByLink profile named “manual”")),
             r.describe().constData());
}

void TestProfilesKeyring::passwordIsNowhereElse()
{
    QVERIFY(m_runs >= 10);
    // Every output and every database state seen after each command.
    QVERIFY2(m_leaks.isEmpty(), qPrintable(m_leaks.join(u'\n')));

    // And every file the commands left: database, WAL, settings, logs, caches.
    QStringList files { m_db, m_db + QStringLiteral("-wal"), m_db + QStringLiteral("-shm") };
    QDirIterator it(m_env, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    bool sawLog = false;
    while (it.hasNext()) {
        const QString file = it.next();
        sawLog = sawLog || file.endsWith(QLatin1String("/logs/paylink.log"));
        files << file;
    }
    QVERIFY2(sawLog, "the CLI wrote no log under XDG_DATA_HOME; the scan would prove nothing");
    int read = 0;
    for (const QString &file : std::as_const(files)) {
        if (!QFile::exists(file))
            continue;
        ++read;
        const QByteArray data = paylink::test::readBytes(file);
        for (const QByteArray &form : passwordForms(kPassword))
            QVERIFY2(!data.contains(form), qPrintable(file));
    }
    QVERIFY(read >= 2);
}

QTEST_GUILESS_MAIN(TestProfilesKeyring)
#include "tst_profiles_keyring.moc"
