#pragma once

#include "core/Group.h"
#include "ui/pages/PageContext.h"

#include <QWidget>

class QLabel;

namespace ktc::ui {

class GroupEditor;
class GroupMembersPanel;

// The detail panel of a group: its name and description, and its members.
class GroupDetail : public QWidget
{
    Q_OBJECT
public:
    explicit GroupDetail(QWidget* parent = nullptr);

    void showGroup(const PageContext& context, const GroupSummary& group);
    void showNone();

    GroupEditor* editor() const { return m_editor; }
    GroupMembersPanel* members() const { return m_members; }

private:
    QLabel* m_title = nullptr;
    GroupEditor* m_editor = nullptr;
    GroupMembersPanel* m_members = nullptr;
};

} // namespace ktc::ui
