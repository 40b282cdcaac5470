#include "RecordDialog.h"

#include "RecordForm.h"
#include "api/ApiError.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ktc::ui {

RecordDialog::RecordDialog(RecordForm* form, const QString& title, const QString& acceptText, QWidget* parent)
    : QDialog(parent)
    , m_form(form)
    , m_error(new QLabel(this))
    , m_fieldErrors(m_error)
{
    setWindowTitle(title);
    m_form->setParent(this);
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_accept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_accept->setAccessibleName(acceptText);
    m_accept->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    m_form->registerErrorFields(m_fieldErrors);
    connect(m_form, &RecordForm::changed, this, &RecordDialog::updateButton);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (!m_busy && m_form->isValid())
            emit acceptRequested();
    });
    updateButton();
}

void RecordDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButton();
}

void RecordDialog::showError(const api::ApiError& error)
{
    setBusy(false);
    m_fieldErrors.show(error.message(), error.fieldErrors());
}

void RecordDialog::showError(const QString& message)
{
    setBusy(false);
    m_fieldErrors.show(message, {});
}

void RecordDialog::updateButton() { m_accept->setEnabled(!m_busy && m_form->isValid()); }

} // namespace ktc::ui
