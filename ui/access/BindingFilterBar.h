#pragma once

#include "BindingFilter.h"
#include "core/Role.h"
#include "ui/widgets/AccessSubject.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace ktc::ui {

// The filters above the bindings table: type, subject, role, namespace.
class BindingFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit BindingFilterBar(QWidget* parent = nullptr);

    BindingFilter filter() const;
    void setSubjects(const QList<AccessSubject>& subjects);
    void setRoles(const QList<RoleSummary>& roles);
    void reset();

signals:
    void filterChanged();

private:
    static void refill(QComboBox* combo, const QString& anyText, const QList<QPair<QString, QString>>& items);

    QComboBox* m_type = nullptr;
    QComboBox* m_subject = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_namespace = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace ktc::ui
