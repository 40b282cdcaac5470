#pragma once

#include "core/Group.h"
#include "ui/pages/PageContext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ktc::models {
class GroupMemberModel;
}

namespace ktc::ui {

class StateOverlay;

// The members of one group, paged, with their membership (owner or member): add users of the
// tenant, remove them, make them owner or member. Read-only for a group synced from SCIM.
class GroupMembersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit GroupMembersPanel(QWidget* parent = nullptr);

    void showGroup(const PageContext& context, const GroupSummary& group);
    void showNone();

    QTableView* table() const { return m_table; }
    models::GroupMemberModel* model() const { return m_model; }
    StateOverlay* overlay() const { return m_overlay; }
    bool isReadOnly() const { return m_readOnly; }
    QString noticeText() const;

    void addMembers();
    void removeSelected();
    void setSelectedMembership(GroupMembership membership);

signals:
    // The group's member count is known (or changed).
    void memberCountKnown(const QString& groupId, qint64 count);

private:
    int selectedRow() const;
    void updateActions();
    void showNotice(const QString& text, bool isError);
    // A member changed: the list again, and the count with it.
    void membersChanged(const QString& notice);

    PageContext m_context;
    GroupSummary m_group;
    bool m_readOnly = false;
    models::GroupMemberModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    StateOverlay* m_overlay = nullptr;
    QLabel* m_scimNote = nullptr;
    QLabel* m_notice = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_makeOwner = nullptr;
    QPushButton* m_makeMember = nullptr;
};

} // namespace ktc::ui
