#include "RecordListPage.h"

#include "RecordDialog.h"
#include "RecordEditor.h"
#include "models/PagedModelBase.h"
#include "ui/Prompter.h"

#include <QAction>
#include <QTableView>

namespace ktc::ui {

RecordListPage::RecordListPage(QWidget* parent) : ListPage(parent) { }

bool RecordListPage::hasUnsavedChanges() const { return m_editor && m_editor->hasUnsavedChanges(); }

void RecordListPage::saveChanges(std::function<void(bool)> done)
{
    if (!m_editor)
        return done(true);
    m_editor->save(std::move(done));
}

void RecordListPage::discardChanges()
{
    if (m_editor)
        m_editor->revert();
}

QAction* RecordListPage::addRowAction(const QString& text, const QString& objectName, const QKeySequence& shortcut)
{
    return addPageAction(text, objectName, true, shortcut);
}

void RecordListPage::setEditor(RecordEditor* editor)
{
    m_editor = editor;
    connect(editor, &RecordEditor::unsavedChangesChanged, this, &TenantPage::unsavedChangesChanged);
}

QString RecordListPage::idAt(int row) const
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return {};
    return model()->index(row, 0).data(models::PagedModelBase::IdRole).toString();
}

int RecordListPage::rowOfId(const QString& id) const
{
    for (int row = 0; model() && !id.isEmpty() && row < model()->rowCount(); ++row) {
        if (idAt(row) == id)
            return row;
    }
    return -1;
}

void RecordListPage::openDialog(RecordDialog* dialog, std::function<void(RecordDialog*)> send)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordDialog::acceptRequested, this, [dialog, send = std::move(send)] {
        dialog->setBusy(true);
        send(dialog);
    });
    dialog->open();
}

void RecordListPage::finishCreate(RecordDialog* dialog, const QString& id, const QString& notice)
{
    dialog->accept();
    selectRow(rowOfId(id));
    showNotice(notice);
    emit statusMessage(notice);
}

void RecordListPage::confirmDelete(const QString& title, const QString& text, const QString& doneNotice,
                                   Remover remover)
{
    const QString id = idAt(currentRow());
    if (id.isEmpty() || !context().isValid())
        return;
    context().prompter->confirm(this, title, text, tr("Delete"), this, [this, id, doneNotice, remover](bool yes) {
        if (!yes)
            return;
        remover(id, this, [this, id, doneNotice](const api::ApiResult<api::NoContent>& result) {
            if (!result)
                return showNotice(result.error().message(), true);
            if (id == m_shownId && m_editor)
                m_editor->revert(); // the record is gone, and its edits with it
            recordRemoved(id);
            showNotice(doneNotice);
            emit statusMessage(doneNotice);
        });
    });
}

void RecordListPage::clearForContext()
{
    discardChanges(); // the main window asked about them before changing the tenant
    m_shownId.clear();
    ListPage::clearForContext();
    showRecord(-1);
}

void RecordListPage::currentRowChanged(int row)
{
    const QString id = idAt(row);
    if (id == m_shownId)
        return;
    if (!hasUnsavedChanges() || !context().isValid())
        return showId(id);
    const QString previous = m_shownId;
    context().prompter->askToSave(
        this, tr("The selected record has unsaved changes. Save them before showing another one?"), this,
        [this, id, previous](Prompter::Answer answer) {
            switch (answer) {
            case Prompter::Answer::Accept:
                m_editor->save([this, id, previous](bool saved) {
                    if (saved)
                        showId(id);
                    else
                        selectRow(rowOfId(previous));
                });
                break;
            case Prompter::Answer::Discard:
                m_editor->revert();
                showId(id);
                break;
            case Prompter::Answer::Cancel:
                selectRow(rowOfId(previous)); // the edit stays where it is
                break;
            }
        });
}

void RecordListPage::showId(const QString& id)
{
    m_shownId = id;
    showRecord(rowOfId(id));
}

} // namespace ktc::ui
