#pragma once

#include "core/Group.h"
#include "ui/pages/PageContext.h"
#include "ui/widgets/RecordEditor.h"

namespace ktc::ui {

class GroupForm;

// Edits the name and description of one group of a tenant.
class GroupEditor : public RecordEditor
{
    Q_OBJECT
public:
    explicit GroupEditor(QWidget* parent = nullptr);

    void showGroup(const PageContext& context, const GroupSummary& group);
    void showNone();
    GroupForm* groupForm() const { return m_form; }

signals:
    void saved(const ktc::GroupSummary& group);

protected:
    void submit(SubmitDone done) override;
    void restore() override;

private:
    GroupForm* m_form;
    PageContext m_context;
    GroupSummary m_group;
};

} // namespace ktc::ui
