#pragma once

#include "ui/pages/PageContext.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace ktc::ui {

// What a service account may do in the tenant: its groups and its effective roles, with where
// each role comes from (a binding of its own or one of a group).
class ServiceAccountAccessView : public QWidget
{
    Q_OBJECT
public:
    explicit ServiceAccountAccessView(QWidget* parent = nullptr);

    void showAccount(const PageContext& context, const QString& accountId);
    void showNone();

    QTreeWidget* roles() const { return m_roles; }
    QString groupsText() const;

private:
    QLabel* m_groups = nullptr;
    QTreeWidget* m_roles = nullptr;
    QLabel* m_status = nullptr;
    quint64 m_generation = 0;
};

} // namespace ktc::ui
