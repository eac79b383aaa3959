#pragma once

#include <QCoreApplication>

#include "core/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QStringList>

#include <optional>

namespace paylink {

// Reads RFC 4180 CSV in UTF-8 (a BOM is allowed and removed) into a header and rows of
// text. It only splits records and fields; field counts and values are the importer's job.
//
// - Records end with "\n", "\r\n" or a lone "\r"; a line ending at the end of the file adds
//   no record.
// - A field that starts with '"' is quoted: it may hold the delimiter, line breaks (kept as
//   they are in the file) and "" for one quote. Text after its closing quote, other than
//   the delimiter or a line ending, is an error. A '"' anywhere else is kept literally, as
//   Excel does (ab"c reads as ab"c).
// - A line with no characters at all is skipped, but still counted.
// - A BOM (U+FEFF) at the start of the file is removed and reported in Table::hadBom; one at
//   the start of a field is dropped too, as QString::fromUtf8() does (it is left where two
//   exports were joined into one file).
//
// Row numbers ("row K" in errors, Table::rowNumbers, Table::headerRow) count records from the
// start of the file, starting at 1, where every skipped empty line counts as one record. So
// when no field holds a line break, K is the line number a text editor or spreadsheet shows;
// a quoted field with line breaks still counts as one record, so records after it have a
// lower K than their line number. A file that starts with its header has the header as row
// 1 and the first data row as row 2. Columns ("column N") count fields in a record from 1.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(paylink::CsvReader)

public:
    struct Table
    {
        QChar delimiter; // the one used (given or detected)
        QStringList header; // first record
        QList<QStringList> rows; // data records, header excluded
        QList<qint64> rowNumbers; // for rows[i]: its row number (see above)
        qint64 headerRow = 1; // the header's row number: above 1 after leading empty lines
        bool hadBom = false;
        // The decoded file, in one part or two. Fields point into it without
        // a copy, so a field must not outlive every copy of its table; copy it
        // deeply to keep it (QString(field.constData(), field.size())).
        QList<QString> storage;
    };

    // delimiter: QChar() = detect among ',', ';' and '\t'; otherwise that one, which must be
    // an ASCII character other than '"', '\r' and '\n'.
    static Result<Table> parse(QByteArrayView utf8, QChar delimiter = QChar());
    // parse() with the size from which a text is read in two halves at once
    // (1 MiB in parse()); tests and fuzzing compare both ways on small texts.
    static Result<Table> parse(QByteArrayView utf8, QChar delimiter, qsizetype splitFrom);
    // Reads the whole file with QFile, then parse().
    static Result<Table> readFile(const QString &path, QChar delimiter = QChar());
    // The delimiter of the header line: the candidate (',' ';' '\t') occurring most often
    // outside quotes in the first record (after a BOM and empty lines); ',' if none occurs.
    // Ties go to the earlier candidate in that order.
    static QChar detectDelimiter(QByteArrayView utf8);
    // Copies of fields that no longer depend on their table's storage.
    static QStringList detached(const QStringList &fields);

private:
    static std::optional<Error> readDecoded(QByteArrayView utf8, Table &table, bool headerFirst,
                                            qint64 &row);
    static std::optional<Table> readHalves(QByteArrayView text, const Table &start,
                                           qsizetype splitFrom);
};

} // namespace paylink
