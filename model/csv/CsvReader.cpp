#include "CsvReader.h"
#include "core/BackgroundPool.h"

#include "core/HugePages.h"

#include <QDir>
#include <QFile>
#include <QFuture>
#include <QLocale>
#include <QStringDecoder>
#include <QtConcurrent/QtConcurrentRun>

#include <cstring>
#include <optional>
#include <type_traits>

namespace paylink {

namespace {

constexpr QByteArrayView Bom("\xEF\xBB\xBF");

// One pass over the bytes after the BOM. Structural characters are all ASCII and never
// occur inside a multi-byte UTF-8 sequence, so the text can be split as bytes and each field
// converted once.
// The scanner runs over UTF-8 bytes (to find the row of invalid UTF-8) or over
// the decoded UTF-16 text (the fast path, whose fields point into that text).
template<typename Ch> struct Scan
{
    const Ch *fileStart; // before the BOM, for offsets in details
    const Ch *begin;
    const Ch *end;
    Ch delimiter;
    // The text is known to hold invalid UTF-8 somewhere: check each record to name it.
    bool checkUtf8;
    qsizetype maxField;
};

const char *findQuote(const char *from, const char *end)
{
    return static_cast<const char *>(std::memchr(from, '"', size_t(end - from)));
}

const char16_t *findQuote(const char16_t *from, const char16_t *end)
{
    const qsizetype at = QStringView(from, end).indexOf(u'"');
    return at < 0 ? nullptr : from + at;
}

QString field(const char *begin, const char *end)
{
    return begin == end ? QString() : QString::fromUtf8(begin, end - begin);
}

// No copy: the field points into the table's decoded text, which it keeps. A
// BOM at the start of a field is dropped, as QString::fromUtf8() drops it.
QString field(const char16_t *begin, const char16_t *end)
{
    if (begin != end && *begin == 0xFEFF)
        ++begin;
    return begin == end ? QString()
                        : QString::fromRawData(reinterpret_cast<const QChar *>(begin), end - begin);
}

QString text(const QByteArray &buffer)
{
    return QString::fromUtf8(buffer);
}

QString text(const QString &buffer)
{
    return buffer.startsWith(QChar(0xFEFF)) ? buffer.mid(1) : buffer;
}

void appendTo(QByteArray &buffer, const char *from, qsizetype size)
{
    buffer.append(from, size);
}

void appendTo(QString &buffer, const char16_t *from, qsizetype size)
{
    buffer.append(reinterpret_cast<const QChar *>(from), size);
}

// The content of a quoted field whose every '"' is the first of a "" pair.
template<typename Ch, typename Buffer>
QString unescapedField(const Ch *begin, const Ch *end, Buffer &buffer)
{
    buffer.truncate(0);
    while (begin < end) {
        const Ch *quote = findQuote(begin, end);
        if (!quote) {
            appendTo(buffer, begin, end - begin);
            break;
        }
        appendTo(buffer, begin, quote - begin + 1);
        begin = quote + 2;
    }
    return text(buffer);
}

bool validUtf8(const char *begin, const char *end)
{
    return QByteArrayView(begin, end).isValidUtf8();
}

bool validUtf8(const char16_t *, const char16_t *)
{
    return true;
}

template<typename Ch> Error notUtf8(const Scan<Ch> &s, qint64 row, const Ch *recordStart)
{
    return Error { CsvReader::tr("row %1: not valid UTF-8 text; save the file as UTF-8.").arg(row),
                   QStringLiteral("invalid UTF-8 in the record starting at byte %1")
                       .arg(recordStart - s.fileStart) };
}

// In the slow path, invalid UTF-8 before a syntax error in the same record comes first.
template<typename Ch>
std::optional<Error> utf8Before(const Scan<Ch> &s, qint64 row, const Ch *recordStart, const Ch *at)
{
    if (s.checkUtf8 && !validUtf8(recordStart, at))
        return notUtf8(s, row, recordStart);
    return std::nullopt;
}

template<typename Ch>
Error unclosedQuote(const Scan<Ch> &s, qint64 row, const Ch *recordStart, const Ch *quote)
{
    if (auto e = utf8Before(s, row, recordStart, quote))
        return *e;
    return Error {
        CsvReader::tr("row %1: a quoted field is never closed (a \" is missing).").arg(row),
        QStringLiteral("quote opened at byte %1 has no closing quote").arg(quote - s.fileStart)
    };
}

template<typename Ch>
Error textAfterQuote(const Scan<Ch> &s, qint64 row, qsizetype column, const Ch *recordStart,
                     const Ch *at)
{
    if (auto e = utf8Before(s, row, recordStart, at))
        return *e;
    return Error { CsvReader::tr("row %1, column %2: text follows a closing quote; write a quote "
                                 "inside a quoted field as \"\".")
                       .arg(row)
                       .arg(column),
                   QStringLiteral("unexpected character 0x%1 at offset %2 after a closing quote")
                       .arg(uint(*at), 2, 16, QLatin1Char('0'))
                       .arg(at - s.fileStart) };
}

template<typename Ch>
Error runawayField(const Scan<Ch> &s, qint64 row, qsizetype column, const Ch *recordStart,
                   const Ch *field)
{
    if (auto e = utf8Before(s, row, recordStart, field))
        return *e;
    return Error { CsvReader::tr("row %1, column %2: a field is longer than %3 characters, so "
                                 "reading stopped there. A quote may be missing, or the file is "
                                 "not a table of payments.")
                       .arg(row)
                       .arg(column)
                       .arg(QLocale().toString(s.maxField)),
                   QStringLiteral("field starting at offset %1 runs past %2 units")
                       .arg(field - s.fileStart)
                       .arg(s.maxField) };
}

// At most this many records: one per line ending, plus one without.
template<typename Ch> qsizetype recordBound(const Ch *begin, const Ch *end)
{
    const auto count = [&](char c) {
        if constexpr (std::is_same_v<Ch, char16_t>) {
            return QStringView(begin, end).count(QLatin1Char(c));
        } else {
            qsizetype n = 0;
            for (const char *p = begin;
                 (p = static_cast<const char *>(std::memchr(p, c, size_t(end - p)))); ++p)
                ++n;
            return n;
        }
    };
    const qsizetype lf = count('\n');
    return (lf > 0 ? lf : count('\r')) + 1;
}

// Appends the records of `s` to `table`, the first as its header when
// `headerFirst`, or else all as rows. `row` is the row number before the
// first record, and after the call that of the last.
template<typename Ch>
std::optional<Error> readRecords(const Scan<Ch> &s, CsvReader::Table &table, bool headerFirst,
                                 qint64 &row)
{
    const Ch *p = s.begin;
    const Ch *const end = s.end;
    const Ch delimiter = s.delimiter;
    const auto endsField = [delimiter](Ch c) { return c == delimiter || c == '\n' || c == '\r'; };

    // Room for every record the text may hold; for their fields once the
    // first record shows how many a record has (a field takes at least one
    // character or delimiter, which caps a wrong guess).
    CsvReader::Rows &rows = table.rows;
    const qsizetype bound = recordBound(p, end);
    qsizetype columns = table.header.size(); // fields to make room for
    const auto fieldBound = [&] { return std::min(columns * bound, qsizetype(end - p) + 1); };
    rows.reserve(bound, fieldBound());
    reserveOnHugePages(table.rowNumbers, table.rowNumbers.size() + bound);
    bool fieldsReserved = columns > 0;
    bool haveHeader = !headerFirst;
    std::conditional_t<std::is_same_v<Ch, char>, QByteArray, QString> buffer;
    while (p < end) {
        ++row;
        const Ch *const recordStart = p;
        if (*p == '\n' || *p == '\r') { // an empty line: counted, skipped
            if (*p++ == '\r' && p < end && *p == '\n')
                ++p;
            continue;
        }
        for (;;) {
            if (p < end && *p == '"') {
                const Ch *const open = p;
                // The closing quote is looked for no further than a field may run.
                const Ch *const stop =
                    end - (open + 1) > s.maxField + 1 ? open + s.maxField + 2 : end;
                const Ch *close = findQuote(open + 1, stop);
                bool escaped = false;
                while (close && close + 1 < end && close[1] == '"') {
                    escaped = true;
                    close = close + 2 < stop ? findQuote(close + 2, stop) : nullptr;
                }
                if (!close && stop != end)
                    return runawayField(s, row, rows.openFields() + 1, recordStart, open);
                if (!close)
                    return unclosedQuote(s, row, recordStart, open);
                rows.addField(escaped ? unescapedField(open + 1, close, buffer)
                                      : field(open + 1, close));
                p = close + 1;
                if (p < end && !endsField(*p))
                    return textAfterQuote(s, row, rows.openFields(), recordStart, p);
            } else {
                const Ch *const start = p;
                const Ch *const stop = end - start > s.maxField ? start + s.maxField + 1 : end;
                while (p < stop && !endsField(*p))
                    ++p;
                if (p == stop && stop != end)
                    return runawayField(s, row, rows.openFields() + 1, recordStart, start);
                rows.addField(field(start, p));
            }
            if (p == end)
                break;
            if (*p++ == delimiter)
                continue;
            if (p[-1] == '\r' && p < end && *p == '\n')
                ++p;
            break;
        }
        if (s.checkUtf8 && !validUtf8(recordStart, p))
            return notUtf8(s, row, recordStart);
        if (!haveHeader) {
            table.header = CsvReader::detached(rows.openRecord()); // kept by widgets and messages
            rows.dropOpenRecord();
            table.headerRow = row;
            columns = table.header.size();
            haveHeader = true;
        } else {
            columns = std::max(columns, rows.openFields());
            rows.endRecord();
            table.rowNumbers.append(row);
        }
        if (!fieldsReserved) { // the records were reserved above
            rows.reserve(0, fieldBound());
            fieldsReserved = true;
        }
    }
    return std::nullopt;
}

bool onlyWhitespace(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

Error emptyFile()
{
    return Error { CsvReader::tr("The file is empty: it has no header row."), {} };
}

} // namespace

QChar CsvReader::detectDelimiter(QByteArrayView utf8)
{
    if (utf8.startsWith(Bom))
        utf8 = utf8.sliced(Bom.size());
    const char *p = utf8.data();
    const char *const end = p + utf8.size();
    while (p < end && (*p == '\n' || *p == '\r'))
        ++p;

    static constexpr char candidates[] = { ',', ';', '\t' };
    qsizetype counts[std::size(candidates)] = {};
    bool fieldStart = true;
    while (p < end && *p != '\n' && *p != '\r') {
        if (*p == '"' && fieldStart) { // skip the quoted field, line breaks and all
            const char *close = findQuote(p + 1, end);
            while (close && close + 1 < end && close[1] == '"')
                close = findQuote(close + 2, end);
            if (!close)
                break;
            p = close + 1;
            fieldStart = false;
            continue;
        }
        fieldStart = false;
        for (size_t i = 0; i < std::size(candidates); ++i) {
            if (*p == candidates[i]) {
                ++counts[i];
                fieldStart = true;
            }
        }
        ++p;
    }

    size_t best = 0;
    for (size_t i = 1; i < std::size(candidates); ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return QLatin1Char(candidates[best]);
}

Result<CsvReader::Table> CsvReader::parse(QByteArrayView utf8, QChar delimiter)
{
    return parse(utf8, delimiter, qsizetype(1) << 20);
}

Result<CsvReader::Table> CsvReader::parse(QByteArrayView utf8, QChar delimiter, qsizetype splitFrom,
                                          qsizetype maxField)
{
    if (!delimiter.isNull()
        && (delimiter.unicode() > 0x7F || delimiter == u'"' || delimiter == u'\r'
            || delimiter == u'\n'))
        return Error {
            tr("“%1” cannot separate fields; use a comma, a semicolon or a tab.").arg(delimiter),
            QStringLiteral("delimiter U+%1 is not a usable ASCII character")
                .arg(delimiter.unicode(), 4, 16, QLatin1Char('0'))
        };

    Table table;
    table.maxField = maxField;
    QByteArrayView text = utf8;
    if (text.startsWith(Bom)) {
        text = text.sliced(Bom.size());
        table.hadBom = true;
    }
    if (onlyWhitespace(text))
        return emptyFile();
    table.delimiter = delimiter.isNull() ? detectDelimiter(text) : delimiter;

    if (!text.isValidUtf8()) {
        // Find the record with invalid UTF-8 (and any syntax error before it).
        const Scan<char> scan {
            utf8.data(), text.data(),   text.data() + text.size(), char(table.delimiter.unicode()),
            true,        table.maxField
        };
        qint64 row = 0;
        if (auto error = readRecords(scan, table, true, row))
            return *error;
        return notUtf8(scan, 1, scan.begin); // cannot happen: some record is invalid
    }
    if (std::optional<Table> halves = readHalves(text, table, splitFrom))
        return std::move(*halves);
    qint64 row = 0;
    if (auto error = readDecoded(text, table, true, row))
        return *error;
    if (table.header.isEmpty())
        return emptyFile();
    return table;
}

// Decoded once; every field that needs no unescaping points into the text.
std::optional<Error> CsvReader::readDecoded(QByteArrayView utf8, Table &table, bool headerFirst,
                                            qint64 &row)
{
    // As QString::fromUtf8, into a buffer that may use huge pages. Text that
    // starts the file (headerFirst) drops a leading BOM as fromUtf8 does; a
    // second half keeps one as the character it is there (found by fuzz_csv).
    const QStringDecoder::Flags flags = headerFirst
        ? QStringDecoder::Flag::Stateless
        : QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom;
    QStringDecoder decoder(QStringDecoder::Utf8, flags);
    QString text(decoder.requiredSpace(utf8.size()), Qt::Uninitialized);
    adviseHugePages(text.data(), text.size() * qsizetype(sizeof(QChar)));
    const QChar *end = decoder.appendToBuffer(text.data(), utf8);
    text.truncate(end - text.constData());
    table.storage.append(std::move(text));
    const auto *data = reinterpret_cast<const char16_t *>(table.storage.constLast().constData());
    const Scan<char16_t> scan { data,
                                data,
                                data + table.storage.constLast().size(),
                                char16_t(table.delimiter.unicode()),
                                false,
                                table.maxField };
    return readRecords(scan, table, headerFirst, row);
}

// A large file is split after the first line break past its middle, and
// both halves are decoded and read at once. The first half read alone ends
// on a whole record exactly when that line break ends one; inside a quoted
// field, the first half has an unclosed quote instead. Then, or when either
// half has any error, the caller reads the file in one pass, which finds
// the same records or names the first error in file order.
std::optional<CsvReader::Table> CsvReader::readHalves(QByteArrayView text, const Table &start,
                                                      qsizetype splitFrom)
{
    if (text.size() < splitFrom)
        return std::nullopt;
    const qsizetype lineBreak = text.indexOf('\n', text.size() / 2);
    if (lineBreak < 0 || lineBreak + 1 == text.size())
        return std::nullopt;
    Table first = start;
    Table second = start;
    qint64 firstRows = 0;
    qint64 secondRows = 0;
    QFuture<std::optional<Error>> later = QtConcurrent::run(backgroundPool(), [&] {
        return readDecoded(text.sliced(lineBreak + 1), second, false, secondRows);
    });
    const std::optional<Error> firstError =
        readDecoded(text.first(lineBreak + 1), first, true, firstRows);
    const std::optional<Error> secondError = later.result();
    if (firstError || secondError || first.header.isEmpty())
        return std::nullopt;
    first.storage.append(second.storage);
    first.rows.append(std::move(second.rows));
    first.rowNumbers.reserve(first.rowNumbers.size() + second.rowNumbers.size());
    for (const qint64 row : std::as_const(second.rowNumbers))
        first.rowNumbers.append(firstRows + row);
    return first;
}

void CsvReader::Rows::reserve(qsizetype rows, qsizetype fields)
{
    Part &part = m_parts.last();
    reserveOnHugePages(part.ends, part.ends.size() + rows);
    reserveOnHugePages(part.fields, part.fields.size() + fields);
}

CsvReader::Row CsvReader::Rows::openRecord() const
{
    const Part &part = m_parts.constLast();
    return Row(part.fields.constData() + part.fields.size() - part.openFields(), part.openFields());
}

void CsvReader::Rows::dropOpenRecord()
{
    Part &part = m_parts.last();
    part.fields.resize(part.fields.size() - part.openFields());
}

void CsvReader::Rows::append(Rows &&other)
{
    if (other.isEmpty())
        return;
    if (isEmpty())
        m_parts.clear();
    for (Part &part : other.m_parts)
        if (!part.ends.isEmpty())
            m_parts.append(std::move(part));
    m_size += other.m_size;
    other.m_parts = QList<Part>(1);
    other.m_size = 0;
}

bool operator==(const CsvReader::Rows &a, const CsvReader::Rows &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const CsvReader::Row x = a.at(i);
        const CsvReader::Row y = b.at(i);
        if (!std::equal(x.begin(), x.end(), y.begin(), y.end()))
            return false;
    }
    return true;
}

QList<QStringList> CsvReader::Rows::toList() const
{
    QList<QStringList> list;
    list.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        list.append(at(i).toList());
    return list;
}

QStringList CsvReader::detached(Row fields)
{
    QStringList copies;
    copies.reserve(fields.size());
    for (const QString &f : fields)
        copies.append(QString(f.constData(), f.size()));
    return copies;
}

namespace {

// Follows fields through bytes as they are read, to stop reading a file at a
// runaway field instead of after it: a field (its bytes between quotes, or
// up to a delimiter or line break) over `limit` bytes. It never counts more
// than the parser does: a "" inside quotes restarts its count.
class RunawayWatch
{
public:
    RunawayWatch(char delimiter, qsizetype limit)
        : m_delimiter(delimiter)
        , m_limit(limit)
    { }
    // The offset in `bytes` where a field grew over the limit, or -1.
    qsizetype scan(QByteArrayView bytes)
    {
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const char c = bytes[i];
            if (m_quoted) {
                if (c == '"')
                    m_quoted = false;
                else if (++m_run > m_limit)
                    return i;
            } else if (c == m_delimiter || c == '\n' || c == '\r') {
                m_run = 0;
            } else if (c == '"' && m_run == 0) {
                m_quoted = true;
            } else if (++m_run > m_limit) {
                return i;
            }
        }
        return -1;
    }

private:
    char m_delimiter;
    qsizetype m_limit;
    qsizetype m_run = 0;
    bool m_quoted = false;
};

} // namespace

Result<CsvReader::Table> CsvReader::readFile(const QString &path, QChar delimiter)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("The file “%1” cannot be opened: %2.")
                           .arg(QDir::toNativeSeparators(path), file.errorString()),
                       QStringLiteral("open(%1): %2").arg(path, file.errorString()) };
    QByteArray data;
    if (const qint64 size = file.size(); size > 0 && !file.isSequential()) {
        data.resize(size);
        adviseHugePages(data.data(), data.size());
        // Read in parts, each watched for a runaway field: a 200 MB cell is
        // refused after its first 40 KB, not after reading it all. Four
        // bytes a character bound the parser's limit from above; the parser
        // then names the row and column from what was read.
        constexpr qint64 kPart = 4 << 20;
        std::optional<RunawayWatch> watch;
        qint64 got = 0;
        while (got < size) {
            const qint64 n = file.read(data.data() + got, std::min(kPart, size - got));
            if (n <= 0)
                break;
            if (!watch) // the delimiter of the first record, as parse() finds it
                watch.emplace(
                    char((delimiter.isNull() ? detectDelimiter(QByteArrayView(data.constData(), n))
                                             : delimiter)
                             .unicode()),
                    4 * kMaxField);
            const qsizetype at = watch->scan(QByteArrayView(data.constData() + got, n));
            got += n;
            if (at >= 0) {
                data.resize(got - n + at + 1);
                Result<Table> prefix = parse(data, delimiter);
                if (!prefix)
                    return prefix;
                return Error { tr("The file “%1” has a field of more than %2 characters.")
                                   .arg(QDir::toNativeSeparators(path),
                                        QLocale().toString(kMaxField)),
                               {} };
            }
        }
        data.resize(got);
        if (got == size)
            data += file.readAll(); // a file that grew meanwhile
    } else {
        data = file.readAll();
    }
    if (file.error() != QFileDevice::NoError)
        return Error { tr("The file “%1” cannot be read: %2.")
                           .arg(QDir::toNativeSeparators(path), file.errorString()),
                       QStringLiteral("read(%1): %2").arg(path, file.errorString()) };
    return parse(data, delimiter);
}

} // namespace paylink
