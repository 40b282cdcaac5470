#pragma once

#include "core/ErrorBody.h"
#include "core/Tenant.h"

#include <QList>
#include <QWidget>
#include <optional>

class QGridLayout;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace ktc::ui {

class ChoiceBox;

// The tenant's execution quotas as a small table: duration (ISO-8601), limit, behavior; rows
// are added and removed with buttons.
class QuotasEditor : public QWidget
{
    Q_OBJECT
public:
    explicit QuotasEditor(QWidget* parent = nullptr);

    void setQuotas(const std::optional<QList<TenantQuota>>& quotas);
    // The edited list; absent stays absent while the table is empty.
    std::optional<QList<TenantQuota>> quotas(const std::optional<QList<TenantQuota>>& base) const;
    QList<FieldError> localErrors() const;
    int rowCount() const { return int(m_rows.size()); }

signals:
    void edited();

private:
    struct Row
    {
        QLineEdit* duration = nullptr;
        QLineEdit* limit = nullptr;
        ChoiceBox* behavior = nullptr;
        QToolButton* remove = nullptr;
    };

    void addRow(const TenantQuota& quota);
    void removeRow(QToolButton* button);
    void relayout();

    QGridLayout* m_grid = nullptr;
    QPushButton* m_add = nullptr;
    QList<Row> m_rows;
};

} // namespace ktc::ui
