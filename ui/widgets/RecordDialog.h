#pragma once

#include "ui/FieldErrors.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace ktc::api {
class ApiError;
}

namespace ktc::ui {

class RecordForm;

// A dialog that creates a record from a RecordForm: the accept button follows the form's
// validity, and a server error stays in the dialog with everything typed kept.
class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    RecordDialog(RecordForm* form, const QString& title, const QString& acceptText, QWidget* parent = nullptr);

    RecordForm* form() const { return m_form; }
    QPushButton* acceptButton() const { return m_accept; }
    void setBusy(bool busy);
    void showError(const api::ApiError& error);
    void showError(const QString& message);

signals:
    void acceptRequested();

private:
    void updateButton();

    RecordForm* m_form;
    QLabel* m_error = nullptr;
    QPushButton* m_accept = nullptr;
    FieldErrors m_fieldErrors;
    bool m_busy = false;
};

} // namespace ktc::ui
