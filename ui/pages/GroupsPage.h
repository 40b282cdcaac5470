#pragma once

#include "ui/widgets/RecordListPage.h"

class QAction;

namespace ktc::models {
class GroupListModel;
}

namespace ktc::ui {

class GroupDetail;

// The Groups tab of a tenant: its groups (searchable, paged), new group with first members,
// edit, delete, and the members of the selected group.
class GroupsPage : public RecordListPage
{
    Q_OBJECT
public:
    explicit GroupsPage(QWidget* parent = nullptr);

    models::GroupListModel* groups() const { return m_model; }
    GroupDetail* detail() const { return m_detail; }

    void newGroup();
    void deleteSelected();

protected:
    void installFetcher() override;
    void showRecord(int row) override;
    void recordRemoved(const QString& id) override;

private:
    models::GroupListModel* m_model;
    GroupDetail* m_detail;
};

} // namespace ktc::ui
