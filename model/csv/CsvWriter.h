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
        // A cell a spreadsheet would run as a formula gets a leading “'”
        // (guardFormula); off for scripts that want the values as they are.
        bool guardFormulas = true;
    };

    CsvWriter(const QString &path, Options options);
    ~CsvWriter();

    Status open();
    void writeRow(const QStringList &fields);
    Status commit();

    // One record with fields quoted where needed, ending in CRLF.
    static QByteArray encodeRow(const QStringList &fields, QChar delimiter,
                                bool guardFormulas = false);
    // OWASP's "CSV injection": a cell starting with = + - @, a tab or a
    // carriage return is a formula to Excel, LibreOffice and Gnumeric. A
    // leading “'” makes it text there. unguardFormula() takes exactly that
    // “'” away again, so that an export of ours imports as it was.
    static QString guardFormula(const QString &field);
    static QStringView unguardFormula(QStringView field);

private:
    QString m_path;
    Options m_options;
    std::unique_ptr<QSaveFile> m_file;
};

} // namespace paylink
