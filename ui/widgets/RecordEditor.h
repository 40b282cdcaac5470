#pragma once

#include "ui/FieldErrors.h"

#include <QVariantList>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ktc::api {
class ApiError;
}

namespace ktc::ui {

class RecordForm;

// Edits a loaded record in a RecordForm with Save and Revert: shows that there are unsaved
// changes, and keeps the edit (with the server's error) when saving fails.
class RecordEditor : public QWidget
{
    Q_OBJECT
public:
    using SubmitDone = std::function<void(const std::optional<api::ApiError>& error)>;

    RecordEditor(RecordForm* form, const QString& objectName, QWidget* parent = nullptr);

    RecordForm* form() const { return m_form; }
    bool hasRecord() const { return m_hasRecord; }
    bool hasUnsavedChanges() const;
    // `done(true)` once saved (or nothing to save), `done(false)` if it failed; edits are kept.
    void save(std::function<void(bool saved)> done = {});
    // Back to the record as loaded.
    void revert();
    QString errorText() const;

signals:
    void unsavedChangesChanged(bool unsaved);

protected:
    // Sends the form's content; `done` with no error when the server accepted it.
    virtual void submit(SubmitDone done) = 0;
    // Puts the loaded record back into the form.
    virtual void restore() = 0;

    // The record is in the form now (loaded or saved): this is the state without changes.
    void setClean();
    // No record (none selected, or it went away).
    void setNoRecord();
    void showError(const QString& message, const QList<FieldError>& errors = {});
    // Extra content under the Save/Revert row.
    QVBoxLayout* contentLayout() const { return m_layout; }

private:
    void update();

    RecordForm* m_form;
    QVBoxLayout* m_layout = nullptr;
    QLabel* m_unsaved = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    FieldErrors m_fieldErrors;
    QVariantList m_clean;
    bool m_hasRecord = false;
    bool m_busy = false;
    bool m_lastUnsaved = false;
};

} // namespace ktc::ui
