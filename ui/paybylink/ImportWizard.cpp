#include "ImportWizard.h"
#include "core/BackgroundPool.h"

#include "Actions.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace paylink {

namespace {
constexpr int kPreviewRows = 8;
}

// Step 1: the file, the profile and the delimiter.
class ImportWizard::SourcePage : public QWizardPage
{
public:
    explicit SourcePage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("File and profile"));
        setSubTitle(ImportWizard::tr("A CSV export (UTF-8, with “,”, “;” or tab between fields) "
                                     "with one invoice a row."));
        auto *form = new QFormLayout(this);
        wizard->m_file = new QLineEdit(this);
        wizard->m_file->setObjectName(QStringLiteral("importFile"));
        auto *browse = new QPushButton(ImportWizard::tr("&Browse…"), this);
        auto *fileRow = new QHBoxLayout;
        fileRow->addWidget(wizard->m_file, 1);
        fileRow->addWidget(browse);
        form->addRow(makeBuddyLabel(ImportWizard::tr("&File:"), wizard->m_file, this), fileRow);
        wizard->m_profile = new QComboBox(this);
        wizard->m_profile->setObjectName(QStringLiteral("importProfile"));
        for (const PayByLinkProfile &p : wizard->m_profiles)
            wizard->m_profile->addItem(p.name, p.id);
        form->addRow(ImportWizard::tr("&Profile:"), wizard->m_profile);
        wizard->m_delimiter = new QComboBox(this);
        wizard->m_delimiter->addItem(ImportWizard::tr("Detect"), QString());
        wizard->m_delimiter->addItem(ImportWizard::tr("Comma (,)"), QStringLiteral(","));
        wizard->m_delimiter->addItem(ImportWizard::tr("Semicolon (;)"), QStringLiteral(";"));
        wizard->m_delimiter->addItem(ImportWizard::tr("Tab"), QStringLiteral("\t"));
        form->addRow(ImportWizard::tr("&Delimiter:"), wizard->m_delimiter);
        wizard->m_readStatus = new QLabel(this);
        wizard->m_readStatus->setObjectName(QStringLiteral("importReadStatus"));
        wizard->m_readStatus->setWordWrap(true);
        form->addRow(wizard->m_readStatus);

        connect(browse, &QPushButton::clicked, this, [wizard] {
            const QString path = QFileDialog::getOpenFileName(
                wizard, ImportWizard::tr("Import CSV"), QDir::homePath(),
                ImportWizard::tr("CSV files (*.csv *.txt);;All files (*)"));
            if (!path.isEmpty())
                wizard->setFile(path);
        });
        connect(wizard->m_file, &QLineEdit::editingFinished, wizard, &ImportWizard::readFile);
        // A path typed or pasted is read once typing pauses, as soon as it
        // names a file: Next must not wait for the focus to leave the field.
        auto *typed = new QTimer(this);
        typed->setSingleShot(true);
        typed->setInterval(300);
        connect(wizard->m_file, &QLineEdit::textChanged, typed, qOverload<>(&QTimer::start));
        connect(typed, &QTimer::timeout, wizard, [wizard] {
            if (QFileInfo(QDir::fromNativeSeparators(wizard->m_file->text().trimmed())).isFile())
                wizard->readFile();
        });
        connect(wizard->m_delimiter, &QComboBox::currentIndexChanged, wizard,
                &ImportWizard::readFile);
        connect(wizard, &ImportWizard::tableRead, this, &QWizardPage::completeChanged);
    }

    bool isComplete() const override
    {
        return m_wizard->m_table && !m_wizard->m_reading.isRunning() && m_wizard->profile();
    }

private:
    ImportWizard *m_wizard;
};

// Step 2: which column gives which field, with a preview.
class ImportWizard::MappingPage : public QWizardPage
{
public:
    explicit MappingPage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Columns"));
        setSubTitle(ImportWizard::tr("Choose the column that gives each field. Order reference "
                                     "and amount are required; other columns are ignored."));
        auto *layout = new QVBoxLayout(this);
        auto *form = new QFormLayout;
        for (PayByLinkField field : allFields()) {
            auto *combo = new QComboBox(this);
            combo->setObjectName(QStringLiteral("importColumn_") + fieldKey(field));
            wizard->m_fieldColumns.append(combo);
            form->addRow(fieldDisplayName(field) + u':', combo);
            connect(combo, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
        }
        layout->addLayout(form);
        wizard->m_mappingProblem = new QLabel(this);
        wizard->m_mappingProblem->setWordWrap(true);
        layout->addWidget(wizard->m_mappingProblem);
        wizard->m_preview = new QTableWidget(this);
        wizard->m_preview->setObjectName(QStringLiteral("importPreview"));
        wizard->m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
        layout->addWidget(wizard->m_preview, 1);
    }

    void initializePage() override { m_wizard->fillMapping(); }

    bool isComplete() const override
    {
        const auto map = m_wizard->columnMap();
        const bool ok = map.columns.contains(PayByLinkField::Order)
            && map.columns.contains(PayByLinkField::Amount);
        m_wizard->m_mappingProblem->setText(
            ok ? QString()
               : ImportWizard::tr("Choose the columns of the order reference and the amount."));
        return ok;
    }

private:
    ImportWizard *m_wizard;
};

// Step 3: the dry run.
class ImportWizard::CheckPage : public QWizardPage
{
public:
    explicit CheckPage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Check"));
        setSubTitle(ImportWizard::tr("Every row is checked before anything is written. Rejected "
                                     "rows are left out; save them to fix and import again."));
        setButtonText(QWizard::FinishButton, ImportWizard::tr("&Import"));
        auto *layout = new QVBoxLayout(this);
        wizard->m_checkSummary = new QLabel(this);
        wizard->m_checkSummary->setObjectName(QStringLiteral("importCheckSummary"));
        wizard->m_checkSummary->setWordWrap(true);
        layout->addWidget(wizard->m_checkSummary);
        wizard->m_rejected = new QPlainTextEdit(this);
        wizard->m_rejected->setObjectName(QStringLiteral("importRejected"));
        wizard->m_rejected->setReadOnly(true);
        layout->addWidget(wizard->m_rejected, 1);
        wizard->m_saveRejected = new QPushButton(ImportWizard::tr("&Save rejected rows…"), this);
        wizard->m_saveRejected->setObjectName(QStringLiteral("importSaveRejected"));
        layout->addWidget(wizard->m_saveRejected, 0, Qt::AlignLeft);
        connect(wizard->m_saveRejected, &QPushButton::clicked, wizard, &ImportWizard::saveRejected);
        connect(wizard, &ImportWizard::dryRunFinished, this, &QWizardPage::completeChanged);
    }

    void initializePage() override { m_wizard->startDryRun(); }

    bool isComplete() const override
    {
        return m_wizard->m_dryRun && !m_wizard->m_checking.isRunning()
            && m_wizard->m_dryRun->imported > 0;
    }

private:
    ImportWizard *m_wizard;
};

ImportWizard::ImportWizard(const QList<PayByLinkProfile> &profiles, const QString &databasePath,
                           PasswordSource passwords, QWidget *parent)
    : QWizard(parent)
    , m_profiles(profiles)
    , m_databasePath(databasePath)
    , m_passwords(std::move(passwords))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import PayByLink invoices"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    addPage(new SourcePage(this));
    addPage(new MappingPage(this));
    addPage(new CheckPage(this));
    resize(720, 560);

    connect(&m_reading, &QFutureWatcher<Result<CsvReader::Table>>::finished, this, [this] {
        const Result<CsvReader::Table> table = m_reading.result();
        if (table) {
            m_table = std::make_shared<const CsvReader::Table>(*table);
            m_readStatus->setText(
                tr("%n row(s) and %1 column(s) read.", nullptr, int(m_table->rows.size()))
                    .arg(m_table->header.size()));
        } else {
            m_table.reset();
            m_readKey.clear();
            m_readStatus->setText(table.error().message);
        }
        Q_EMIT tableRead(table.ok());
        // The field named another file while this one was read: read that.
        const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
        if (table && path + u'\n' + m_delimiter->currentData().toString() != m_readKey
            && QFileInfo(path).isFile())
            readFile();
    });
    connect(&m_checking, &QFutureWatcher<Result<PayByLinkImport::Report>>::finished, this, [this] {
        const Result<PayByLinkImport::Report> report = m_checking.result();
        QStringList lines;
        if (!report) {
            m_dryRun.reset();
            m_checkSummary->setText(report.error().message);
        } else {
            m_dryRun = *report;
            m_checkSummary->setText(
                report->imported == 0
                    ? tr("No row can be imported: fix the rows below and try again.")
                    : tr("%n row(s) will be imported.", nullptr, int(report->imported)) + u' '
                        + tr("%n row(s) rejected.", nullptr, int(report->rejected.size())));
            for (const auto &r : report->rejected)
                lines.append(tr("row %1: %2").arg(r.row).arg(r.message));
        }
        m_rejected->setPlainText(lines.join(u'\n'));
        m_saveRejected->setEnabled(report && !report->rejected.isEmpty());
        Q_EMIT dryRunFinished();
    });
}

ImportWizard::~ImportWizard()
{
    m_reading.waitForFinished();
    m_checking.waitForFinished();
}

bool ImportWizard::isBusy() const
{
    return m_reading.isRunning() || m_checking.isRunning();
}

QString ImportWizard::statusText() const
{
    return currentId() == 2 ? m_checkSummary->text() : m_readStatus->text();
}

std::optional<PayByLinkProfile> ImportWizard::profile() const
{
    const qint64 id = m_profile->currentData().toLongLong();
    for (const PayByLinkProfile &p : m_profiles)
        if (p.id == id)
            return p;
    return std::nullopt;
}

void ImportWizard::setFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    readFile();
}

void ImportWizard::readFile()
{
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    const QString d = m_delimiter->currentData().toString();
    // Leaving the file field (e.g. for the next page) must not read it again.
    const QString key = path + u'\n' + d;
    if (path.isEmpty() || m_reading.isRunning() || key == m_readKey)
        return;
    m_readKey = key;
    m_table.reset();
    m_readStatus->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    const QChar delimiter = d.isEmpty() ? QChar() : d.at(0);
    Q_EMIT tableRead(false);
    m_reading.setFuture(QtConcurrent::run(backgroundPool(), [path, delimiter] {
        runInBackground();
        return CsvReader::readFile(path, delimiter);
    }));
}

void ImportWizard::fillMapping()
{
    if (!m_table)
        return;
    const Result<PayByLinkImport::ColumnMap> guess =
        PayByLinkImport::mapColumns(m_table->header, {});
    // mapColumns fails only when order or amount has no column; use what it
    // found for the others by mapping without the requirement.
    QHash<PayByLinkField, int> found;
    if (guess)
        found = guess->columns;
    else
        for (int i = 0; i < m_table->header.size(); ++i)
            if (const auto f = fieldFromKey(m_table->header.at(i).trimmed()))
                found.insert(*f, i);
    for (qsizetype f = 0; f < m_fieldColumns.size(); ++f) {
        QComboBox *combo = m_fieldColumns.at(f);
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("(not in the file)"), -1);
        for (int i = 0; i < m_table->header.size(); ++i)
            combo->addItem(m_table->header.at(i), i);
        combo->setCurrentIndex(combo->findData(found.value(allFields().at(f), -1)));
    }
    m_preview->clear();
    m_preview->setColumnCount(int(m_table->header.size()));
    m_preview->setHorizontalHeaderLabels(m_table->header);
    const int rows = int(std::min<qsizetype>(kPreviewRows, m_table->rows.size()));
    m_preview->setRowCount(rows);
    QStringList rowLabels;
    for (int r = 0; r < rows; ++r) {
        rowLabels.append(QString::number(m_table->rowNumbers.value(r)));
        const CsvReader::Row cells = m_table->rows.at(r);
        for (int c = 0; c < cells.size() && c < m_table->header.size(); ++c)
            m_preview->setItem(
                r, c, new QTableWidgetItem(QString(cells.at(c).constData(), cells.at(c).size())));
    }
    m_preview->setVerticalHeaderLabels(rowLabels);
}

PayByLinkImport::ColumnMap ImportWizard::columnMap() const
{
    PayByLinkImport::ColumnMap map;
    for (qsizetype f = 0; f < m_fieldColumns.size(); ++f) {
        const int column = m_fieldColumns.at(f)->currentData().toInt();
        if (column < 0)
            continue;
        map.columns.insert(allFields().at(f), column);
        if (allFields().at(f) == PayByLinkField::Amount && m_table)
            map.amountIsMinor = m_table->header.value(column).trimmed().compare(
                                    QLatin1String("amountMinor"), Qt::CaseInsensitive)
                == 0;
    }
    return map;
}

PayByLinkImport::Options ImportWizard::options() const
{
    PayByLinkImport::Options o;
    if (const auto p = profile())
        o.profile = *p;
    o.password = m_password.value_or(QString());
    o.source = QFileInfo(m_file->text()).fileName();
    return o;
}

void ImportWizard::startDryRun()
{
    m_dryRun.reset();
    m_rejected->clear();
    m_saveRejected->setEnabled(false);
    const auto p = profile();
    if (!p || !m_table)
        return;
    if (!m_password && m_passwords)
        m_password = m_passwords(*p);
    if (!m_password) {
        m_checkSummary->setText(tr("The profile's password is needed to sign the links."));
        Q_EMIT dryRunFinished();
        return;
    }
    m_checkSummary->setText(tr("Checking %n row(s)…", nullptr, int(m_table->rows.size())));
    PayByLinkImport::Options o = options();
    o.dryRun = true;
    const auto table = m_table;
    const PayByLinkImport::ColumnMap map = columnMap();
    const QString dbPath = m_databasePath;
    m_checking.setFuture(QtConcurrent::run(
        backgroundPool(), [table, map, o, dbPath]() -> Result<PayByLinkImport::Report> {
            runInBackground();
            auto db = Database::open(dbPath);
            if (!db)
                return db.error();
            return PayByLinkImport::run(**db, *table, map, o);
        }));
}

void ImportWizard::saveRejected()
{
    if (!m_dryRun || !m_table)
        return;
    const QFileInfo source(m_file->text());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save rejected rows"),
        source.dir().filePath(source.completeBaseName() + tr("-rejected") + QStringLiteral(".csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = PayByLinkImport::saveRejected(path, *m_table, m_dryRun->rejected); !s)
        QMessageBox::warning(this, tr("Save rejected rows"), s.error().message);
}

} // namespace paylink
