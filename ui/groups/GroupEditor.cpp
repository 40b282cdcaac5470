#include "GroupEditor.h"

#include "GroupForm.h"
#include "api/GroupsApi.h"

namespace ktc::ui {

GroupEditor::GroupEditor(QWidget* parent)
    : RecordEditor(new GroupForm(GroupForm::WithMembers::No), QStringLiteral("groupEditor"), parent)
    , m_form(static_cast<GroupForm*>(form()))
{
}

void GroupEditor::showGroup(const PageContext& context, const GroupSummary& group)
{
    m_context = context;
    m_group = group;
    restore();
    setClean();
}

void GroupEditor::showNone()
{
    m_group = {};
    restore();
    setNoRecord();
}

void GroupEditor::submit(SubmitDone done)
{
    api::GroupsApi(m_context.client)
        .update(m_context.tenantId, m_group.id, m_form->updateRequest(), this,
                [this, done](const api::ApiResult<Group>& result) {
                    if (!result)
                        return done(result.error());
                    m_group.name = result->name;
                    m_group.description = result->description;
                    done(std::nullopt);
                    emit saved(m_group);
                });
}

void GroupEditor::restore() { m_form->setGroup(m_group.name, m_group.description); }

} // namespace ktc::ui
