#pragma once

#include "paybylink/PayByLinkImport.h"

#include <QFutureWatcher>
#include <QWizard>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace paylink {

// Imports a CSV of invoices as PayByLink links in three steps: the file and
// profile (read off the GUI thread), the column mapping with a preview of the
// first rows, and a dry run that lists every rejected row and can save them as
// a CSV to fix. Finishing hands the plan to the caller, which runs the import
// as a background job with progress, time left and Cancel.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    using PasswordSource = std::function<std::optional<QString>(const PayByLinkProfile &)>;

    ImportWizard(const QList<PayByLinkProfile> &profiles, const QString &databasePath,
                 PasswordSource passwords, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Opens the wizard on `path` and starts reading it (tests, drag and drop).
    void setFile(const QString &path);

    // After Finish: what to import.
    std::shared_ptr<const CsvReader::Table> table() const { return m_table; }
    PayByLinkImport::ColumnMap columnMap() const;
    PayByLinkImport::Options options() const;
    // The last dry run (for tests and the summary).
    std::optional<PayByLinkImport::Report> dryRun() const { return m_dryRun; }
    QString statusText() const;
    bool isBusy() const;

Q_SIGNALS:
    void tableRead(bool ok);
    void dryRunFinished();

private:
    class SourcePage;
    class MappingPage;
    class CheckPage;
    friend class SourcePage;
    friend class MappingPage;
    friend class CheckPage;

    void readFile();
    void fillMapping();
    void startDryRun();
    void saveRejected();
    std::optional<PayByLinkProfile> profile() const;

    QList<PayByLinkProfile> m_profiles;
    QString m_databasePath;
    PasswordSource m_passwords;
    std::optional<QString> m_password;
    QString m_readKey; // file and delimiter of the table read last
    std::shared_ptr<const CsvReader::Table> m_table;
    std::optional<PayByLinkImport::Report> m_dryRun;
    QFutureWatcher<Result<CsvReader::Table>> m_reading;
    QFutureWatcher<Result<PayByLinkImport::Report>> m_checking;

    QLineEdit *m_file = nullptr;
    QComboBox *m_profile = nullptr;
    QComboBox *m_delimiter = nullptr;
    QLabel *m_readStatus = nullptr;
    QList<QComboBox *> m_fieldColumns; // by field, in allFields() order
    QTableWidget *m_preview = nullptr;
    QLabel *m_mappingProblem = nullptr;
    QLabel *m_checkSummary = nullptr;
    QPlainTextEdit *m_rejected = nullptr;
    QPushButton *m_saveRejected = nullptr;
};

} // namespace paylink
