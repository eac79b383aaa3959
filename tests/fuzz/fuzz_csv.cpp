// The CSV reader on any bytes: no crash, what it returns is consistent, and
// reading in two halves at once (as files of 1 MiB and more are) gives
// exactly what one pass gives.
#include "csv/CsvReader.h"

#include <cstdint>
#include <cstdlib>

using namespace paylink;

namespace {

// Split wherever the text allows, against one pass (the fuzzer's inputs are
// far below 1 MiB): the same table, or the same first error.
void compareHalves(QByteArrayView data, QChar delimiter, const Result<CsvReader::Table> &whole)
{
    const Result<CsvReader::Table> halves = CsvReader::parse(data, delimiter, 0);
    if (bool(whole) != bool(halves))
        std::abort();
    if (!whole) {
        if (whole.error().message != halves.error().message)
            std::abort();
        return;
    }
    if (whole->delimiter != halves->delimiter || whole->header != halves->header
        || whole->rows != halves->rows || whole->rowNumbers != halves->rowNumbers
        || whole->headerRow != halves->headerRow || whole->hadBom != halves->hadBom)
        std::abort();
}

void check(QByteArrayView data, QChar delimiter)
{
    const Result<CsvReader::Table> table = CsvReader::parse(data, delimiter);
    compareHalves(data, delimiter, table);
    if (!table) {
        if (table.error().message.isEmpty())
            std::abort(); // every refusal says why
        return;
    }
    if (table->rows.size() != table->rowNumbers.size() || table->header.isEmpty())
        std::abort();
    qint64 last = table->headerRow;
    for (qint64 row : table->rowNumbers) {
        if (row <= last)
            std::abort(); // row numbers rise strictly
        last = row;
    }
    // Every field reads fully (fields point into the decoded text).
    qsizetype chars = 0;
    for (qsizetype i = 0; i < table->rows.size(); ++i)
        for (const QString &field : table->rows.at(i))
            chars += field.toUtf8().size();
    (void)chars;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView view(reinterpret_cast<const char *>(data), qsizetype(size));
    check(view, QChar());
    check(view, QLatin1Char(';'));
    check(view, QLatin1Char('\t'));
    return 0;
}
