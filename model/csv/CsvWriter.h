#pragma once

#include <QCoreApplication>

#include "core/Result.h"

#include <QSaveFile>
#include <QStringList>

#include <memory>

namespace paylink {

// Writes RFC 4180 CSV in UTF-8 atomically: rows go to a QSaveFile that replaces
// the target only on commit(), so a failed export never leaves half a file.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(paylink::CsvWriter)

public:
    struct Options
    {
        QChar delimiter = u',';
        bool bom = false;
    };

    CsvWriter(const QString &path, Options options);
    ~CsvWriter();

    Status open();
    void writeRow(const QStringList &fields);
    Status commit();

    // One record with fields quoted where needed, ending in CRLF.
    static QByteArray encodeRow(const QStringList &fields, QChar delimiter);

private:
    QString m_path;
    Options m_options;
    std::unique_ptr<QSaveFile> m_file;
};

} // namespace paylink
