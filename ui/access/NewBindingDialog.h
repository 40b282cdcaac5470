#pragma once

#include "api/ApiError.h"
#include "core/Binding.h"
#include "core/Role.h"
#include "ui/FieldErrors.h"
#include "ui/widgets/AccessSubject.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ktc::ui {

class AccessSubjectPicker;

// New binding: one or more subjects, a role, optionally a namespace (and its children). In
// change mode it edits one binding's role and namespace, and says that this re-creates it.
// A server error stays in the dialog with every choice kept.
class NewBindingDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewBindingDialog(QWidget* parent = nullptr);

    void setSubjects(const QList<AccessSubject>& subjects);
    void setRoles(const QList<RoleSummary>& roles);
    // Change mode for `binding`: the subject is fixed, role and namespace are preset.
    void setChanging(const Binding& binding, const QString& subjectText);
    bool isChanging() const { return m_changing; }

    QList<BindingRequest> requests() const;
    void setBusy(bool busy);
    void showError(const api::ApiError& error);
    void showMessage(const QString& text);

    AccessSubjectPicker* picker() const { return m_picker; }

signals:
    void submitted(const QList<ktc::BindingRequest>& requests);

private:
    void validate();

    QFormLayout* m_form = nullptr;
    AccessSubjectPicker* m_picker = nullptr;
    Binding m_original; // change mode
    QString m_pendingRoleId;
    QLabel* m_fixedSubject = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_namespace = nullptr;
    QLabel* m_changeNote = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_submit = nullptr;
    FieldErrors m_fieldErrors;
    bool m_changing = false;
    bool m_busy = false;
};

} // namespace ktc::ui
