#include "CsvReader.h"

#include <QDir>
#include <QFile>

#include <cstring>
#include <optional>

namespace paylink {

namespace {

constexpr QByteArrayView Bom("\xEF\xBB\xBF");

// One pass over the bytes after the BOM. Structural characters are all ASCII and never
// occur inside a multi-byte UTF-8 sequence, so the text can be split as bytes and each field
// converted once.
struct Scan
{
    const char *fileStart; // before the BOM, for byte offsets in details
    const char *begin;
    const char *end;
    char delimiter;
    // The text is known to hold invalid UTF-8 somewhere: check each record to name it.
    bool checkUtf8;
};

const char *findQuote(const char *from, const char *end)
{
    return static_cast<const char *>(std::memchr(from, '"', size_t(end - from)));
}

QString field(const char *begin, const char *end)
{
    return begin == end ? QString() : QString::fromUtf8(begin, end - begin);
}

// The content of a quoted field whose every '"' is the first of a "" pair.
QString unescapedField(const char *begin, const char *end, QByteArray &buffer)
{
    buffer.truncate(0);
    while (begin < end) {
        const char *quote = findQuote(begin, end);
        if (!quote) {
            buffer.append(begin, end - begin);
            break;
        }
        buffer.append(begin, quote - begin + 1);
        begin = quote + 2;
    }
    return QString::fromUtf8(buffer);
}

Error notUtf8(const Scan &s, qint64 row, const char *recordStart)
{
    return Error { CsvReader::tr("row %1: not valid UTF-8 text; save the file as UTF-8.").arg(row),
                   QStringLiteral("invalid UTF-8 in the record starting at byte %1")
                       .arg(recordStart - s.fileStart) };
}

// In the slow path, invalid UTF-8 before a syntax error in the same record comes first.
std::optional<Error> utf8Before(const Scan &s, qint64 row, const char *recordStart, const char *at)
{
    if (s.checkUtf8 && !QByteArrayView(recordStart, at).isValidUtf8())
        return notUtf8(s, row, recordStart);
    return std::nullopt;
}

Error unclosedQuote(const Scan &s, qint64 row, const char *recordStart, const char *quote)
{
    if (auto e = utf8Before(s, row, recordStart, quote))
        return *e;
    return Error {
        CsvReader::tr("row %1: a quoted field is never closed (a \" is missing).").arg(row),
        QStringLiteral("quote opened at byte %1 has no closing quote").arg(quote - s.fileStart)
    };
}

Error textAfterQuote(const Scan &s, qint64 row, qsizetype column, const char *recordStart,
                     const char *at)
{
    if (auto e = utf8Before(s, row, recordStart, at))
        return *e;
    return Error { CsvReader::tr("row %1, column %2: text follows a closing quote; write a quote "
                                 "inside a quoted field as \"\".")
                       .arg(row)
                       .arg(column),
                   QStringLiteral("unexpected byte 0x%1 at byte %2 after a closing quote")
                       .arg(uchar(*at), 2, 16, QLatin1Char('0'))
                       .arg(at - s.fileStart) };
}

// At most this many records: one per line ending, plus one without.
qsizetype recordBound(const char *begin, const char *end)
{
    const auto count = [&](char c) {
        qsizetype n = 0;
        for (const char *p = begin;
             (p = static_cast<const char *>(std::memchr(p, c, size_t(end - p)))); ++p)
            ++n;
        return n;
    };
    const qsizetype lf = count('\n');
    return (lf > 0 ? lf : count('\r')) + 1;
}

std::optional<Error> readRecords(const Scan &s, CsvReader::Table &table)
{
    const char *p = s.begin;
    const char *const end = s.end;
    const char delimiter = s.delimiter;
    const auto endsField = [delimiter](char c) { return c == delimiter || c == '\n' || c == '\r'; };

    table.rows.reserve(recordBound(p, end));
    table.rowNumbers.reserve(table.rows.capacity());
    bool haveHeader = false;
    qsizetype columns = 0;
    QByteArray buffer;
    qint64 row = 0;
    while (p < end) {
        ++row;
        const char *const recordStart = p;
        if (*p == '\n' || *p == '\r') { // an empty line: counted, skipped
            if (*p++ == '\r' && p < end && *p == '\n')
                ++p;
            continue;
        }
        QStringList fields;
        fields.reserve(columns);
        for (;;) {
            if (p < end && *p == '"') {
                const char *const open = p;
                const char *close = findQuote(open + 1, end);
                bool escaped = false;
                while (close && close + 1 < end && close[1] == '"') {
                    escaped = true;
                    close = findQuote(close + 2, end);
                }
                if (!close)
                    return unclosedQuote(s, row, recordStart, open);
                fields.append(escaped ? unescapedField(open + 1, close, buffer)
                                      : field(open + 1, close));
                p = close + 1;
                if (p < end && !endsField(*p))
                    return textAfterQuote(s, row, fields.size(), recordStart, p);
            } else {
                const char *const start = p;
                while (p < end && !endsField(*p))
                    ++p;
                fields.append(field(start, p));
            }
            if (p == end)
                break;
            if (*p++ == delimiter)
                continue;
            if (p[-1] == '\r' && p < end && *p == '\n')
                ++p;
            break;
        }
        if (s.checkUtf8 && !QByteArrayView(recordStart, p).isValidUtf8())
            return notUtf8(s, row, recordStart);
        if (haveHeader) {
            table.rows.append(std::move(fields));
            table.rowNumbers.append(row);
        } else {
            table.header = std::move(fields);
            table.headerRow = row;
            columns = table.header.size();
            haveHeader = true;
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
    if (!delimiter.isNull()
        && (delimiter.unicode() > 0x7F || delimiter == u'"' || delimiter == u'\r'
            || delimiter == u'\n'))
        return Error {
            tr("“%1” cannot separate fields; use a comma, a semicolon or a tab.").arg(delimiter),
            QStringLiteral("delimiter U+%1 is not a usable ASCII character")
                .arg(delimiter.unicode(), 4, 16, QLatin1Char('0'))
        };

    Table table;
    QByteArrayView text = utf8;
    if (text.startsWith(Bom)) {
        text = text.sliced(Bom.size());
        table.hadBom = true;
    }
    if (onlyWhitespace(text))
        return emptyFile();
    table.delimiter = delimiter.isNull() ? detectDelimiter(text) : delimiter;

    Scan scan { utf8.data(), text.data(), text.data() + text.size(),
                char(table.delimiter.unicode()), !text.isValidUtf8() };
    if (auto error = readRecords(scan, table))
        return *error;
    if (scan.checkUtf8) // cannot happen: some record is invalid when the whole text is
        return notUtf8(scan, 1, scan.begin);
    if (table.header.isEmpty())
        return emptyFile();
    return table;
}

Result<CsvReader::Table> CsvReader::readFile(const QString &path, QChar delimiter)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("The file “%1” cannot be opened: %2.")
                           .arg(QDir::toNativeSeparators(path), file.errorString()),
                       QStringLiteral("open(%1): %2").arg(path, file.errorString()) };
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error { tr("The file “%1” cannot be read: %2.")
                           .arg(QDir::toNativeSeparators(path), file.errorString()),
                       QStringLiteral("read(%1): %2").arg(path, file.errorString()) };
    return parse(data, delimiter);
}

} // namespace paylink
