#pragma once

#include "core/ServiceAccount.h"
#include "ui/widgets/RecordForm.h"
#include "ui/widgets/SearchChecklist.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace ktc::ui {

// The fields of a service account: Name (a DNS label, checked as it is typed), Description,
// Groups and Super admin.
class ServiceAccountForm : public RecordForm
{
    Q_OBJECT
public:
    explicit ServiceAccountForm(QWidget* parent = nullptr);

    void setGroupFinder(SearchChecklist::Finder finder);
    // Only an instance owner may make an instance owner.
    void setSuperAdminEditable(bool editable);
    void setAccount(const ServiceAccount& account, const QList<SearchChecklist::Item>& groups);
    void clear();

    ServiceAccountRequest request() const;
    // The chosen groups with their names (the list shows names).
    const QList<SearchChecklist::Item>& groups() const;

    bool isValid() const override;
    QVariantList values() const override;

private:
    void validateName();

    QLineEdit* m_name = nullptr;
    QLabel* m_nameHint = nullptr;
    QLineEdit* m_description = nullptr;
    SearchChecklist* m_groups = nullptr;
    QCheckBox* m_superAdmin = nullptr;
};

} // namespace ktc::ui
