#pragma once

#include "core/Group.h"
#include "ui/widgets/RecordForm.h"
#include "ui/widgets/SearchChecklist.h"

class QLineEdit;

namespace ktc::ui {

// The fields of a group: Name and Description, and in the create dialog its first Members.
class GroupForm : public RecordForm
{
    Q_OBJECT
public:
    enum class WithMembers { No, Yes };
    explicit GroupForm(WithMembers withMembers, QWidget* parent = nullptr);

    void setUserFinder(SearchChecklist::Finder finder);
    void setGroup(const QString& name, const QString& description);

    GroupCreateRequest createRequest() const;
    GroupUpdateRequest updateRequest() const;

    bool isValid() const override;
    QVariantList values() const override;

private:
    QLineEdit* m_name = nullptr;
    QLineEdit* m_description = nullptr;
    SearchChecklist* m_members = nullptr;
};

} // namespace ktc::ui
