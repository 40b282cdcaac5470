#pragma once

#include "core/TenantAccess.h"
#include "ui/pages/PageContext.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace ktc::ui {

class GroupPicker;

// The Access section of a user: their groups in this tenant (check to add, uncheck to remove)
// and their effective roles, each with where it comes from (a direct binding or a group).
class UserAccessSection : public QWidget
{
    Q_OBJECT
public:
    explicit UserAccessSection(QWidget* parent = nullptr);

    // A new tenant: loads its groups for the picker.
    void setContext(const PageContext& context);
    // Loads GET tenant-access/{userId}; empty: shows nothing.
    void showUser(const QString& userId);
    const TenantAccess& access() const { return m_access; }

    static QString originText(const RoleAssignment& role, const TenantAccess& access);

signals:
    void accessChanged(const ktc::TenantAccess& access);
    void notice(const QString& text, bool isError);

private:
    void reload();
    void setAccess(const TenantAccess& access);
    void toggleGroup(const QString& groupId, bool member);

    PageContext m_context;
    QString m_userId;
    TenantAccess m_access;
    GroupPicker* m_groups = nullptr;
    QTreeWidget* m_roles = nullptr;
    QLabel* m_status = nullptr;
    quint64 m_generation = 0;
};

} // namespace ktc::ui
