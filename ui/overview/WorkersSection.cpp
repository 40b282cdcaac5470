#include "WorkersSection.h"

#include "ChoiceBox.h"
#include "ui/FieldErrors.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ktc::ui {

namespace {
constexpr int kNotSet = -1;

void addFallbacks(ChoiceBox* box, const QString& defaultText, bool withIgnore)
{
    box->addChoice(defaultText, kNotSet);
    box->addChoice(QStringLiteral("FAIL"), int(WorkerFallback::Fail));
    box->addChoice(QStringLiteral("WAIT"), int(WorkerFallback::Wait));
    box->addChoice(QStringLiteral("CANCEL"), int(WorkerFallback::Cancel));
    if (withIgnore)
        box->addChoice(QStringLiteral("IGNORE"), int(WorkerFallback::Ignore));
}

int fromOptional(const auto& value)
{
    return value ? int(*value) : kNotSet;
}

template <class E> std::optional<E> toOptional(int value)
{
    return value == kNotSet ? std::nullopt : std::optional<E>(static_cast<E>(value));
}
} // namespace

WorkersSection::WorkersSection(QWidget* parent)
    : TenantSection(tr("Workers"), parent)
    , m_selector(new QWidget(this))
    , m_tags(new QLineEdit(m_selector))
    , m_match(new ChoiceBox(QStringLiteral("workerMatch"), tr("Worker tags match"), m_selector))
    , m_fallback(new ChoiceBox(QStringLiteral("workerFallback"), tr("Worker fallback"), m_selector))
    , m_group(new QWidget(this))
    , m_groupKey(new QLineEdit(m_group))
    , m_groupFallback(
          new ChoiceBox(QStringLiteral("workerGroupFallback"), tr("Worker group fallback"), m_group))
{
    setObjectName(QStringLiteral("workersSection"));
    m_tags->setObjectName(QStringLiteral("workerTags"));
    m_tags->setAccessibleName(tr("Worker tags"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. gpu, eu-west"));
    m_tags->setToolTip(tr("Tasks of this tenant run on workers that carry these tags; empty: any worker."));
    m_match->addChoice(tr("Server default (ALL)"), kNotSet);
    m_match->addChoice(tr("ALL tags"), int(WorkerSelectorMatch::All));
    m_match->addChoice(tr("ANY tag"), int(WorkerSelectorMatch::Any));
    addFallbacks(m_fallback, tr("Server default (FAIL)"), true);
    auto* selectorForm = new QFormLayout(m_selector);
    selectorForm->setContentsMargins(0, 0, 0, 0);
    selectorForm->addRow(tr("Default worker tags"), m_tags);
    selectorForm->addRow(tr("Match"), m_match);
    selectorForm->addRow(tr("When no worker matches"), m_fallback);

    m_groupKey->setObjectName(QStringLiteral("workerGroupKey"));
    m_groupKey->setAccessibleName(tr("Worker group"));
    m_groupKey->setToolTip(
        tr("The key of the worker group that runs this tenant's tasks; empty: any worker."));
    addFallbacks(m_groupFallback, tr("Server default (FAIL)"), false);
    auto* groupForm = new QFormLayout(m_group);
    groupForm->setContentsMargins(0, 0, 0, 0);
    groupForm->addRow(tr("Worker group"), m_groupKey);
    groupForm->addRow(tr("When the group is unavailable"), m_groupFallback);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_selector);
    layout->addWidget(m_group);
    m_group->hide();

    connect(m_tags, &QLineEdit::textEdited, this, &TenantSection::edited);
    connect(m_match, &QComboBox::activated, this, &TenantSection::edited);
    connect(m_fallback, &QComboBox::activated, this, &TenantSection::edited);
    connect(m_groupKey, &QLineEdit::textEdited, this, &TenantSection::edited);
    connect(m_groupFallback, &QComboBox::activated, this, &TenantSection::edited);
}

QStringList WorkersSection::parseTags(const QString& text)
{
    QStringList tags;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
    return tags;
}

void WorkersSection::setTenant(const Tenant& tenant, bool legacy)
{
    m_legacy = legacy;
    m_selector->setVisible(!legacy);
    m_group->setVisible(legacy);
    const WorkerSelector selector = tenant.defaultWorkerSelector.value_or(WorkerSelector {});
    m_tags->setText(selector.tags.join(QStringLiteral(", ")));
    m_match->setValue(fromOptional(selector.match));
    m_fallback->setValue(fromOptional(selector.fallback));
    const LegacyWorkerGroup group = tenant.workerGroup.value_or(LegacyWorkerGroup {});
    m_groupKey->setText(group.key);
    m_groupFallback->setValue(fromOptional(group.fallback));
}

void WorkersSection::applyTo(Tenant& tenant) const
{
    if (m_legacy) {
        LegacyWorkerGroup group { m_groupKey->text(), toOptional<WorkerFallback>(m_groupFallback->value()) };
        if (group.key.trimmed().isEmpty() && !group.fallback)
            tenant.workerGroup.reset();
        else if (!tenant.workerGroup || *tenant.workerGroup != group)
            tenant.workerGroup = group;
        return;
    }
    WorkerSelector selector;
    const QStringList typed = parseTags(m_tags->text());
    const QStringList before
        = tenant.defaultWorkerSelector ? tenant.defaultWorkerSelector->tags : QStringList();
    selector.tags = parseTags(before.join(QLatin1Char(','))) == typed ? before : typed; // untouched: as read
    selector.match = toOptional<WorkerSelectorMatch>(m_match->value());
    selector.fallback = toOptional<WorkerFallback>(m_fallback->value());
    if (!tenant.defaultWorkerSelector && selector == WorkerSelector {})
        return;
    tenant.defaultWorkerSelector = selector;
}

void WorkersSection::registerFields(FieldErrors& errors)
{
    errors.addField(QStringLiteral("defaultWorkerSelector"), m_tags);
    errors.addField(QStringLiteral("defaultWorkerSelector.tags"), m_tags);
    errors.addField(QStringLiteral("defaultWorkerSelector.match"), m_match);
    errors.addField(QStringLiteral("defaultWorkerSelector.fallback"), m_fallback);
    errors.addField(QStringLiteral("workerGroup"), m_groupKey);
    errors.addField(QStringLiteral("workerGroup.key"), m_groupKey);
    errors.addField(QStringLiteral("workerGroup.fallback"), m_groupFallback);
}

} // namespace ktc::ui
