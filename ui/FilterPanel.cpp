#include "FilterPanel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace paylink {

namespace {

enum ServiceChoice { AllServices, PayByLinkOnly, Bitrix24Only };

} // namespace

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_service(new QButtonGroup(this))
    , m_status(new QComboBox(this))
    , m_fromCheck(new QCheckBox(tr("&From"), this))
    , m_from(new QDateEdit(this))
    , m_toCheck(new QCheckBox(tr("T&o"), this))
    , m_to(new QDateEdit(this))
{
    auto *layout = new QVBoxLayout(this);

    auto *services = new QGroupBox(tr("Service"), this);
    auto *servicesLayout = new QVBoxLayout(services);
    const QList<QPair<int, QString>> choices = { { AllServices, tr("&All") },
                                                 { PayByLinkOnly, tr("&PayByLink") },
                                                 { Bitrix24Only, tr("&Bitrix24") } };
    for (const auto &[id, label] : choices) {
        auto *radio = new QRadioButton(label, services);
        radio->setObjectName(QStringLiteral("serviceFilter%1").arg(id));
        m_service->addButton(radio, id);
        servicesLayout->addWidget(radio);
    }
    m_service->button(AllServices)->setChecked(true);
    layout->addWidget(services);

    auto *statusBox = new QGroupBox(tr("Status"), this);
    auto *statusLayout = new QVBoxLayout(statusBox);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"));
    for (PaymentStatus s : { PaymentStatus::Draft, PaymentStatus::Ready, PaymentStatus::Paid,
                             PaymentStatus::Failed, PaymentStatus::Expired })
        m_status->addItem(statusDisplayName(s), statusName(s));
    statusLayout->addWidget(m_status);
    layout->addWidget(statusBox);

    auto *dates = new QGroupBox(tr("Created"), this);
    auto *datesLayout = new QFormLayout(dates);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
        edit->setEnabled(false);
    }
    m_from->setDate(QDate::currentDate().addMonths(-1));
    m_from->setObjectName(QStringLiteral("createdFrom"));
    m_to->setObjectName(QStringLiteral("createdTo"));
    datesLayout->addRow(m_fromCheck, m_from);
    datesLayout->addRow(m_toCheck, m_to);
    layout->addWidget(dates);

    auto *clear = new QPushButton(tr("&Clear filters"), this);
    clear->setObjectName(QStringLiteral("clearFilters"));
    layout->addWidget(clear);
    layout->addStretch(1);

    connect(m_service, &QButtonGroup::idClicked, this, &FilterPanel::filterChanged);
    connect(m_status, &QComboBox::currentIndexChanged, this, &FilterPanel::filterChanged);
    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox *check : { m_fromCheck, m_toCheck })
        connect(check, &QCheckBox::toggled, this, &FilterPanel::filterChanged);
    for (QDateEdit *edit : { m_from, m_to })
        connect(edit, &QDateEdit::dateChanged, this, &FilterPanel::filterChanged);
    connect(clear, &QPushButton::clicked, this, &FilterPanel::reset);
}

void FilterPanel::applyTo(PaymentFilter &filter) const
{
    switch (m_service->checkedId()) {
    case PayByLinkOnly:
        filter.service = Service::PayByLink;
        break;
    case Bitrix24Only:
        filter.service = Service::Bitrix24;
        break;
    default:
        filter.service.reset();
    }
    filter.status = m_status->currentIndex() > 0
        ? statusFromName(m_status->currentData().toString())
        : std::nullopt;
    filter.createdFrom = m_fromCheck->isChecked() ? m_from->date() : QDate();
    filter.createdTo = m_toCheck->isChecked() ? m_to->date() : QDate();
}

void FilterPanel::reset()
{
    const QSignalBlocker a(m_service), b(m_status), c(m_fromCheck), d(m_toCheck);
    m_service->button(AllServices)->setChecked(true);
    m_status->setCurrentIndex(0);
    m_fromCheck->setChecked(false);
    m_toCheck->setChecked(false);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    emit filterChanged();
}

} // namespace paylink
