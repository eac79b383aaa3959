// The CSV reader on any bytes: no crash, and what it returns is consistent.
#include "csv/CsvReader.h"

#include <cstdint>
#include <cstdlib>

using namespace paylink;

namespace {

void check(QByteArrayView data, QChar delimiter)
{
    const Result<CsvReader::Table> table = CsvReader::parse(data, delimiter);
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
    for (const QStringList &row : table->rows)
        for (const QString &field : row)
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
