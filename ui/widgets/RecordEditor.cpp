#include "RecordEditor.h"

#include "RecordForm.h"
#include "api/ApiError.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ktc::ui {

RecordEditor::RecordEditor(RecordForm* form, const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , m_form(form)
    , m_error(new QLabel(this))
    , m_fieldErrors(m_error)
{
    setObjectName(objectName);
    m_form->setParent(this);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAccessibleName(tr("Save"));
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->setAccessibleName(tr("Revert"));
    m_unsaved = new QLabel(tr("Unsaved changes"), this);
    m_unsaved->setObjectName(QStringLiteral("unsavedChanges"));
    m_error->setObjectName(QStringLiteral("editorError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_unsaved);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_form);
    m_layout->addWidget(m_error);
    m_layout->addLayout(buttons);

    m_form->registerErrorFields(m_fieldErrors);
    connect(m_form, &RecordForm::changed, this, &RecordEditor::update);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, &RecordEditor::revert);
    setNoRecord();
}

bool RecordEditor::hasUnsavedChanges() const { return m_hasRecord && m_form->values() != m_clean; }

void RecordEditor::save(std::function<void(bool)> done)
{
    if (!done)
        done = [](bool) { };
    if (!hasUnsavedChanges() || m_busy)
        return done(!hasUnsavedChanges());
    if (!m_form->isValid()) {
        showError(tr("Correct the marked fields first."));
        return done(false);
    }
    m_busy = true;
    update();
    submit([this, done](const std::optional<api::ApiError>& error) {
        m_busy = false;
        if (error) {
            showError(error->message(), error->fieldErrors());
            update();
            return done(false);
        }
        setClean();
        done(true);
    });
}

void RecordEditor::revert()
{
    if (!m_hasRecord || m_busy)
        return;
    restore();
    setClean();
}

QString RecordEditor::errorText() const { return m_error->isVisible() ? m_error->text() : QString(); }

void RecordEditor::setClean()
{
    m_hasRecord = true;
    m_busy = false;
    m_clean = m_form->values();
    m_fieldErrors.clear();
    m_error->hide();
    update();
}

void RecordEditor::setNoRecord()
{
    m_hasRecord = false;
    m_busy = false;
    m_fieldErrors.clear();
    m_error->hide();
    update();
}

void RecordEditor::showError(const QString& message, const QList<FieldError>& errors)
{
    m_fieldErrors.show(message, errors);
}

void RecordEditor::update()
{
    const bool unsaved = hasUnsavedChanges();
    m_form->setEnabled(m_hasRecord && !m_busy);
    m_save->setEnabled(unsaved && !m_busy && m_form->isValid());
    m_revert->setEnabled(unsaved && !m_busy);
    m_unsaved->setVisible(unsaved);
    if (unsaved != m_lastUnsaved) {
        m_lastUnsaved = unsaved;
        emit unsavedChangesChanged(unsaved);
    }
}

} // namespace ktc::ui
