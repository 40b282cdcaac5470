#pragma once

#include "core/User.h"
#include "ui/FieldErrors.h"
#include "ui/pages/PageContext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ktc::ui {

// The Details section of a user: first name, last name and e-mail, saved with PATCH (instance
// owners only; others see why it is read-only).
class UserDetailsSection : public QWidget
{
    Q_OBJECT
public:
    explicit UserDetailsSection(QWidget* parent = nullptr);

    void setContext(const PageContext& context) { m_context = context; }
    void setUser(const User& user);
    // No account details to show (not an instance owner, or not loaded): `why` says so.
    void setUnavailable(const QString& why);

signals:
    void userChanged(const ktc::User& user);
    void notice(const QString& text, bool isError);

private:
    void save();
    void updateButtons();

    PageContext m_context;
    User m_user;
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_email = nullptr;
    QLabel* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    FieldErrors m_fieldErrors;
    bool m_busy = false;
};

} // namespace ktc::ui
