#pragma once

#include "core/Role.h"
#include "ui/pages/PageContext.h"
#include "ui/widgets/AccessSubject.h"

#include <QList>
#include <QObject>

namespace ktc::ui {

// The tenant's subjects (users, service accounts, groups) and roles, loaded once per tenant for
// the pickers and filters of the Access page (the first 1000 of each).
class AccessDirectory : public QObject
{
    Q_OBJECT
public:
    explicit AccessDirectory(QObject* parent = nullptr);

    // Forgets the old tenant (its replies are dropped) and loads the new one.
    void load(const PageContext& context);
    void clear();

    const QList<AccessSubject>& subjects() const { return m_subjects; }
    const QList<RoleSummary>& roles() const { return m_roles; }
    // Why a part could not be loaded (e.g. 403 on users), or empty.
    QString errorText() const { return m_errors.join(QLatin1Char('\n')); }

signals:
    void subjectsChanged();
    void rolesChanged();

private:
    void addSubjects(quint64 generation, QList<AccessSubject> subjects);

    quint64 m_generation = 0;
    QList<AccessSubject> m_subjects;
    QList<RoleSummary> m_roles;
    QStringList m_errors;
};

} // namespace ktc::ui
