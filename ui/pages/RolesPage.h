#pragma once

#include "ListPage.h"

namespace ktc {
struct Role;
}

namespace ktc::models {
class RoleListModel;
}

namespace ktc::ui {

class RoleEditor;

// The Roles tab: managed roles (read-only, can be duplicated) and custom roles, edited beside the
// list with the permission grid. Unsaved edits are asked about before another role (or tenant)
// is shown; deleting a role first lists the bindings that use it.
class RolesPage : public ListPage
{
    Q_OBJECT
public:
    explicit RolesPage(QWidget* parent = nullptr);

    models::RoleListModel* roles() const { return m_model; }
    RoleEditor* editor() const { return m_editor; }

    bool hasUnsavedChanges() const override;
    void saveChanges(std::function<void(bool saved)> done) override;
    void discardChanges() override;

protected:
    void installFetcher() override;
    void load() override;
    void clearForContext() override;
    void currentRowChanged(int row) override;

private:
    void openRole(const QString& id);
    void newRole();
    void duplicateRole();
    void deleteRole();
    void confirmDelete(const QString& id, const QString& name, const QStringList& uses);
    void saved(const Role& role);
    void reselectEditedRole();
    void selectEditedRole();

    models::RoleListModel* m_model = nullptr;
    RoleEditor* m_editor = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_delete = nullptr;
    quint64 m_openTicket = 0;
    bool m_reselecting = false;
};

} // namespace ktc::ui
