// The PayByLink import on real SQLite files: the fast bulk signer gives what
// the general signer gives, byte for byte; parameters read back from the link
// (D25); rejected rows, duplicates, cancel; indexes and the search index are
// whole again after a bulk import.
#include "core/Translations.h"
#include "paybylink/PayByLinkImport.h"
#include "store/Database.h"
#include "store/PaymentStore.h"
#include "store/ProfileStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace paylink;

namespace {

CsvReader::Table table(const QByteArray &csv)
{
    Result<CsvReader::Table> t = CsvReader::parse(csv);
    if (!t)
        qFatal("%s", qPrintable(t.error().message));
    return std::move(t).value();
}

PayByLinkProfile customProfile()
{
    PayByLinkProfile p;
    p.name = QStringLiteral("custom");
    p.entityKey = QStringLiteral("2b2b9bff-0c96-4f33-a20d-c831ac87e571");
    p.user = QStringLiteral("S");
    p.mappingTemplate = QStringLiteral("Map & Co");
    p.errorUrl = QStringLiteral("https://example.nl/fout?x=1");
    p.mapping = { { PayByLinkField::Amount, QStringLiteral("a") },
                  { PayByLinkField::Order, QStringLiteral("or") },
                  { PayByLinkField::Expiry, QStringLiteral("ex") },
                  { PayByLinkField::Name, QStringLiteral("Naam") },
                  { PayByLinkField::Description, QStringLiteral("d") },
                  { PayByLinkField::Email, QString() } };
    p.amountFormat = PayByLinkProfile::AmountFormat::DecimalPoint;
    p.dateFormat = PayByLinkProfile::DateFormat::Compact;
    p.hashLength = 10;
    return p;
}

// `t` imported with its columns mapped by name, with the custom profile.
Result<PayByLinkImport::Report> importTable(Database &db, const CsvReader::Table &t)
{
    const auto map = PayByLinkImport::mapColumns(t.header, {});
    if (!map)
        return map.error();
    PayByLinkImport::Options o;
    o.profile = customProfile();
    o.password = QStringLiteral("pw");
    return PayByLinkImport::run(db, t, *map, o);
}

// Imports `rows` generated orders "<prefix>0", "<prefix>1" … for customers
// "<name> 0" … with the custom profile.
Result<PayByLinkImport::Report> importGenerated(Database &db, const QByteArray &prefix,
                                                const QByteArray &name, int rows)
{
    QByteArray csv = "order;name;amount\n";
    for (int i = 0; i < rows; ++i)
        csv +=
            prefix + QByteArray::number(i) + ';' + name + ' ' + QByteArray::number(i) + ";2,50\n";
    return importTable(db, table(csv));
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TstImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Translations::install(QStringLiteral("en")); }
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("i-%1.sqlite").arg(++m_run)));
        QVERIFY(db);
        m_db = std::move(db).value();
    }
    void cleanup() { m_db.reset(); }

    void fastPathMatchesGeneralSigner_data()
    {
        QTest::addColumn<int>("amountFormat");
        QTest::addColumn<int>("dateFormat");
        using P = PayByLinkProfile;
        QTest::newRow("28.50, compact date")
            << int(P::AmountFormat::DecimalPoint) << int(P::DateFormat::Compact);
        QTest::newRow("28,50, dashed date")
            << int(P::AmountFormat::DecimalComma) << int(P::DateFormat::Dashed);
        QTest::newRow("minor units, dashed date")
            << int(P::AmountFormat::MinorUnits) << int(P::DateFormat::Dashed);
    }

    void fastPathMatchesGeneralSigner()
    {
        QFETCH(int, amountFormat);
        QFETCH(int, dateFormat);
        const CsvReader::Table t =
            table("order;name;amount;expiry;description;email\n"
                  "A&1;Jérôme Straße;28,50;31-12-2099;Rent = 100% + \"extra\" #1;x@example.nl\n"
                  "B?2;Иван Петров;1.234,56;20991231;/path?q=1&r=2;\n"
                  "C 3;李雷 🙂;0;;;\n"
                  "D4;Ann;0,05;01-02-2100;;\n");
        const auto map = PayByLinkImport::mapColumns(t.header, {});
        QVERIFY(map);
        PayByLinkImport::Options o;
        o.profile = customProfile();
        o.profile.amountFormat = PayByLinkProfile::AmountFormat(amountFormat);
        o.profile.dateFormat = PayByLinkProfile::DateFormat(dateFormat);
        o.password = QStringLiteral("pä$$\u00ADword");
        o.extra = { { QStringLiteral("K"), QStringLiteral("const value=1") } };
        o.source = QStringLiteral("t.csv");
        const auto report = PayByLinkImport::run(*m_db, t, *map, o);
        QVERIFY(report);
        QCOMPARE(report->imported, 4);
        QVERIFY(report->rejected.isEmpty());

        PaymentStore store(*m_db);
        const auto rows = store.list(PaymentFilter {}, { PaymentField::Id, Qt::AscendingOrder });
        QVERIFY(rows);
        QCOMPARE(rows->size(), 4);
        for (const Payment &listed : *rows) {
            const auto found = store.find(listed.id);
            QVERIFY(found && found->has_value());
            const Payment &stored = **found;
            PayByLinkOrder order;
            order.orderRef = stored.orderRef;
            order.amountMinor = stored.amountMinor;
            order.currency = stored.currency;
            order.name = stored.customerName;
            order.email = stored.email;
            order.description = stored.description;
            order.expiry = stored.expiry;
            const auto general =
                PayByLinkOrders::makePayment(o.profile, o.password, order, o.extra);
            QVERIFY(general);
            QCOMPARE(stored.link, general->link);
            QCOMPARE(stored.signedParameters, general->signedParameters);
            QCOMPARE(int(stored.status), int(PaymentStatus::Ready));
            QCOMPARE(stored.importBatchId, std::optional<qint64>(report->batchId));
        }
        QCOMPARE(rows->at(1).amountMinor, 123456);
        // The formats themselves, not only agreement with the general path.
        const QString expected = QStringList { QStringLiteral("a=28%2C50&or=A%261&ex=2099-12-31"),
                                               QStringLiteral("a=28.50&or=A%261&ex=20991231"),
                                               QStringLiteral("a=2850&or=A%261&ex=2099-12-31") }
                                     .at(amountFormat);
        QVERIFY2(rows->at(0).link.contains(expected), qPrintable(rows->at(0).link));
        const QString small = QStringList { QStringLiteral("a=0%2C05&"), QStringLiteral("a=0.05&"),
                                            QStringLiteral("a=5&") }
                                  .at(amountFormat);
        QVERIFY2(rows->at(3).link.contains(small), qPrintable(rows->at(3).link));
        QVERIFY2(rows->at(3).link.contains(dateFormat == 0 ? QStringLiteral("ex=2100-02-01")
                                                           : QStringLiteral("ex=21000201")),
                 qPrintable(rows->at(3).link));
        QVERIFY(rows->at(0).link.endsWith(QStringLiteral("&K=const%20value%3D1&h=")
                                          + rows->at(0).link.right(10)));
        QCOMPARE(rows->at(0).link.right(13).left(3), QStringLiteral("&h="));
    }

    // Rows are checked in two halves (here rows 2-6 and 7-11): a repeated
    // reference is found within either half and across them, and names the
    // first fine row that has it.
    void duplicatesAcrossHalves()
    {
        const CsvReader::Table t = table("order,amount\n"
                                         "A,1.00\n"
                                         "X,abc\n"
                                         "A,1.00\n"
                                         "B,1.00\n"
                                         "X,1.00\n"
                                         "A,1.00\n"
                                         "C,1.00\n"
                                         "A,1.00\n"
                                         "C,1.00\n"
                                         "X,1.00\n");
        const auto report = importTable(*m_db, t);
        QVERIFY(report);
        const QList<QPair<qint64, QString>> expected {
            { 3, QStringLiteral("amount: “abc” is not a number") },
            { 4, QStringLiteral("order: “A” is also on row 2:") },
            { 7, QStringLiteral("order: “A” is also on row 2:") },
            { 9, QStringLiteral("order: “A” is also on row 2:") },
            { 10, QStringLiteral("order: “C” is also on row 8:") },
            { 11, QStringLiteral("order: “X” is also on row 6:") },
        };
        QCOMPARE(report->rejected.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const PayByLinkImport::Rejected &r = report->rejected.at(i);
            QCOMPARE(r.row, expected.at(i).first);
            QVERIFY2(r.message.startsWith(expected.at(i).second), qPrintable(r.message));
        }
        QCOMPARE(report->imported, 4);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(order_ref, '') FROM "
                                      "(SELECT order_ref FROM payments ORDER BY id)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ABXC"));
    }

    void rejectsRowsAndDuplicates()
    {
        ProfileRow row;
        row.name = QStringLiteral("shop");
        QVERIFY(ProfileStore(*m_db).insert(row));
        Payment existing;
        existing.orderRef = QStringLiteral("OLD");
        existing.profileId = row.id;
        QVERIFY(PaymentStore(*m_db).insert(existing));

        const CsvReader::Table t = table("Factuur,Bedrag\n"
                                         "N1,1.00\n"
                                         "N2,abc\n"
                                         "N1,2.00\n"
                                         "OLD,3.00\n"
                                         "N3\n"
                                         "N4,-5\n"
                                         "N5,1.005\n");
        const auto map =
            PayByLinkImport::mapColumns(t.header,
                                        { { QStringLiteral("factuur"), PayByLinkField::Order },
                                          { QStringLiteral("BEDRAG"), PayByLinkField::Amount } });
        QVERIFY(map);
        PayByLinkImport::Options o;
        o.profile = customProfile();
        o.profile.id = row.id;
        o.profile.name = row.name;
        o.password = QStringLiteral("pw");
        const auto report = PayByLinkImport::run(*m_db, t, *map, o);
        QVERIFY(report);
        QCOMPARE(report->imported, 1);
        QStringList lines;
        for (const auto &r : report->rejected)
            lines.append(QStringLiteral("row %1: %2").arg(r.row).arg(r.message));
        QCOMPARE(lines.size(), 6);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("row 3: Bedrag: “abc” is not a number")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("row 4: Factuur: “N1” is also on row 2")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral(
                     "row 5: Factuur: “OLD” already has a payment in profile “shop”")),
                 qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).startsWith(
                     QStringLiteral("row 6: the row has 1 field, but the header has 2")),
                 qPrintable(lines.at(3)));
        QVERIFY2(lines.at(4).contains(QStringLiteral("negative")), qPrintable(lines.at(4)));
        QVERIFY2(lines.at(5).contains(QStringLiteral("3 decimals")), qPrintable(lines.at(5)));
        QCOMPARE(report->rejected.at(1).cells,
                 (QStringList { QStringLiteral("N1"), QStringLiteral("2.00") }));

        // The rejected rows, saved with their error, read back.
        const QString path = m_dir.filePath(QStringLiteral("rejected-%1.csv").arg(m_run));
        QVERIFY(PayByLinkImport::saveRejected(path, t, report->rejected));
        const auto back = CsvReader::readFile(path);
        QVERIFY(back);
        QCOMPARE(back->header,
                 (QStringList { QStringLiteral("Factuur"), QStringLiteral("Bedrag"),
                                QStringLiteral("error") }));
        QCOMPARE(back->rows.size(), 6);
        QCOMPARE(back->rows.at(0).at(0), QStringLiteral("N2"));
        QVERIFY(back->rows.at(0).at(2).startsWith(QStringLiteral("row 3: Bedrag:")));
        QCOMPARE(back->rows.at(3).at(1), QString()); // the short row, padded
    }

    // Runaway fields and NUL bytes are refused by row and field, never
    // signed; a link that would not fit a QR code is refused before it is
    // signed for real (issue 21, items 5 and 8).
    void fieldLimitsAndNulAreRejectedByRow()
    {
        QByteArray csv = "order;name;email;amount;description\n";
        csv += "OK1;" + QByteArray(1000, 'n') + ";a@example.nl;1,00;\n"; // at the limits
        csv += "LONGNAME;" + QByteArray(1001, 'n') + ";;1,00;\n";
        csv += "LONGMAIL;Ann;" + QByteArray(250, 'm') + "@x.nl;1,00;\n";
        csv += QByteArray("NUL;Ann") + '\0' + "ex;;1,00;\n";
        csv += "BIGLINK;Ann;;1,00;" + QString(700, QChar(0x0416)).toUtf8() + "\n";
        csv += "OK2;Ann;;2,00;" + QByteArray(150, 'd') + "\n";
        const auto report = importTable(*m_db, table(csv));
        QVERIFY(report);
        QCOMPARE(report->imported, 2);
        QStringList lines;
        for (const auto &r : report->rejected)
            lines.append(QStringLiteral("row %1: %2").arg(r.row).arg(r.message));
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).startsWith(
                     QStringLiteral("row 3: name: is 1,001 characters long; the most is 1,000.")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("row 4: email: is 255 characters long")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("row 5: name: contains a NUL character")),
                 qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).startsWith(QStringLiteral("row 6: The signed link would be")),
                 qPrintable(lines.at(3)));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM payments")), 2);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT max(length(link)) <= 2048 FROM payments")),
                 1);
    }

    // What Dutch, German and Russian invoice lists call their columns maps
    // without --map; case, spaces and dashes do not count (issue 20).
    void headersOfOtherLanguagesMapThemselves_data()
    {
        QTest::addColumn<QString>("header");
        QTest::newRow("nl") << QStringLiteral(
            "Factuurnummer;Klant;E-mail;Bedrag;Vervaldatum;Omschrijving");
        QTest::newRow("de") << QStringLiteral(
            "Rechnungsnummer;Kunde;E-Mail;Betrag;Fällig am;Beschreibung");
        QTest::newRow("ru") << QStringLiteral(
            "Номер заказа;Клиент;Почта;Сумма;Срок оплаты;Описание");
        QTest::newRow("en") << QStringLiteral("Invoice No.;Customer;E_mail;Total;Due date;Memo");
    }
    void headersOfOtherLanguagesMapThemselves()
    {
        QFETCH(QString, header);
        const auto map = PayByLinkImport::mapColumns(header.split(u';'), {});
        QVERIFY2(map, map ? "" : qPrintable(map.error().message));
        QCOMPARE(map->columns.value(PayByLinkField::Order, -1), 0);
        QCOMPARE(map->columns.value(PayByLinkField::Name, -1), 1);
        QCOMPARE(map->columns.value(PayByLinkField::Email, -1), 2);
        QCOMPARE(map->columns.value(PayByLinkField::Amount, -1), 3);
        QCOMPARE(map->columns.value(PayByLinkField::Expiry, -1), 4);
        QCOMPARE(map->columns.value(PayByLinkField::Description, -1), 5);
        QVERIFY(!map->amountIsMinor);
    }

    // The rejected rows go back with the BOM the file had (issue 20).
    void rejectedFileKeepsTheBom()
    {
        for (const bool bom : { true, false }) {
            const QByteArray csv =
                (bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + "order;amount\nX;abc\n";
            const CsvReader::Table t = table(csv);
            const auto report = importTable(*m_db, t);
            QVERIFY(report);
            const QString path =
                m_dir.filePath(QStringLiteral("bom-%1-%2.csv").arg(m_run).arg(bom));
            QVERIFY(PayByLinkImport::saveRejected(path, t, report->rejected));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.read(3) == "\xEF\xBB\xBF", bom);
        }
    }

    void noValidRowWritesNothing()
    {
        const CsvReader::Table t = table("order,amount\nX,abc\n");
        const auto report = importTable(*m_db, t);
        QVERIFY(report);
        QCOMPARE(report->imported, 0);
        QCOMPARE(report->rejected.size(), 1);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM import_batches")), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM payments")), 0);
    }

    void headerOnlyIsAnError()
    {
        const CsvReader::Table t = table("order,amount\n");
        const auto report = importTable(*m_db, t);
        QVERIFY(!report);
        QVERIFY(report.error().message.contains(QStringLiteral("no rows")));
    }

    void mappingErrors()
    {
        const auto missing = PayByLinkImport::mapColumns({ QStringLiteral("naam") }, {});
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("naam")));
        const auto twice = PayByLinkImport::mapColumns(
            { QStringLiteral("amount"), QStringLiteral("amountMinor"), QStringLiteral("order") },
            {});
        QVERIFY(!twice);
        QVERIFY(twice.error().message.contains(QStringLiteral("both give")));
        const auto absent =
            PayByLinkImport::mapColumns({ QStringLiteral("order"), QStringLiteral("amount") },
                                        { { QStringLiteral("Bedrag"), PayByLinkField::Amount } });
        QVERIFY(!absent);
        QVERIFY(absent.error().message.contains(QStringLiteral("no column “Bedrag”")));
        const auto minor = PayByLinkImport::mapColumns(
            { QStringLiteral("\uFEFF OrderRef "), QStringLiteral("AMOUNTMINOR") }, {});
        QVERIFY(minor);
        QVERIFY(minor->amountIsMinor);
        QCOMPARE(minor->columns.value(PayByLinkField::Order), 0);
    }

    void cancelWritesNothing()
    {
        QByteArray csv = "order;amount\n";
        for (int i = 0; i < 20000; ++i)
            csv += "C" + QByteArray::number(i) + ";1,00\n";
        const CsvReader::Table t = table(csv);
        const auto map = PayByLinkImport::mapColumns(t.header, {});
        QVERIFY(map);
        std::atomic_bool cancel = false;
        PayByLinkImport::Options o;
        o.profile = customProfile();
        o.password = QStringLiteral("pw");
        o.cancel = &cancel;
        o.progress = [&cancel](PayByLinkImport::Phase phase, qint64 done, qint64) {
            if (phase == PayByLinkImport::Phase::Writing && done > 4000)
                cancel = true;
        };
        const auto report = PayByLinkImport::run(*m_db, t, *map, o);
        QVERIFY(report);
        QVERIFY(report->cancelled);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM payments")), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM import_batches")), 0);
        // The indexes dropped for the bulk write came back with the rollback.
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                       "'index' AND name LIKE 'payments_%'")),
                 11);
        QCOMPARE(scalar(*m_db, QStringLiteral("PRAGMA foreign_keys")), 1);
    }

    void bulkImportRestoresIndexesAndSearch()
    {
        const qint64 indexes = scalar(*m_db,
                                      QStringLiteral("SELECT count(*) FROM sqlite_master "
                                                     "WHERE type IN ('index', 'trigger')"));
        const auto report = importGenerated(*m_db, "Q", "Klant", 12000);
        QVERIFY(report);
        QVERIFY(report->rebuiltIndexes);
        QCOMPARE(report->imported, 12000);
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type IN "
                                       "('index', 'trigger')")),
                 indexes);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        PaymentFilter f;
        f.search = QStringLiteral("Klant 11999");
        QCOMPARE(*PaymentStore(*m_db).count(f), 1);
        f.search = QStringLiteral("Q1199");
        QCOMPARE(*PaymentStore(*m_db).count(f), 11); // Q1199 and Q11990..Q11999
        // A later single insert still reaches the search index (trigger back).
        Payment p;
        p.orderRef = QStringLiteral("ZZ-unique");
        QVERIFY(PaymentStore(*m_db).insert(p));
        f.search = QStringLiteral("ZZ-uni");
        QCOMPARE(*PaymentStore(*m_db).count(f), 1);
    }

    // The search index holds a bulk import's rows when it commits, and every
    // later write, by any statement, keeps it in step (D31): no backlog.
    void searchIndexIsInStepAfterBulkImport()
    {
        Payment before;
        before.orderRef = QStringLiteral("EARLIER-1");
        before.customerName = QStringLiteral("Vroeger Klant");
        QVERIFY(PaymentStore(*m_db).insert(before));
        const auto report = importGenerated(*m_db, "B", "Koper", 6000);
        QVERIFY(report);
        QVERIFY(report->rebuiltIndexes);
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                       "'search_backlog'")),
                 0);
        const auto inIndex = [this](const QString &phrase) {
            return scalar(*m_db,
                          QStringLiteral("SELECT count(*) FROM payments_fts WHERE payments_fts "
                                         "MATCH '\"%1\"'")
                              .arg(phrase));
        };
        QCOMPARE(inIndex(QStringLiteral("Koper 5999")), 1);
        QCOMPARE(inIndex(QStringLiteral("Vroeger")), 1);

        // Plain SQL, as another program would write: an edit, a delete, a
        // cascade from the batch table.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE payments SET customer_name = 'Hernoemd Persoon' "
                                      "WHERE order_ref = 'B10'")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM payments WHERE order_ref = 'B11'")));
        QCOMPARE(inIndex(QStringLiteral("Hernoemd")), 1);
        QCOMPARE(inIndex(QStringLiteral("Koper 11")), 110); // 110..119, 1100..1199
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO payments_fts(payments_fts, rank) VALUES "
                                       "('integrity-check', 1)")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        QVERIFY(q.exec(
            QStringLiteral("DELETE FROM import_batches WHERE id = %1").arg(report->batchId)));
        QCOMPARE(inIndex(QStringLiteral("Koper")), 0);
        QCOMPARE(inIndex(QStringLiteral("Vroeger")), 1);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO payments_fts(payments_fts, rank) VALUES "
                                       "('integrity-check', 1)")),
                 qPrintable(q.lastError().text()));
        // The ids come again (no AUTOINCREMENT); the index follows.
        QVERIFY(importGenerated(*m_db, "B", "Koper", 6000));
        QCOMPARE(inIndex(QStringLiteral("Koper 5999")), 1);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO payments_fts(payments_fts, rank) VALUES "
                                       "('integrity-check', 1)")),
                 qPrintable(q.lastError().text()));
    }

    // A check that finds the index out of step rebuilds it.
    void searchIndexOutOfStepIsRebuilt()
    {
        QVERIFY(importGenerated(*m_db, "R", "Klant", 200));
        QSqlQuery q(m_db->connection());
        // What a killed catch-up of schema 6 could leave: rows the index lacks.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM payments_fts WHERE rowid IN (SELECT id FROM "
                                      "payments WHERE order_ref LIKE 'R1%')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO payments_fts(payments_fts, rank) VALUES "
                                       "('integrity-check', 1)")));
        const Result<bool> repaired = m_db->repairSearchIndex();
        QVERIFY2(repaired, repaired ? "" : qPrintable(repaired.error().message));
        QVERIFY(*repaired);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO payments_fts(payments_fts, rank) VALUES "
                                       "('integrity-check', 1)")),
                 qPrintable(q.lastError().text()));
        PaymentFilter f;
        f.search = QStringLiteral("R199");
        QCOMPARE(*PaymentStore(*m_db).count(f), 1);
        const Result<bool> again = m_db->repairSearchIndex();
        QVERIFY(again && !*again);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_run = 0;
};

QTEST_GUILESS_MAIN(TstImport)
#include "tst_import.moc"
