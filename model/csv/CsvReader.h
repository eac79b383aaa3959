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
    // The longest field, in characters as written in the file (UTF-8 bytes
    // where the text is not valid UTF-8). Reading stops at a longer one, so a
    // runaway field (a missing quote, a binary file) never becomes a value.
    static constexpr qsizetype kMaxField = 10000;

    // The fields of one record: a view into its table's Rows.
    class Row
    {
    public:
        Row(const QString *fields, qsizetype size)
            : m_fields(fields)
            , m_size(size)
        { }
        qsizetype size() const { return m_size; }
        const QString &at(qsizetype i) const
        {
            Q_ASSERT(i >= 0 && i < m_size);
            return m_fields[i];
        }
        const QString *begin() const { return m_fields; }
        const QString *end() const { return m_fields + m_size; }
        // The fields as a list (still pointing into the table's storage).
        QStringList toList() const { return QStringList(begin(), end()); }

    private:
        const QString *m_fields;
        qsizetype m_size;
    };

    // The data records of a table. Each part's fields are one list, and each
    // record ends at an index of it: 200,000 rows take two allocations
    // instead of one per row (about 40 MB of new memory in 200,000 pieces).
    // A file read in two halves keeps them as two parts.
    class Rows
    {
    public:
        Rows()
            : m_parts(1)
        { }
        qsizetype size() const { return m_size; }
        bool isEmpty() const { return m_size == 0; }
        Row at(qsizetype i) const
        {
            Q_ASSERT(i >= 0 && i < m_size);
            for (const Part &part : m_parts) {
                if (i < part.ends.size())
                    return part.row(i);
                i -= part.ends.size();
            }
            return Row(nullptr, 0);
        }
        Row last() const { return at(size() - 1); }
        QList<QStringList> toList() const;
        // The same records, however they are split into parts.
        friend bool operator==(const Rows &a, const Rows &b);
        friend bool operator!=(const Rows &a, const Rows &b) { return !(a == b); }

        // For the reader, which fills the last part: room for `rows` more
        // records and `fields` more fields.
        void reserve(qsizetype rows, qsizetype fields);
        // Adds a field to the record being read; endRecord() closes it.
        void addField(QString field) { m_parts.last().fields.append(std::move(field)); }
        void endRecord()
        {
            Part &part = m_parts.last();
            part.ends.append(part.fields.size());
            ++m_size;
        }
        // The fields of the record being read, before endRecord().
        qsizetype openFields() const { return m_parts.constLast().openFields(); }
        Row openRecord() const;
        // Drops the record being read.
        void dropOpenRecord();
        // Moves the records of `other` after these, as parts of their own.
        void append(Rows &&other);

    private:
        struct Part
        {
            QList<QString> fields;
            QList<qsizetype> ends; // after each record's last field
            Row row(qsizetype i) const
            {
                const qsizetype begin = i ? ends.at(i - 1) : 0;
                return Row(fields.constData() + begin, ends.at(i) - begin);
            }
            qsizetype openFields() const
            {
                return fields.size() - (ends.isEmpty() ? 0 : ends.constLast());
            }
        };
        QList<Part> m_parts; // never empty
        qsizetype m_size = 0;
    };

    struct Table
    {
        QChar delimiter; // the one used (given or detected)
        QStringList header; // first record
        Rows rows; // data records, header excluded
        QList<qint64> rowNumbers; // for rows[i]: its row number (see above)
        qint64 headerRow = 1; // the header's row number: above 1 after leading empty lines
        bool hadBom = false;
        qsizetype maxField = kMaxField; // the longest field it was read with
        // The decoded file, in one part or two. Fields point into it without
        // a copy, so a field must not outlive every copy of its table; copy it
        // deeply to keep it (QString(field.constData(), field.size())).
        QList<QString> storage;
    };

    // delimiter: QChar() = detect among ',', ';' and '\t'; otherwise that one, which must be
    // an ASCII character other than '"', '\r' and '\n'.
    static Result<Table> parse(QByteArrayView utf8, QChar delimiter = QChar());
    // parse() with the size from which a text is read in two halves at once
    // (1 MiB in parse()) and the longest field; tests and fuzzing compare
    // both ways on small texts, and read long fields on purpose.
    static Result<Table> parse(QByteArrayView utf8, QChar delimiter, qsizetype splitFrom,
                               qsizetype maxField = kMaxField);
    // Reads the whole file with QFile, then parse().
    static Result<Table> readFile(const QString &path, QChar delimiter = QChar());
    // The delimiter of the header line: the candidate (',' ';' '\t') occurring most often
    // outside quotes in the first record (after a BOM and empty lines); ',' if none occurs.
    // Ties go to the earlier candidate in that order.
    static QChar detectDelimiter(QByteArrayView utf8);
    // Copies of fields that no longer depend on their table's storage.
    static QStringList detached(Row fields);

private:
    static std::optional<Error> readDecoded(QByteArrayView utf8, Table &table, bool headerFirst,
                                            qint64 &row);
    static std::optional<Table> readHalves(QByteArrayView text, const Table &start,
                                           qsizetype splitFrom);
};

} // namespace paylink
