#include "CsvWriter.h"

#include <QCoreApplication>
#include <QDir>

namespace paylink {

CsvWriter::CsvWriter(const QString &path, Options options)
    : m_path(path)
    , m_options(options)
{ }

CsvWriter::~CsvWriter()
{
    if (m_file)
        m_file->cancelWriting();
}

Status CsvWriter::open()
{
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly))
        return Error { tr("The file “%1” cannot be written: %2.")
                           .arg(QDir::toNativeSeparators(m_path), m_file->errorString()),
                       {} };
    if (m_options.bom)
        m_file->write("\xEF\xBB\xBF");
    return success();
}

namespace {

bool startsFormula(QStringView field)
{
    if (field.isEmpty())
        return false;
    const QChar c = field.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

QString CsvWriter::guardFormula(const QString &field)
{
    return startsFormula(field) ? u'\'' + field : field;
}

QStringView CsvWriter::unguardFormula(QStringView field)
{
    if (field.size() >= 2 && field.front() == u'\'' && startsFormula(field.mid(1)))
        return field.mid(1);
    return field;
}

QByteArray CsvWriter::encodeRow(const QStringList &fields, QChar delimiter, bool guardFormulas)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += QString(delimiter).toUtf8();
        const QString f = guardFormulas ? guardFormula(fields.at(i)) : fields.at(i);
        const bool quote = f.contains(delimiter) || f.contains(u'"') || f.contains(u'\n')
            || f.contains(u'\r') || f.startsWith(u' ') || f.endsWith(u' ');
        if (quote) {
            QString escaped = f;
            escaped.replace(u'"', QStringLiteral("\"\""));
            out += '"' + escaped.toUtf8() + '"';
        } else {
            out += f.toUtf8();
        }
    }
    out += "\r\n";
    return out;
}

void CsvWriter::writeRow(const QStringList &fields)
{
    if (m_file)
        m_file->write(encodeRow(fields, m_options.delimiter, m_options.guardFormulas));
}

Status CsvWriter::commit()
{
    if (!m_file)
        return Error { tr("The file was not opened."), {} };
    const bool ok = m_file->commit();
    const QString why = m_file->errorString();
    m_file.reset();
    if (!ok)
        return Error { tr("The file “%1” could not be written (%2); it was left as it was.")
                           .arg(QDir::toNativeSeparators(m_path), why),
                       {} };
    return success();
}

} // namespace paylink
