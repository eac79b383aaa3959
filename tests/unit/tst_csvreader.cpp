// RFC 4180 CSV in UTF-8 to header and rows, with errors that name the row.
#include "core/HugePages.h"
#include "csv/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace paylink;

using Rows = QList<QStringList>;
using RowNumbers = QList<qint64>;

namespace {

// Not QString::fromUtf16(), which would drop a leading U+FEFF.
QString s(const char16_t *text)
{
    return QStringView(text).toString();
}

CsvReader::Table parsed(QByteArrayView csv, QChar delimiter = QChar())
{
    Result<CsvReader::Table> r = CsvReader::parse(csv, delimiter);
    if (!r.ok()) {
        qWarning("unexpected error: %s", qPrintable(r.error().message));
        return {};
    }
    return std::move(r).value();
}

} // namespace

class TstCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detects_data();
    void detects();
    void explicitDelimiter();
    void bom();
    void fields_data();
    void fields();
    void rowNumbers_data();
    void rowNumbers();
    void dutchExcelExport();
    void errors_data();
    void errors();
    void longestField();
    void refusesDelimiter_data();
    void refusesDelimiter();
    void readsFile();
    void readingStopsAtARunawayField();
    void missingFile();
    void largeBuffer();
    void halves_data();
    void halves();
    void halvesWithErrors_data();
    void halvesWithErrors();
    void halvesMatchOnePass_data();
    void halvesMatchOnePass();
    void readsLargeFile();
    void hugePageLists();
    void rowsInParts();
};

void TstCsvReader::detects_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QStringList>("header");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << QChar(u',')
                           << QStringList { s(u"a"), s(u"b"), s(u"c") };
    QTest::newRow("semicolon") << QByteArray("a;b;c\n1,5;2;3\n") << QChar(u';')
                               << QStringList { s(u"a"), s(u"b"), s(u"c") };
    QTest::newRow("tab") << QByteArray("a\tb, c\td\n") << QChar(u'\t')
                         << QStringList { s(u"a"), s(u"b, c"), s(u"d") };
    QTest::newRow("most often wins")
        << QByteArray("a;b;c,d\n") << QChar(u';') << QStringList { s(u"a"), s(u"b"), s(u"c,d") };
    QTest::newRow("quoted ignored")
        << QByteArray("\"a;b;c\",d\n1,2\n") << QChar(u',') << QStringList { s(u"a;b;c"), s(u"d") };
    QTest::newRow("quoted line break ignored") << QByteArray("\"x\n;;;\";y;z\n") << QChar(u';')
                                               << QStringList { s(u"x\n;;;"), s(u"y"), s(u"z") };
    QTest::newRow("later records ignored")
        << QByteArray("a,b\n1;2;3;4\n") << QChar(u',') << QStringList { s(u"a"), s(u"b") };
    QTest::newRow("none is comma")
        << QByteArray("name\nx;y;z\n") << QChar(u',') << QStringList { s(u"name") };
    QTest::newRow("after BOM and empty lines")
        << QByteArray("\xEF\xBB\xBF\n\r\na;b\n") << QChar(u';') << QStringList { s(u"a"), s(u"b") };
    QTest::newRow("tie to comma") << QByteArray("a;b,c\n") << QChar(u',')
                                  << QStringList { s(u"a;b"), s(u"c") };
}

void TstCsvReader::detects()
{
    QFETCH(QByteArray, csv);
    QFETCH(QChar, delimiter);
    QFETCH(QStringList, header);
    QCOMPARE(CsvReader::detectDelimiter(csv), delimiter);
    const CsvReader::Table t = parsed(csv);
    QCOMPARE(t.delimiter, delimiter);
    QCOMPARE(t.header, header);
}

void TstCsvReader::explicitDelimiter()
{
    const QByteArray csv("a;b,c\n1;2,3\n");
    const CsvReader::Table comma = parsed(csv, u',');
    QCOMPARE(comma.delimiter, QChar(u','));
    QCOMPARE(comma.header, (QStringList { s(u"a;b"), s(u"c") }));
    QCOMPARE(comma.rows.toList(), (Rows { { s(u"1;2"), s(u"3") } }));
    const CsvReader::Table semicolon = parsed(csv, u';');
    QCOMPARE(semicolon.delimiter, QChar(u';'));
    QCOMPARE(semicolon.header, (QStringList { s(u"a"), s(u"b,c") }));
    QCOMPARE(semicolon.rows.toList(), (Rows { { s(u"1"), s(u"2,3") } }));
    const CsvReader::Table pipe = parsed("a|b\n1|2", u'|');
    QCOMPARE(pipe.rows.toList(), (Rows { { s(u"1"), s(u"2") } }));
}

void TstCsvReader::bom()
{
    const CsvReader::Table with = parsed("\xEF\xBB\xBFid;name\n1;x\n");
    QVERIFY(with.hadBom);
    QCOMPARE(with.delimiter, QChar(u';'));
    QCOMPARE(with.header, (QStringList { s(u"id"), s(u"name") }));
    QCOMPARE(with.header.first().size(), 2);
    QCOMPARE(with.rows.toList(), (Rows { { s(u"1"), s(u"x") } }));

    // Removed before parsing, so a quoted first field is still quoted.
    const CsvReader::Table quoted = parsed("\xEF\xBB\xBF\"id\";\"na;me\"\n");
    QCOMPARE(quoted.header, (QStringList { s(u"id"), s(u"na;me") }));

    const CsvReader::Table without = parsed("id;name\n1;x\n");
    QVERIFY(!without.hadBom);
    QCOMPARE(without.header, (QStringList { s(u"id"), s(u"name") }));

    // A BOM inside a field is text; one at the start of a field is dropped, as where two
    // exports were joined into one file.
    const CsvReader::Table inner = parsed("a,b\n\xEF\xBB\xBFx,y\xEF\xBB\xBF\n");
    QCOMPARE(inner.rows.toList(), (Rows { { s(u"x"), s(u"y\uFEFF") } }));
    QCOMPARE(inner.rows.at(0).at(1).size(), 2);
}

// Each case has the header "h1,h2" and its data rows.
void TstCsvReader::fields_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Rows>("rows");
    QTest::newRow("quoted delimiter")
        << QByteArray("\"a,b\",c\n") << Rows { { s(u"a,b"), s(u"c") } };
    QTest::newRow("doubled quote")
        << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\n") << Rows { { s(u"say \"hi\""), s(u"\"") } };
    QTest::newRow("quoted LF") << QByteArray("\"line 1\nline 2\",x\n")
                               << Rows { { s(u"line 1\nline 2"), s(u"x") } };
    QTest::newRow("quoted CRLF") << QByteArray("\"line 1\r\nline 2\",x\r\n")
                                 << Rows { { s(u"line 1\r\nline 2"), s(u"x") } };
    QTest::newRow("quoted CR") << QByteArray("\"a\rb\",x\r") << Rows { { s(u"a\rb"), s(u"x") } };
    QTest::newRow("empty fields") << QByteArray(",\n\"\",\"\"\nx,\n")
                                  << Rows { { QString(), QString() },
                                            { QString(), QString() },
                                            { s(u"x"), QString() } };
    QTest::newRow("quoted at end of file")
        << QByteArray("1,\"a\"\"b\"") << Rows { { s(u"1"), s(u"a\"b") } };
    QTest::newRow("quote inside unquoted field")
        << QByteArray("ab\"c,5\" screen\n") << Rows { { s(u"ab\"c"), s(u"5\" screen") } };
    QTest::newRow("spaces kept") << QByteArray(" a , \"b\"\n")
                                 << Rows { { s(u" a "), s(u" \"b\"") } };
    QTest::newRow("LF") << QByteArray("1,2\n3,4\n")
                        << Rows { { s(u"1"), s(u"2") }, { s(u"3"), s(u"4") } };
    QTest::newRow("CRLF") << QByteArray("1,2\r\n3,4\r\n")
                          << Rows { { s(u"1"), s(u"2") }, { s(u"3"), s(u"4") } };
    QTest::newRow("CR") << QByteArray("1,2\r3,4\r")
                        << Rows { { s(u"1"), s(u"2") }, { s(u"3"), s(u"4") } };
    QTest::newRow("mixed ends") << QByteArray("1,2\r3,4\r\n5,6\n")
                                << Rows { { s(u"1"), s(u"2") },
                                          { s(u"3"), s(u"4") },
                                          { s(u"5"), s(u"6") } };
    QTest::newRow("no trailing newline")
        << QByteArray("1,2\n3,4") << Rows { { s(u"1"), s(u"2") }, { s(u"3"), s(u"4") } };
    QTest::newRow("trailing delimiter, no newline")
        << QByteArray("1,") << Rows { { s(u"1"), QString() } };
    QTest::newRow("field counts not checked")
        << QByteArray("1\n2,3,4\n") << Rows { { s(u"1") }, { s(u"2"), s(u"3"), s(u"4") } };
}

void TstCsvReader::fields()
{
    QFETCH(QByteArray, body);
    QFETCH(Rows, rows);
    const CsvReader::Table t = parsed(QByteArray(QByteArray("h1,h2\n") + body), u',');
    QCOMPARE(t.header, (QStringList { s(u"h1"), s(u"h2") }));
    QCOMPARE(t.rows.toList(), rows);
    QCOMPARE(t.rowNumbers.size(), rows.size());
}

void TstCsvReader::rowNumbers_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<RowNumbers>("numbers");
    QTest::addColumn<qint64>("headerRow");
    QTest::newRow("plain") << QByteArray("h\n1\n2\n") << Rows { { s(u"1") }, { s(u"2") } }
                           << RowNumbers { 2, 3 } << qint64(1);
    QTest::newRow("trailing newline adds no row")
        << QByteArray("h\n1\n") << Rows { { s(u"1") } } << RowNumbers { 2 } << qint64(1);
    QTest::newRow("trailing CRLF adds no row")
        << QByteArray("h\r\n1\r\n") << Rows { { s(u"1") } } << RowNumbers { 2 } << qint64(1);
    QTest::newRow("empty lines skipped and counted")
        << QByteArray("h\n\n1\n\r\n\r2\n\n\n") << Rows { { s(u"1") }, { s(u"2") } }
        << RowNumbers { 3, 6 } << qint64(1);
    QTest::newRow("empty lines before header")
        << QByteArray("\n\r\nh\n1") << Rows { { s(u"1") } } << RowNumbers { 4 } << qint64(3);
    QTest::newRow("quoted line breaks count one record")
        << QByteArray("h,i\n\"a\nb\nc\",1\n2,3\n")
        << Rows { { s(u"a\nb\nc"), s(u"1") }, { s(u"2"), s(u"3") } } << RowNumbers { 2, 3 }
        << qint64(1);
    QTest::newRow("header only") << QByteArray("h,i\n") << Rows {} << RowNumbers {} << qint64(1);
}

void TstCsvReader::rowNumbers()
{
    QFETCH(QByteArray, csv);
    QFETCH(Rows, rows);
    QFETCH(RowNumbers, numbers);
    QFETCH(qint64, headerRow);
    const CsvReader::Table t = parsed(csv, u',');
    QCOMPARE(t.rows.toList(), rows);
    QCOMPARE(t.rowNumbers, numbers);
    QCOMPARE(t.headerRow, headerRow);
}

void TstCsvReader::dutchExcelExport()
{
    // As Excel (nl-NL) saves "CSV UTF-8": BOM, ';', CRLF, decimal commas, quotes only where needed.
    const QByteArray csv = QByteArray("\xEF\xBB\xBF")
        + s(u"Naam;E-mail;Bedrag;Omschrijving\r\n"
            u"Jérôme SStraße;jerome@example.nl;28,50;Factuur 2024-001\r\n"
            u"Иван;ivan@example.ru;1.234,56;\"Huur; april\"\r\n"
            u"李雷;li@example.cn;0,05;\"Zegt \"\"hallo\"\"\"\r\n")
              .toUtf8();
    // The same bytes for the first name, spelled out: the conversion is UTF-8, not Latin-1.
    QVERIFY(csv.contains("J\xC3\xA9r\xC3\xB4me SStra\xC3\x9F"
                         "e"));

    const CsvReader::Table t = parsed(csv);
    QVERIFY(t.hadBom);
    QCOMPARE(t.delimiter, QChar(u';'));
    QCOMPARE(t.header,
             (QStringList { s(u"Naam"), s(u"E-mail"), s(u"Bedrag"), s(u"Omschrijving") }));
    const Rows expected {
        { s(u"Jérôme SStraße"), s(u"jerome@example.nl"), s(u"28,50"), s(u"Factuur 2024-001") },
        { s(u"Иван"), s(u"ivan@example.ru"), s(u"1.234,56"), s(u"Huur; april") },
        { s(u"李雷"), s(u"li@example.cn"), s(u"0,05"), s(u"Zegt \"hallo\"") },
    };
    QCOMPARE(t.rows.toList(), expected);
    QCOMPARE(t.rowNumbers, (RowNumbers { 2, 3, 4 }));
    QCOMPARE(t.rows.at(0).at(0).size(), 14);
    QCOMPARE(t.rows.at(2).at(0), QString(QChar(0x674E)) + QChar(0x96F7));
}

void TstCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    const QString empty = s(u"The file is empty: it has no header row.");
    QTest::newRow("0 bytes") << QByteArray() << empty;
    QTest::newRow("only BOM") << QByteArray("\xEF\xBB\xBF") << empty;
    QTest::newRow("BOM and line breaks") << QByteArray("\xEF\xBB\xBF\r\n\n\r") << empty;
    QTest::newRow("whitespace lines") << QByteArray("  \n\t\r\n \n") << empty;
    QTest::newRow("unclosed quote in header")
        << QByteArray("\"a,b\n1,2\n")
        << s(u"row 1: a quoted field is never closed (a \" is missing).");
    QTest::newRow("unclosed quote")
        << QByteArray("a,b\n1,2\n\n3,\"x\n4,5\n6,7\n")
        << s(u"row 4: a quoted field is never closed (a \" is missing).");
    QTest::newRow("unclosed after escaped quotes")
        << QByteArray("a,b\n1,\"x\"\"\n")
        << s(u"row 2: a quoted field is never closed (a \" is missing).");
    QTest::newRow("unclosed after quoted line break")
        << QByteArray("a,b\n\"x\ny\",1\n2,\"z\n")
        << s(u"row 3: a quoted field is never closed (a \" is missing).");
    QTest::newRow("text after closing quote")
        << QByteArray("a,b,c\n1,2,3\n4,\"abc\"def,6\n")
        << s(u"row 3, column 2: text follows a closing quote; write a quote inside a quoted "
             u"field as \"\".");
    QTest::newRow("space after closing quote")
        << QByteArray("\"a\" ,b\n")
        << s(u"row 1, column 1: text follows a closing quote; write a quote inside a quoted "
             u"field as \"\".");
    QTest::newRow("Latin-1 text") << QByteArray(
        "naam,stad\nJan,Delft\n\nRen\xE9,Li\xE8ge\nPiet,Gouda\n")
                                  << s(u"row 4: not valid UTF-8 text; save the file as UTF-8.");
    QTest::newRow("cut sequence at end")
        << QByteArray("a\nb\n\xE4\xB8")
        << s(u"row 3: not valid UTF-8 text; save the file as UTF-8.");
    QTest::newRow("overlong in header")
        << QByteArray("a\xC0\xAF\nb\n")
        << s(u"row 1: not valid UTF-8 text; save the file as UTF-8.");
    QTest::newRow("invalid inside quoted line break")
        << QByteArray("a,b\n\"x\ny\",1\n\"\xFF\",2\n")
        << s(u"row 3: not valid UTF-8 text; save the file as UTF-8.");
    QTest::newRow("invalid before a later syntax error")
        << QByteArray("a\n\xFF\n\"b\n")
        << s(u"row 2: not valid UTF-8 text; save the file as UTF-8.");
    const QString runaway = s(u"a field is longer than 10,000 characters, so reading stopped "
                              u"there. A quote may be missing, or the file is not a table of "
                              u"payments.");
    QTest::newRow("runaway unquoted field") << QByteArray("a,b\n1,2\n3,") + QByteArray(10001, 'x')
            + "\n4,5\n" << s(u"row 3, column 2: ") + runaway;
    QTest::newRow("runaway quoted field, closed far away") << QByteArray("a,b\n\"")
            + QByteArray(3 << 20, 'x') + "\",1\n" << s(u"row 2, column 1: ") + runaway;
    QTest::newRow("runaway quoted field, never closed")
        << QByteArray("a,b\n1,\"") + QByteArray(20000, 'x') << s(u"row 2, column 2: ") + runaway;
    QTest::newRow("runaway with escaped quotes")
        << QByteArray("a,b\n1,\"") + QByteArray(6000, 'x') + "\"\"" + QByteArray(6000, 'y') + "\"\n"
        << s(u"row 2, column 2: ") + runaway;
    QTest::newRow("runaway header") << QByteArray(10001, 'h') + "\n1\n"
                                    << s(u"row 1, column 1: ") + runaway;
    QTest::newRow("syntax error before later invalid")
        << QByteArray("a\n\"b\"c\n\xFF\n")
        << s(u"row 2, column 1: text follows a closing quote; write a quote inside a quoted "
             u"field as \"\".");
}

void TstCsvReader::errors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    const Result<CsvReader::Table> r = CsvReader::parse(csv);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, message);
}

// Exactly CsvReader::kMaxField characters is a field; one more stops reading.
void TstCsvReader::longestField()
{
    const QByteArray longest(CsvReader::kMaxField, 'x');
    const QList<std::pair<QByteArray, qsizetype>> cases {
        { QByteArray("a,b\n1,") + longest + "\n", CsvReader::kMaxField },
        { QByteArray("a,b\n1,\"") + longest + "\"\n", CsvReader::kMaxField },
        // "" counts as written: two characters of the limit, one of the value.
        { QByteArray("a,b\n1,\"") + longest.first(4000) + "\"\""
              + longest.first(CsvReader::kMaxField - 4002) + "\"\n",
          CsvReader::kMaxField - 1 },
    };
    for (const auto &[csv, size] : cases) {
        const Result<CsvReader::Table> r = CsvReader::parse(csv);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->rows.at(0).at(1).size(), size);
    }
    // The same verdict in two halves as in one pass.
    const QByteArray runaway = QByteArray("a,b\n1,") + longest + "x\n";
    const auto halves = CsvReader::parse(runaway, QChar(), 16);
    QVERIFY(!halves);
    QVERIFY(
        halves.error().message.startsWith(QStringLiteral("row 2, column 2: a field is longer")));
}

void TstCsvReader::refusesDelimiter_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("quote") << QChar(u'"');
    QTest::newRow("LF") << QChar(u'\n');
    QTest::newRow("CR") << QChar(u'\r');
    QTest::newRow("not ASCII") << QChar(u'§');
}

void TstCsvReader::refusesDelimiter()
{
    QFETCH(QChar, delimiter);
    const Result<CsvReader::Table> r = CsvReader::parse("a,b\n1,2\n", delimiter);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message,
             s(u"“%1” cannot separate fields; use a comma, a semicolon or a tab.").arg(delimiter));
}

void TstCsvReader::readsFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(s(u"betalingen.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write("\xEF\xBB\xBFnaam\tbedrag\r\nAnna\t12,00\r\n"), qint64(28));
    file.close();

    const Result<CsvReader::Table> r = CsvReader::readFile(path);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QVERIFY(r->hadBom);
    QCOMPARE(r->delimiter, QChar(u'\t'));
    QCOMPARE(r->header, (QStringList { s(u"naam"), s(u"bedrag") }));
    QCOMPARE(r->rows.toList(), (Rows { { s(u"Anna"), s(u"12,00") } }));

    const Result<CsvReader::Table> forced = CsvReader::readFile(path, u';');
    QVERIFY(forced.ok());
    QCOMPARE(forced->header, (QStringList { s(u"naam\tbedrag") }));
}

namespace {

// Bytes this process has read through read() so far (/proc/self/io, rchar).
qint64 bytesRead()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n'))
        if (line.startsWith("rchar:"))
            return line.mid(6).trimmed().toLongLong();
    return -1;
}

} // namespace

// A file whose second row starts a field that never ends (a missing quote,
// a binary file): reading stops within its first part, and the error names
// the row and column (issue 21, item 5). 1 GB, sparse, so cheap to make.
void TstCsvReader::readingStopsAtARunawayField()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QByteArray &start :
         { QByteArray("order;name\nA-1;Jan\nA-2;"), QByteArray("order;name\nA-1;Jan\nA-2;\"") }) {
        const QString path = dir.filePath(QStringLiteral("runaway.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(start);
        QVERIFY(file.resize(qint64(1) << 30)); // the rest reads as NUL bytes
        file.close();
        const qint64 before = bytesRead();
        const Result<CsvReader::Table> r = CsvReader::readFile(path);
        const qint64 read = bytesRead() - before;
        QVERIFY(!r);
        QVERIFY2(r.error().message.startsWith(QStringLiteral("row 3, column 2: a field is longer")),
                 qPrintable(r.error().message));
        QVERIFY2(before >= 0 && read < (qint64(64) << 20), qPrintable(QString::number(read)));
    }
}

void TstCsvReader::missingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(s(u"ontbreekt.csv"));
    QFile probe(path);
    QVERIFY(!probe.open(QIODevice::ReadOnly));
    const QString reason = probe.errorString();
    QVERIFY(!reason.isEmpty());

    const Result<CsvReader::Table> r = CsvReader::readFile(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message,
             s(u"The file “%1” cannot be opened: %2.").arg(QDir::toNativeSeparators(path), reason));

    const Result<CsvReader::Table> dirAsFile = CsvReader::readFile(dir.path());
    QVERIFY(!dirAsFile.ok());
    QVERIFY2(dirAsFile.error().message.contains(QDir::toNativeSeparators(dir.path())),
             qPrintable(dirAsFile.error().message));
}

void TstCsvReader::largeBuffer()
{
    constexpr int count = 200'000;
    QByteArray csv("id;naam;email;bedrag;valuta;omschrijving;datum;status;iban;notitie\r\n");
    csv.reserve(count * 130);
    for (int i = 1; i <= count; ++i) {
        csv += QByteArray::number(i) + ";Klant " + QByteArray::number(i) + ";klant"
            + QByteArray::number(i) + "@example.nl;" + QByteArray::number(i % 1000)
            + ",50;EUR;\"Factuur " + QByteArray::number(i) + "; \"\"spoed\"\"\";2024-05-01;open;"
            + "NL91ABNA0417164300;Stra\xC3\x9F"
              "e "
            + QByteArray::number(i) + "\r\n";
    }
    const CsvReader::Table t = parsed(csv);
    QCOMPARE(t.delimiter, QChar(u';'));
    QCOMPARE(t.header.size(), 10);
    QCOMPARE(t.rows.size(), count);
    QCOMPARE(t.rowNumbers.size(), count);
    QCOMPARE(t.rowNumbers.last(), qint64(count + 1));
    const QStringList last {
        s(u"200000"),       s(u"Klant 200000"), s(u"klant200000@example.nl"),
        s(u"0,50"),         s(u"EUR"),          s(u"Factuur 200000; \"spoed\""),
        s(u"2024-05-01"),   s(u"open"),         s(u"NL91ABNA0417164300"),
        s(u"Straße 200000")
    };
    QCOMPARE(t.rows.last().toList(), last);
    QCOMPARE(t.rows.at(41).at(0), s(u"42"));
}

namespace {

// Rows "K;Klant K" for K = 1..count after a header: a bit over 1.2 MB for
// 70,000, enough for the reader to read it in two halves. `middle` goes in
// after row count / 2.
QByteArray numberedCsv(int count, const QByteArray &middle = {})
{
    QByteArray csv("id;naam\n");
    for (int i = 1; i <= count; ++i) {
        csv += QByteArray::number(i) + ";Klant " + QByteArray::number(i) + '\n';
        if (i == count / 2)
            csv += middle;
    }
    return csv;
}

} // namespace

// Large files are read in two halves split at a line break near the middle;
// the records and row numbers are those of one pass, also when that line
// break is inside a quoted field or between empty lines.
void TstCsvReader::halves_data()
{
    QTest::addColumn<QByteArray>("middle");
    QTest::addColumn<QStringList>("middleRow"); // empty: none
    QTest::addColumn<int>("linesAdded"); // rows the middle adds to later row numbers

    QTest::newRow("plain") << QByteArray() << QStringList() << 0;
    QTest::newRow("empty lines") << QByteArray("\n\r\n\n") << QStringList() << 3;
    // 400 KB of line breaks in quotes: the middle of the file is inside them.
    // Read from there, the rest of the file would be records without error.
    const QByteArray lines = QByteArray("a\"\"b\r\n").repeated(80'000);
    QTest::newRow("quoted line breaks")
        << QByteArray("mid;\"" + lines + "end\";tail\n")
        << QStringList { s(u"mid"),
                         QString::fromUtf8(QByteArray("a\"b\r\n").repeated(80'000) + "end"),
                         s(u"tail") }
        << 1;
}

void TstCsvReader::halves()
{
    QFETCH(QByteArray, middle);
    QFETCH(QStringList, middleRow);
    QFETCH(int, linesAdded);
    constexpr int count = 70'000;
    const QByteArray csv = numberedCsv(count, middle);
    QVERIFY(csv.size() > 1'200'000);
    // The quoted field in the middle is longer than kMaxField on purpose.
    Result<CsvReader::Table> read = CsvReader::parse(csv, QChar(), 1 << 20, 1 << 20);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    const CsvReader::Table t = std::move(read).value();
    QCOMPARE(t.header, QStringList({ s(u"id"), s(u"naam") }));
    const int extra = middleRow.isEmpty() ? 0 : 1;
    QCOMPARE(t.rows.size(), count + extra);
    QCOMPARE(t.rowNumbers.size(), t.rows.size());
    qint64 previous = t.headerRow;
    for (qsizetype i = 0; i < t.rows.size(); ++i) {
        const int k = int(i) + 1 - (i >= count / 2 ? extra : 0); // the row's K
        const qint64 expected = k + 1 + (i >= count / 2 ? linesAdded : 0);
        if (extra && i == count / 2) {
            QCOMPARE(t.rows.at(i).toList(), middleRow);
            QCOMPARE(t.rowNumbers.at(i), qint64(count / 2 + 2));
        } else {
            QCOMPARE(t.rows.at(i).size(), 2);
            QCOMPARE(t.rows.at(i).at(0), QString::number(k));
            QCOMPARE(t.rows.at(i).at(1), QStringLiteral("Klant %1").arg(k));
            QCOMPARE(t.rowNumbers.at(i), expected);
        }
        QVERIFY(t.rowNumbers.at(i) > previous);
        previous = t.rowNumbers.at(i);
    }
}

// An error in either half is reported as one pass reports it: the first in
// file order, with its row.
void TstCsvReader::halvesWithErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    const QByteArray rows = numberedCsv(70'000);
    QTest::newRow("first half") << QByteArray(rows).insert(rows.indexOf("\n100;"), "\n\"x\"y;z")
                                << s(u"row 101, column 1: text follows a closing quote; write a "
                                     u"quote inside a quoted field as \"\".");
    QTest::newRow("second half") << rows + "\"unclosed;1\n70002;x\n"
                                 << s(u"row 70002: a quoted field is never closed (a \" is "
                                      u"missing).");
    QTest::newRow("both halves")
        << QByteArray(rows).insert(rows.indexOf("\n100;"), "\n\"x\"y;z") + "\"unclosed\n"
        << s(u"row 101, column 1: text follows a closing quote; write a quote inside a quoted "
             u"field as \"\".");
}

void TstCsvReader::halvesWithErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    QVERIFY(csv.size() > 1'200'000);
    const Result<CsvReader::Table> r = CsvReader::parse(csv);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, message);
}

// parse() with a split from 0 bytes reads any text with a line break past
// its middle in two halves; it must give what one pass gives, table or error.
void TstCsvReader::halvesMatchOnePass_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("plain") << QByteArray("a;b\n1;2\n3;4\n5;6\n");
    QTest::newRow("empty lines at the split") << QByteArray("a;b\n1;2\n\n\n\n3;4\n");
    QTest::newRow("crlf") << QByteArray("a;b\r\n1;2\r\n3;4\r\n5;6\r\n");
    QTest::newRow("quoted line break at the split")
        << QByteArray("a;b\n\"1\n2\n3\n4\n5\";x\n6;y\n");
    QTest::newRow("second half starts with a BOM") << QByteArray("~\xEF\xBB\xBF\n\xEF\xBB\xBF\n");
    QTest::newRow("error in the second half") << QByteArray("a;b\n1;2\n3;4\n\"x\"y;5\n");
    QTest::newRow("header only before the split") << QByteArray("a;b\n\n\n\n\n\n\n1;2\n");
}

void TstCsvReader::halvesMatchOnePass()
{
    QFETCH(QByteArray, csv);
    const Result<CsvReader::Table> whole = CsvReader::parse(csv);
    const Result<CsvReader::Table> halves = CsvReader::parse(csv, QChar(), 0);
    QCOMPARE(halves.ok(), whole.ok());
    if (!whole.ok()) {
        QCOMPARE(halves.error().message, whole.error().message);
        return;
    }
    QCOMPARE(halves->header, whole->header);
    QCOMPARE(halves->rows.toList(), whole->rows.toList());
    QCOMPARE(halves->rowNumbers, whole->rowNumbers);
    QCOMPARE(halves->headerRow, whole->headerRow);
}

// A file of several MiB is read into buffers that ask for huge pages: what
// comes back is what parse() gives for the same bytes.
void TstCsvReader::readsLargeFile()
{
    const QByteArray csv = numberedCsv(400'000, "\"line\nbreak\";Kl\xC3\xA1nt\n");
    QVERIFY(csv.size() > 7'000'000);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(s(u"groot.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(csv), qint64(csv.size()));
    file.close();

    const Result<CsvReader::Table> read = CsvReader::readFile(path);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
    const Result<CsvReader::Table> parsedBytes = CsvReader::parse(csv);
    QVERIFY(parsedBytes.ok());
    QCOMPARE(read->rows.size(), 400'001);
    QCOMPARE(read->rows.at(200'000).toList(), (QStringList { s(u"line\nbreak"), s(u"Klánt") }));
    QCOMPARE(read->rows.last().toList(), (QStringList { s(u"400000"), s(u"Klant 400000") }));
    QCOMPARE(read->rowNumbers.constLast(), qint64(400'002));
    QCOMPARE(read->header, parsedBytes->header);
    QCOMPARE(read->rows.toList(), parsedBytes->rows.toList());
    QCOMPARE(read->rowNumbers, parsedBytes->rowNumbers);
}

// The reader's and the import's large lists take their memory through these
// helpers: the advice must not change what the lists hold.
void TstCsvReader::hugePageLists()
{
    QList<qint64> numbers { 7, 8, 9 };
    const qsizetype big = 3 * (qsizetype(2) << 20) / qsizetype(sizeof(qint64)); // 6 MiB
    paylink::resizeOnHugePages(numbers, big);
    QCOMPARE(numbers.size(), big);
    QCOMPARE(numbers.at(0), 7);
    QCOMPARE(numbers.at(2), 9);
    QCOMPARE(numbers.at(3), 0); // new elements are value-initialised
    QCOMPARE(numbers.last(), 0);
    numbers.last() = 5; // the whole range is writable
    QCOMPARE(numbers.last(), 5);

    paylink::resizeOnHugePages(numbers, 2); // shrinking keeps the first ones
    QCOMPARE(numbers, (QList<qint64> { 7, 8 }));

    QStringList texts { QStringLiteral("a") };
    paylink::reserveOnHugePages(texts, 100000);
    QCOMPARE(texts, QStringList { QStringLiteral("a") });
    QVERIFY(texts.capacity() >= 100000);
    const QString *before = texts.constData();
    for (int i = 0; i < 99999; ++i)
        texts.append(QString::number(i));
    QCOMPARE(texts.constData(), before); // filled without moving
    QCOMPARE(texts.at(99999), QStringLiteral("99998"));
}

// Rows read in two halves are two parts; they read and compare as one list.
void TstCsvReader::rowsInParts()
{
    const auto make = [](const QList<QStringList> &records) {
        CsvReader::Rows rows;
        for (const QStringList &record : records) {
            for (const QString &field : record)
                rows.addField(field);
            rows.endRecord();
        }
        return rows;
    };
    const QList<QStringList> all { { s(u"a"), s(u"b") },
                                   { s(u"c") },
                                   { s(u"d"), s(u"e"), s(u"f") } };
    CsvReader::Rows joined = make(all.mid(0, 2));
    CsvReader::Rows second = make(all.mid(2));
    joined.append(std::move(second));
    QCOMPARE(joined.size(), 3);
    QVERIFY(second.isEmpty());
    QCOMPARE(joined.at(1).toList(), all.at(1));
    QCOMPARE(joined.at(2).toList(), all.at(2)); // the first record of the second part
    QCOMPARE(joined.last().at(2), s(u"f"));
    QCOMPARE(joined.toList(), all);
    QVERIFY(joined == make(all)); // one part or two
    // The same fields split into other records differ.
    QVERIFY(joined != make({ { s(u"a") }, { s(u"b"), s(u"c") }, { s(u"d"), s(u"e"), s(u"f") } }));
    QVERIFY(joined != make(all.mid(0, 2)));

    // An empty part adds nothing, and appending to empty rows takes the parts.
    CsvReader::Rows empty;
    joined.append(std::move(empty));
    QCOMPARE(joined.size(), 3);
    CsvReader::Rows fresh;
    fresh.append(make(all));
    QCOMPARE(fresh.toList(), all);

    // The record being read is not a row until it ends.
    CsvReader::Rows reading = make(all.mid(0, 1));
    reading.addField(s(u"x"));
    reading.addField(s(u"y"));
    QCOMPARE(reading.openFields(), 2);
    QCOMPARE(reading.openRecord().toList(), (QStringList { s(u"x"), s(u"y") }));
    QCOMPARE(reading.size(), 1);
    reading.dropOpenRecord();
    QCOMPARE(reading.openFields(), 0);
    reading.addField(s(u"z"));
    reading.endRecord();
    QCOMPARE(reading.toList(), (QList<QStringList> { all.at(0), { s(u"z") } }));
}

QTEST_GUILESS_MAIN(TstCsvReader)
#include "tst_csvreader.moc"
