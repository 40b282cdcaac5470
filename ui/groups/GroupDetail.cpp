#include "GroupDetail.h"

#include "GroupEditor.h"
#include "GroupMembersPanel.h"

#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace ktc::ui {

GroupDetail::GroupDetail(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("groupDetail"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_editor = new GroupEditor(this);
    auto* membersBox = new QGroupBox(tr("Members"), this);
    m_members = new GroupMembersPanel(membersBox);
    (new QVBoxLayout(membersBox))->addWidget(m_members);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_editor);
    layout->addWidget(membersBox, 1);
    showNone();
}

void GroupDetail::showGroup(const PageContext& context, const GroupSummary& group)
{
    m_title->setText(tr("Group %1").arg(group.name));
    m_editor->showGroup(context, group);
    m_members->showGroup(context, group);
}

void GroupDetail::showNone()
{
    m_title->setText(tr("No group selected"));
    m_editor->showNone();
    m_members->showNone();
}

} // namespace ktc::ui
