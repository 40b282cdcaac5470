#pragma once

#include "api/ApiCall.h"
#include "ui/pages/ListPage.h"

#include <functional>

namespace ktc::ui {

class RecordDialog;
class RecordEditor;

// What the Service Accounts and Groups pages share over ListPage: an editor for the selected row
// that speaks the unsaved-changes protocol (and asks before another row replaces unsaved edits),
// create dialogs that keep their input on errors, and delete with a confirmation.
class RecordListPage : public ListPage
{
    Q_OBJECT
public:
    explicit RecordListPage(QWidget* parent = nullptr);

    bool hasUnsavedChanges() const override;
    void saveChanges(std::function<void(bool saved)> done) override;
    void discardChanges() override;

protected:
    using Remover = std::function<api::RequestId(const QString& id, QObject* context, api::ApiCallback<api::NoContent>)>;

    // A page action for the selected row. (ListPage enables those on a current-row change, which a
    // mouse click sends before it selects the row; this also follows the selection.)
    QAction* addRowAction(const QString& text, const QString& objectName, const QKeySequence& shortcut = {});
    // The editor of the detail panel (it stays owned by the panel).
    void setEditor(RecordEditor* editor);
    // Shows the record of `row` in the detail panel; -1: none.
    virtual void showRecord(int row) = 0;
    // The model's part of a successful delete.
    virtual void recordRemoved(const QString& id) = 0;

    QString idAt(int row) const;
    int rowOfId(const QString& id) const;

    // Opens `dialog` (deleted on close); `send` is called with it each time the user accepts.
    void openDialog(RecordDialog* dialog, std::function<void(RecordDialog*)> send);
    // After a create: closes the dialog, selects the new row, says so.
    void finishCreate(RecordDialog* dialog, const QString& id, const QString& notice);
    // Asks, then deletes the selected record with `remover`.
    void confirmDelete(const QString& title, const QString& text, const QString& doneNotice, Remover remover);

    void clearForContext() override;

private:
    void currentRowChanged(int row) final;
    void showId(const QString& id);

    RecordEditor* m_editor = nullptr;
    QString m_shownId;
};

} // namespace ktc::ui
