#pragma once

#include "ui/widgets/RecordForm.h"
#include "ui/widgets/SearchChecklist.h"

namespace ktc::ui {

// The users to add to a group, found by searching the tenant's users.
class MemberChoiceForm : public RecordForm
{
    Q_OBJECT
public:
    explicit MemberChoiceForm(SearchChecklist::Finder finder, QWidget* parent = nullptr);

    QStringList userIds() const { return m_users->checkedIds(); }
    SearchChecklist* users() const { return m_users; }

    bool isValid() const override { return !m_users->checkedIds().isEmpty(); }
    QVariantList values() const override { return {m_users->checkedIds()}; }

private:
    SearchChecklist* m_users;
};

} // namespace ktc::ui
