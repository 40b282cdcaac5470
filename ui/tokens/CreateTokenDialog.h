#pragma once

#include "api/ApiError.h"
#include "core/ApiToken.h"
#include "ui/FieldErrors.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ktc::ui {

// New API token: name (checked as a DNS label while typed), description, max age (7, 30, 90,
// 365 days, a custom ISO-8601 duration, or never) and extended. It only asks; the panel sends.
// A server error stays in the dialog with everything typed kept.
class CreateTokenDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateTokenDialog(QWidget* parent = nullptr);

    CreateApiTokenRequest request() const;
    void setBusy(bool busy);
    void showError(const api::ApiError& error);

signals:
    void createRequested(const ktc::CreateApiTokenRequest& request);

private:
    QString maxAge() const;
    void validate();

    QLineEdit* m_name = nullptr;
    QLabel* m_nameHint = nullptr;
    QLineEdit* m_description = nullptr;
    QComboBox* m_maxAge = nullptr;
    QLineEdit* m_customMaxAge = nullptr;
    QLabel* m_maxAgeHint = nullptr;
    QCheckBox* m_extended = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_create = nullptr;
    FieldErrors m_fieldErrors;
    bool m_busy = false;
};

} // namespace ktc::ui
