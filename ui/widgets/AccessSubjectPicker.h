#pragma once

#include "AccessSubject.h"

#include <QList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace ktc::ui {

// A filterable, checkable list of users, service accounts and groups: pick one or more subjects.
class AccessSubjectPicker : public QWidget
{
    Q_OBJECT
public:
    explicit AccessSubjectPicker(QWidget* parent = nullptr);

    void setSubjects(const QList<AccessSubject>& subjects);
    QList<AccessSubject> checkedSubjects() const;
    void setChecked(const QString& id, bool checked);

    QLineEdit* filterField() const { return m_filter; }
    QListWidget* list() const { return m_list; }
    // The list item of a subject, for tests and for scrolling to it.
    QListWidgetItem* itemFor(const QString& id) const;

    static QString kindText(AccessSubject::Kind kind);

signals:
    void checkedChanged();

private:
    void applyFilter();

    QLineEdit* m_filter = nullptr;
    QListWidget* m_list = nullptr;
    QList<AccessSubject> m_subjects;
};

} // namespace ktc::ui
