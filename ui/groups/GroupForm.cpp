#include "GroupForm.h"

#include "core/Validation.h"

#include <QLineEdit>

namespace ktc::ui {

GroupForm::GroupForm(WithMembers withMembers, QWidget* parent) : RecordForm(parent)
{
    m_name = addLineEdit(tr("Name"), QStringLiteral("nameField"), QStringLiteral("name"));
    m_description = addLineEdit(tr("Description"), QStringLiteral("descriptionField"), QStringLiteral("description"));
    if (withMembers == WithMembers::Yes) {
        m_members = new SearchChecklist(QStringLiteral("membersField"), tr("Members"), tr("Search users"), this);
        addRow(tr("Members"), m_members, QStringLiteral("membersId"));
        connect(m_members, &SearchChecklist::checkedChanged, this, &RecordForm::changed);
    }
}

void GroupForm::setUserFinder(SearchChecklist::Finder finder)
{
    if (m_members)
        m_members->setFinder(std::move(finder));
}

void GroupForm::setGroup(const QString& name, const QString& description)
{
    m_name->setText(name);
    m_description->setText(description);
}

GroupCreateRequest GroupForm::createRequest() const
{
    return {m_name->text().trimmed(), m_description->text().trimmed(),
            m_members ? m_members->checkedIds() : QStringList()};
}

GroupUpdateRequest GroupForm::updateRequest() const { return {m_name->text().trimmed(), m_description->text().trimmed()}; }

bool GroupForm::isValid() const { return bool(validation::requiredName(m_name->text(), tr("Name"))); }

QVariantList GroupForm::values() const
{
    return {m_name->text().trimmed(), m_description->text().trimmed(),
            m_members ? m_members->checkedIds() : QStringList()};
}

} // namespace ktc::ui
