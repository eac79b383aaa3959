// Amounts from text to minor units and back, never through floating point.
#include "core/Currency.h"
#include "core/Money.h"

#include <QTest>

#include <limits>

using namespace paylink;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void formats_data();
    void formats();
    void plainAscii_data();
    void plainAscii();
    void currencies();
};

void TestMoney::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("comma") << QStringLiteral("28,50") << QStringLiteral("EUR") << Q_INT64_C(2850);
    QTest::newRow("dot") << QStringLiteral("28.50") << QStringLiteral("EUR") << Q_INT64_C(2850);
    QTest::newRow("de grouping") << QStringLiteral("1.234,56") << QStringLiteral("EUR")
                                 << Q_INT64_C(123456);
    QTest::newRow("en grouping") << QStringLiteral("1,234.56") << QStringLiteral("EUR")
                                 << Q_INT64_C(123456);
    QTest::newRow("space grouping")
        << QStringLiteral("1 234,56") << QStringLiteral("EUR") << Q_INT64_C(123456);
    QTest::newRow("narrow nbsp") << QStringLiteral("1\u202F234,5") << QStringLiteral("EUR")
                                 << Q_INT64_C(123450);
    QTest::newRow("whole") << QStringLiteral("28") << QStringLiteral("EUR") << Q_INT64_C(2800);
    QTest::newRow("half") << QStringLiteral("0,5") << QStringLiteral("EUR") << Q_INT64_C(50);
    QTest::newRow("yen") << QStringLiteral("900") << QStringLiteral("JPY") << Q_INT64_C(900);
    QTest::newRow("dinar 3 decimals")
        << QStringLiteral("1,234") << QStringLiteral("KWD") << Q_INT64_C(1234);
    QTest::newRow("max") << QStringLiteral("10000000000.00") << QStringLiteral("EUR")
                         << Q_INT64_C(1000000000000);
    QTest::newRow("leading zeros")
        << QStringLiteral("0007.05") << QStringLiteral("USD") << Q_INT64_C(705);
    QTest::newRow("zero") << QStringLiteral("0,00") << QStringLiteral("EUR") << Q_INT64_C(0);
    // Several of one separator and no other: they group.
    QTest::newRow("en grouping only")
        << QStringLiteral("1,234,567") << QStringLiteral("EUR") << Q_INT64_C(123456700);
    QTest::newRow("de grouping only")
        << QStringLiteral("1.234.567") << QStringLiteral("EUR") << Q_INT64_C(123456700);
    QTest::newRow("plus and spaces")
        << QStringLiteral("  +12 345,6 ") << QStringLiteral("EUR") << Q_INT64_C(1234560);
    QTest::newRow("18 digits") << QStringLiteral("99999999.9999") << QStringLiteral("CLF")
                               << Q_INT64_C(999999999999);
}

void TestMoney::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    const Result<qint64> r = Money::parse(text, currency);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(*r, minor);
}

void TestMoney::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("reason");
    QTest::newRow("three decimals EUR")
        << QStringLiteral("1,234") << QStringLiteral("EUR") << QStringLiteral("3 decimals");
    QTest::newRow("decimals JPY") << QStringLiteral("100,5") << QStringLiteral("JPY")
                                  << QStringLiteral("no minor unit");
    QTest::newRow("letters") << QStringLiteral("abc") << QStringLiteral("EUR")
                             << QStringLiteral("not a number");
    QTest::newRow("negative") << QStringLiteral("-5") << QStringLiteral("EUR")
                              << QStringLiteral("negative");
    QTest::newRow("empty") << QString() << QStringLiteral("EUR") << QStringLiteral("empty");
    QTest::newRow("two decimal separators")
        << QStringLiteral("1.2.3,4") << QStringLiteral("EUR") << QStringLiteral("grouping");
    QTest::newRow("bad grouping") << QStringLiteral("1,23,456.00") << QStringLiteral("EUR")
                                  << QStringLiteral("grouping");
    QTest::newRow("over max") << QStringLiteral("10000000000.01") << QStringLiteral("EUR")
                              << QStringLiteral("too large");
    QTest::newRow("huge") << QStringLiteral("99999999999999999999999") << QStringLiteral("EUR")
                          << QStringLiteral("too large");
    QTest::newRow("unknown currency")
        << QStringLiteral("1") << QStringLiteral("XYZ") << QStringLiteral("ISO 4217");
    QTest::newRow("bad grouping without decimals")
        << QStringLiteral("1,23,456") << QStringLiteral("EUR") << QStringLiteral("grouping");
    QTest::newRow("empty group") << QStringLiteral("4,,464") << QStringLiteral("EUR")
                                 << QStringLiteral("grouping");
    QTest::newRow("sign only") << QStringLiteral("+") << QStringLiteral("EUR")
                               << QStringLiteral("not a number");
    QTest::newRow("unicode minus")
        << QStringLiteral("\u22125") << QStringLiteral("EUR") << QStringLiteral("negative");
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662") << QStringLiteral("EUR")
                                         << QStringLiteral("not a number");
    QTest::newRow("leading separator")
        << QStringLiteral(",50") << QStringLiteral("EUR") << QStringLiteral("not a number");
    QTest::newRow("a decimal separator twice")
        << QStringLiteral("1.234,5,6") << QStringLiteral("EUR")
        << QStringLiteral("more than one decimal separator");
    QTest::newRow("trailing separator")
        << QStringLiteral("12,") << QStringLiteral("EUR") << QStringLiteral("digits after");
}

void TestMoney::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(QString, reason);
    const Result<qint64> r = Money::parse(text, currency, QStringLiteral("Bedrag"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(reason), qPrintable(r.error().message));
    QVERIFY2(r.error().message.startsWith(QStringLiteral("Bedrag")), qPrintable(r.error().message));
}

void TestMoney::formats_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    const QLocale ru(QLocale::Russian, QLocale::Russia);
    QTest::newRow("en EUR") << en << Q_INT64_C(123456789) << QStringLiteral("EUR")
                            << QStringLiteral("EUR\u00A01,234,567.89");
    QTest::newRow("de EUR") << de << Q_INT64_C(2850) << QStringLiteral("EUR")
                            << QStringLiteral("28,50\u00A0EUR");
    QTest::newRow("ru RUB") << ru << Q_INT64_C(90000) << QStringLiteral("RUB")
                            << QStringLiteral("900,00\u00A0RUB");
    QTest::newRow("en JPY") << en << Q_INT64_C(900) << QStringLiteral("JPY")
                            << QStringLiteral("JPY\u00A0900");
    QTest::newRow("en KWD") << en << Q_INT64_C(1234) << QStringLiteral("KWD")
                            << QStringLiteral("KWD\u00A01.234");
}

void TestMoney::formats()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QCOMPARE(Money::format(minor, currency, locale), text);
    QCOMPARE(Money::plain(Q_INT64_C(2850), QStringLiteral("EUR")), QStringLiteral("28.50"));
    QCOMPARE(Money::plain(Q_INT64_C(5), QStringLiteral("EUR")), QStringLiteral("0.05"));
    QCOMPARE(Money::plain(Q_INT64_C(900), QStringLiteral("JPY")), QStringLiteral("900"));
}

void TestMoney::plainAscii_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<char>("point");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("zero") << Q_INT64_C(0) << QStringLiteral("EUR") << '.' << QByteArray("0.00");
    QTest::newRow("cents") << Q_INT64_C(5) << QStringLiteral("EUR") << '.' << QByteArray("0.05");
    QTest::newRow("comma") << Q_INT64_C(123456) << QStringLiteral("EUR") << ','
                           << QByteArray("1234,56");
    QTest::newRow("negative") << Q_INT64_C(-5) << QStringLiteral("EUR") << '.'
                              << QByteArray("-0.05");
    QTest::newRow("yen zero") << Q_INT64_C(0) << QStringLiteral("JPY") << '.' << QByteArray("0");
    QTest::newRow("yen") << Q_INT64_C(1070) << QStringLiteral("JPY") << '.' << QByteArray("1070");
    QTest::newRow("dinar") << Q_INT64_C(1234) << QStringLiteral("KWD") << '.'
                           << QByteArray("1.234");
    QTest::newRow("largest") << std::numeric_limits<qint64>::max() << QStringLiteral("EUR") << '.'
                             << QByteArray("92233720368547758.07");
    QTest::newRow("smallest") << std::numeric_limits<qint64>::min() << QStringLiteral("EUR") << '.'
                              << QByteArray("-92233720368547758.08");
}

// The bytes the import signs: digits written from the right, no locale.
void TestMoney::plainAscii()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(char, point);
    QFETCH(QByteArray, text);
    QCOMPARE(Money::plainAscii(minor, currency, point), text);
}

void TestMoney::currencies()
{
    QCOMPARE(Currency::decimals(QStringLiteral("EUR")), 2);
    QCOMPARE(Currency::decimals(QStringLiteral("JPY")), 0);
    QCOMPARE(Currency::decimals(QStringLiteral("KWD")), 3);
    QCOMPARE(Currency::decimals(QStringLiteral("CLF")), 4);
    QCOMPARE(Currency::decimals(QStringLiteral("eur")), -1);
    QCOMPARE(Currency::decimals(QStringLiteral("XYZ")), -1);
    QVERIFY(Currency::codes().size() > 150);
}

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
