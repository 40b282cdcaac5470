#include "MemberChoiceForm.h"

namespace ktc::ui {

MemberChoiceForm::MemberChoiceForm(SearchChecklist::Finder finder, QWidget* parent)
    : RecordForm(parent)
    , m_users(new SearchChecklist(QStringLiteral("usersField"), tr("Users"), tr("Search users"), this))
{
    addRow(tr("Users"), m_users);
    connect(m_users, &SearchChecklist::checkedChanged, this, &RecordForm::changed);
    m_users->setFinder(std::move(finder));
}

} // namespace ktc::ui
