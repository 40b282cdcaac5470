#pragma once

#include "api/ApiError.h"
#include "core/Role.h"
#include "ui/FieldErrors.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ktc::ui {

class PermissionGrid;

// Edits one role: name, description, default flag and permissions (grid built from the server's
// catalog, optionally started from a managed template), with Save and Revert. Managed roles are
// shown read-only. Edits stay until saved or reverted, also when a save fails.
class RoleEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RoleEditor(QWidget* parent = nullptr);

    void setCatalog(const PermissionCatalog& catalog);
    void setTemplates(const RoleTemplates& templates);

    // Shows `role` as saved (no edits); an empty id is a role not created yet.
    void showRole(const Role& role);
    // A new role, pre-filled (duplicate): its content counts as unsaved.
    void startNew(const RoleRequest& draft);
    void clearRole();
    bool hasRole() const { return m_hasRole; }
    const QString& roleId() const { return m_roleId; }
    bool isManaged() const { return m_managed; }

    RoleRequest request() const;
    bool isDirty() const;
    void revert();
    void setBusy(bool busy);
    void showError(const api::ApiError& error);

    PermissionGrid* grid() const { return m_grid; }

signals:
    void dirtyChanged(bool dirty);
    void saveRequested();

private:
    void fill(const RoleRequest& values);
    void applyTemplate();
    void update();

    RoleTemplates m_templates;
    QLabel* m_error = nullptr;
    FieldErrors m_fieldErrors;
    QLabel* m_banner = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_description = nullptr;
    QCheckBox* m_default = nullptr;
    QComboBox* m_template = nullptr;
    QPushButton* m_applyTemplate = nullptr;
    PermissionGrid* m_grid = nullptr;
    RoleRequest m_saved; // as the server has it
    QString m_roleId;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    bool m_hasRole = false;
    bool m_managed = false;
    bool m_busy = false;
    bool m_wasDirty = false;
};

} // namespace ktc::ui
