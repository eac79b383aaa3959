// The window speaks the system's language: the main window is started in a
// child process (this program, with --child) under LANG=nl_NL.UTF-8, de_DE
// and ru_RU, the way the app starts it (Translations::install with the
// preference, then MainWindow), and its menus and actions are read back. A
// language chosen in the preferences wins over the system's. Money and dates
// follow the same locale.
#include "../TestEnv.h"

#include "MainWindow.h"
#include "core/AppInfo.h"
#include "core/Money.h"
#include "core/Translations.h"
#include "paybylink/PayByLinkProfile.h"
#include "settings/Settings.h"
#include "store/Database.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <cstdio>

namespace {

// The child: the app's start-up, then one "name<TAB>text" line per action and
// menu of the main window, and the formatted money and date.
int runChild(int argc, char *argv[])
{
    paylink::AppInfo::applyNames();
    QApplication app(argc, argv);
    paylink::Translations::install(paylink::Settings().language());
    auto db = paylink::Database::open(QDir::home().filePath(QStringLiteral("payments.sqlite")));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    paylink::MainWindow window(std::move(db).value());
    QString out;
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (const QAction *a : actions)
        if (!a->objectName().isEmpty() && !a->text().isEmpty())
            out += a->objectName() + QLatin1Char('\t') + a->text() + QLatin1Char('\n');
    const QList<QAction *> menus = window.menuBar()->actions();
    for (int i = 0; i < menus.size(); ++i)
        out += QStringLiteral("menu%1\t").arg(i) + menus.at(i)->text() + QLatin1Char('\n');
    out += QStringLiteral("money\t") + paylink::Money::format(qint64(123456), QStringLiteral("EUR"))
        + QLatin1Char('\n');
    out += QStringLiteral("field\t") + paylink::fieldDisplayName(paylink::PayByLinkField::Order)
        + QLatin1Char('\t') + paylink::fieldInSentence(paylink::PayByLinkField::Order)
        + QLatin1Char('\n');
    out += QStringLiteral("date\t") + QLocale().toString(QDate(2026, 12, 31), QLocale::LongFormat)
        + QLatin1Char('\n');
    std::fputs(out.toUtf8().constData(), stdout);
    return 0;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void followsSystemLanguage_data();
    void followsSystemLanguage();
    void preferenceOverridesSystem();
    void languageLeavesFormatsToTheDesktop();
    void pluralsAreTextNotMarkup();

private:
    QMap<QString, QString> start(const QString &lang, const QString &preference = {});

    QTemporaryDir m_dir;
    QMap<QString, QString> m_english;
};

QMap<QString, QString> TestTranslations::start(const QString &lang, const QString &preference)
{
    const QString root = m_dir.filePath(lang + preference);
    QProcessEnvironment env = paylink::test::isolatedEnvironment(root);
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LANG"), lang);
    QDir().mkpath(root + QStringLiteral("/home"));
    if (!preference.isEmpty()) {
        QSettings s(root + QStringLiteral("/config/paylinkdesk/paylink-desk.ini"),
                    QSettings::IniFormat);
        s.setValue(QStringLiteral("ui/language"), preference);
    }
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--child") });
    if (!child.waitForFinished(60000) || child.exitStatus() != QProcess::NormalExit
        || child.exitCode() != 0) {
        qWarning("child under %s failed (%s, exit status %d, code %d): %s", qPrintable(lang),
                 qPrintable(child.errorString()), int(child.exitStatus()), child.exitCode(),
                 child.readAllStandardError().constData());
        return {};
    }
    QMap<QString, QString> texts;
    const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n');
    for (const QString &line : lines) {
        const qsizetype tab = line.indexOf(u'\t');
        if (tab > 0)
            texts.insert(line.left(tab), line.mid(tab + 1));
    }
    return texts;
}

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_english = start(QStringLiteral("en_US.UTF-8"));
    QVERIFY2(m_english.size() > 30, qPrintable(QString::number(m_english.size())));
    QCOMPARE(m_english.value(QStringLiteral("actionExport")), QStringLiteral("&Export CSV…"));
    QCOMPARE(m_english.value(QStringLiteral("menu0")), QStringLiteral("&File"));
    QCOMPARE(m_english.value(QStringLiteral("field")),
             QStringLiteral("Order reference\torder reference"));
}

void TestTranslations::followsSystemLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("qm");
    QTest::addColumn<QString>("money");
    QTest::addColumn<bool>("capitalInSentence"); // field names, e.g. "Bestellreferenz"
    QTest::newRow("nl") << QStringLiteral("nl_NL.UTF-8") << QStringLiteral("nl")
                        << QStringLiteral("1.234,56") << false;
    QTest::newRow("de") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("de")
                        << QStringLiteral("1.234,56") << true;
    QTest::newRow("ru") << QStringLiteral("ru_RU.UTF-8") << QStringLiteral("ru")
                        << QStringLiteral("234,56") << false;
}

void TestTranslations::followsSystemLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, qm);
    QFETCH(QString, money);
    QFETCH(bool, capitalInSentence);
    const QMap<QString, QString> texts = start(lang);
    QCOMPARE(texts.size(), m_english.size());

    // The texts are those of this language's catalogue, not of another one.
    QTranslator catalogue;
    QVERIFY(catalogue.load(QStringLiteral(":/i18n/paylink-desk_") + qm));
    const QString exportText = catalogue.translate("paylink::MainWindow", "&Export CSV…");
    QVERIFY(!exportText.isEmpty());
    QCOMPARE(texts.value(QStringLiteral("actionExport")), exportText);
    QCOMPARE(texts.value(QStringLiteral("menu0")),
             catalogue.translate("paylink::MainWindow", "&File"));

    // Every action and menu reads differently from English, except the few
    // words two languages share.
    QStringList same;
    for (auto it = m_english.cbegin(); it != m_english.cend(); ++it)
        if (it.key() != QLatin1String("money") && it.key() != QLatin1String("date")
            && it.key() != QLatin1String("field") && texts.value(it.key()) == it.value())
            same.append(it.key() + QLatin1Char('=') + it.value());
    QVERIFY2(same.size() <= 3, qPrintable(same.join(QStringLiteral(", "))));

    QVERIFY2(texts.value(QStringLiteral("money")).contains(money),
             qPrintable(texts.value(QStringLiteral("money"))));
    QVERIFY(texts.value(QStringLiteral("money")) != m_english.value(QStringLiteral("money")));
    QVERIFY(texts.value(QStringLiteral("date")) != m_english.value(QStringLiteral("date")));

    // A field name inside a sentence: lower case, or as written where the
    // catalogue says so (German nouns).
    const QStringList field = texts.value(QStringLiteral("field")).split(u'\t');
    QCOMPARE(field.size(), 2);
    QCOMPARE(field.at(0), catalogue.translate("paylink::PayByLinkProfile", "Order reference"));
    QCOMPARE(field.at(1), capitalInSentence ? field.at(0) : field.at(0).toLower());
    if (capitalInSentence)
        QVERIFY(field.at(1).at(0).isUpper());
}

void TestTranslations::preferenceOverridesSystem()
{
    const QMap<QString, QString> texts = start(QStringLiteral("nl_NL.UTF-8"), QStringLiteral("de"));
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/paylink-desk_de")));
    QCOMPARE(texts.value(QStringLiteral("actionExport")),
             german.translate("paylink::MainWindow", "&Export CSV…"));
    QVERIFY2(texts.value(QStringLiteral("money")).contains(QStringLiteral("1.234,56")),
             qPrintable(texts.value(QStringLiteral("money"))));
}

// English chosen on a Dutch desktop: English words, Dutch numbers and dates
// (not the US 12/31/26).
void TestTranslations::languageLeavesFormatsToTheDesktop()
{
    const QMap<QString, QString> texts = start(QStringLiteral("nl_NL.UTF-8"), QStringLiteral("en"));
    QCOMPARE(texts.value(QStringLiteral("actionExport")), QStringLiteral("&Export CSV…"));
    QVERIFY2(texts.value(QStringLiteral("money")).contains(QStringLiteral("1.234,56")),
             qPrintable(texts.value(QStringLiteral("money"))));
    const QString dutchDate = QLocale(QLocale::Dutch, QLocale::Netherlands)
                                  .toString(QDate(2026, 12, 31), QLocale::LongFormat);
    QCOMPARE(texts.value(QStringLiteral("date")), dutchDate);
}

// Every plural form, as the programs load it, is a sentence: a damaged
// entry once showed "(about 992 seconds left)</source> <translation>…" in
// the status bar of an import.
void TestTranslations::pluralsAreTextNotMarkup()
{
    struct Sample
    {
        const char *context;
        const char *source;
        const char *one;
        const char *many;
    };
    const Sample samples[] = {
        { "paylink::PayByLinkController", "Imported %n link(s).", "Imported 1 link.",
          "Imported 2 links." },
        { "paylink::JobProgress", "(about %n second(s) left)", "(about 1 second left)",
          "(about 2 seconds left)" },
    };
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/paylink-desk_en")));
    for (const Sample &s : samples) {
        const QString one = english.translate(s.context, s.source, nullptr, 1);
        const QString many = english.translate(s.context, s.source, nullptr, 2);
        if (one.isEmpty())
            continue; // not a message of that context
        QCOMPARE(QString(one).replace(QStringLiteral("%n"), QStringLiteral("1")),
                 QString::fromUtf8(s.one));
        QCOMPARE(QString(many).replace(QStringLiteral("%n"), QStringLiteral("2")),
                 QString::fromUtf8(s.many));
    }
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("nl"),
                                     QStringLiteral("de"), QStringLiteral("ru") }) {
        QFile ts(QStringLiteral(PAYLINK_TESTS_SOURCE_DIR "/../resources/translations/paylink-desk_")
                 + language + QStringLiteral(".ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement
                && (xml.name() == QLatin1String("numerusform")
                    || xml.name() == QLatin1String("translation"))) {
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                // Markup of the .ts format itself, not the HTML some texts carry.
                bool markup = false;
                for (const char *tag : { "<source", "</source", "<translation", "</translation",
                                         "<numerusform", "</numerusform", "<message", "</message" })
                    markup = markup || text.contains(QLatin1String(tag));
                QVERIFY2(!markup, qPrintable(language + u':' + text.left(200)));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    }
}

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc, argv);
    QApplication app(argc, argv);
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
