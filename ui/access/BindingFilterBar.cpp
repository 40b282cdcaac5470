#include "BindingFilterBar.h"

#include "ui/widgets/AccessSubjectPicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace ktc::ui {

namespace {
QComboBox* namedCombo(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}
} // namespace

BindingFilterBar::BindingFilterBar(QWidget* parent) : QWidget(parent)
{
    m_type = namedCombo(this, QStringLiteral("typeFilter"), tr("Filter by type"));
    using Kind = BindingFilter::Kind;
    m_type->addItem(tr("Any type"), int(Kind::Unknown));
    m_type->addItem(tr("Users"), int(Kind::User));
    m_type->addItem(tr("Service accounts"), int(Kind::ServiceAccount));
    m_type->addItem(tr("Groups"), int(Kind::Group));
    m_subject = namedCombo(this, QStringLiteral("subjectFilter"), tr("Filter by subject"));
    m_role = namedCombo(this, QStringLiteral("roleFilter"), tr("Filter by role"));
    m_namespace = new QLineEdit(this);
    m_namespace->setObjectName(QStringLiteral("namespaceFilter"));
    m_namespace->setAccessibleName(tr("Filter by namespace"));
    m_namespace->setPlaceholderText(tr("Namespace"));
    m_namespace->setClearButtonEnabled(true);
    refill(m_subject, tr("Any subject"), {});
    refill(m_role, tr("Any role"), {});

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Show:"), this));
    layout->addWidget(m_type);
    layout->addWidget(m_subject);
    layout->addWidget(m_role);
    layout->addWidget(m_namespace, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &BindingFilterBar::filterChanged);
    connect(m_namespace, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox* combo : { m_type, m_subject, m_role })
        connect(combo, &QComboBox::activated, this, &BindingFilterBar::filterChanged);
}

BindingFilter BindingFilterBar::filter() const
{
    BindingFilter filter;
    filter.kind = BindingFilter::Kind(m_type->currentData().toInt());
    filter.subjectId = m_subject->currentData().toString();
    filter.roleId = m_role->currentData().toString();
    filter.namespaceId = m_namespace->text().trimmed();
    return filter;
}

void BindingFilterBar::setSubjects(const QList<AccessSubject>& subjects)
{
    QList<QPair<QString, QString>> items;
    for (const AccessSubject& subject : subjects)
        items.append({ tr("%1 (%2)").arg(subject.name, AccessSubjectPicker::kindText(subject.kind)), subject.id });
    refill(m_subject, tr("Any subject"), items);
}

void BindingFilterBar::setRoles(const QList<RoleSummary>& roles)
{
    QList<QPair<QString, QString>> items;
    for (const RoleSummary& role : roles)
        items.append({ role.name, role.id });
    refill(m_role, tr("Any role"), items);
}

void BindingFilterBar::reset()
{
    const QSignalBlocker blocker(m_namespace);
    m_type->setCurrentIndex(0);
    m_subject->setCurrentIndex(0);
    m_role->setCurrentIndex(0);
    m_namespace->clear();
}

void BindingFilterBar::refill(QComboBox* combo, const QString& anyText, const QList<QPair<QString, QString>>& items)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyText, QString());
    for (const auto& [text, id] : items)
        combo->addItem(text, id);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

} // namespace ktc::ui
