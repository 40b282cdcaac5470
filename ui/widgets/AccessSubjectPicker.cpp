#include "AccessSubjectPicker.h"

#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace ktc::ui {

namespace {
constexpr int kIndexRole = Qt::UserRole + 1;
}

AccessSubjectPicker::AccessSubjectPicker(QWidget* parent) : QWidget(parent)
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("subjectFilter"));
    m_filter->setAccessibleName(tr("Filter subjects"));
    m_filter->setPlaceholderText(tr("Filter users, service accounts and groups"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("subjects"));
    m_list->setAccessibleName(tr("Subjects"));
    m_list->setUniformItemSizes(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &AccessSubjectPicker::applyFilter);
    connect(m_list, &QListWidget::itemChanged, this, &AccessSubjectPicker::checkedChanged);
    // A click anywhere on the row toggles it, not only on the small indicator.
    connect(m_list, &QListWidget::itemClicked, this, [](QListWidgetItem* item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
}

QString AccessSubjectPicker::kindText(AccessSubject::Kind kind)
{
    switch (kind) {
    case AccessSubject::Kind::User:
        return tr("User");
    case AccessSubject::Kind::ServiceAccount:
        return tr("Service account");
    case AccessSubject::Kind::Group:
        return tr("Group");
    }
    return {};
}

void AccessSubjectPicker::setSubjects(const QList<AccessSubject>& subjects)
{
    QStringList checked;
    for (const AccessSubject& subject : checkedSubjects())
        checked << subject.id;
    m_subjects = subjects;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (int i = 0; i < m_subjects.size(); ++i) {
        const AccessSubject& subject = m_subjects.at(i);
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(subject.name, kindText(subject.kind)), m_list);
        item->setData(kIndexRole, i);
        item->setToolTip(subject.detail);
        // Checked by our own click handler: the indicator alone would toggle twice.
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(subject.id) ? Qt::Checked : Qt::Unchecked);
    }
    applyFilter();
    emit checkedChanged();
}

QList<AccessSubject> AccessSubjectPicker::checkedSubjects() const
{
    QList<AccessSubject> result;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            result.append(m_subjects.at(item->data(kIndexRole).toInt()));
    }
    return result;
}

QListWidgetItem* AccessSubjectPicker::itemFor(const QString& id) const
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        if (m_subjects.at(item->data(kIndexRole).toInt()).id == id)
            return item;
    }
    return nullptr;
}

void AccessSubjectPicker::setChecked(const QString& id, bool checked)
{
    if (QListWidgetItem* item = itemFor(id))
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void AccessSubjectPicker::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const AccessSubject& subject = m_subjects.at(item->data(kIndexRole).toInt());
        const bool match = text.isEmpty() || item->text().contains(text, Qt::CaseInsensitive)
            || subject.detail.contains(text, Qt::CaseInsensitive) || subject.id == text;
        item->setHidden(!match);
    }
}

} // namespace ktc::ui
