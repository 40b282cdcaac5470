#include "RecordForm.h"

#include "ui/FieldErrors.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace ktc::ui {

RecordForm::RecordForm(QWidget* parent) : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
}

void RecordForm::registerErrorFields(FieldErrors& errors) const
{
    for (const auto& [path, field] : m_errorFields)
        errors.addField(path, field);
}

QLineEdit* RecordForm::addLineEdit(const QString& label, const QString& objectName, const QString& errorPath)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    addRow(label, edit, errorPath);
    connect(edit, &QLineEdit::textChanged, this, &RecordForm::changed);
    return edit;
}

QCheckBox* RecordForm::addCheckBox(const QString& label, const QString& objectName)
{
    auto* box = new QCheckBox(label, this);
    box->setObjectName(objectName);
    box->setAccessibleName(label);
    m_form->addRow(QString(), box);
    connect(box, &QCheckBox::toggled, this, &RecordForm::changed);
    return box;
}

QLabel* RecordForm::addHint(const QString& objectName)
{
    auto* hint = new QLabel(this);
    hint->setObjectName(objectName);
    hint->setWordWrap(true);
    m_form->addRow(QString(), hint);
    return hint;
}

void RecordForm::setHint(QLabel* hint, const QString& text, bool isError)
{
    hint->setText(text);
    hint->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
}

void RecordForm::addRow(const QString& label, QWidget* field, const QString& errorPath)
{
    if (field->accessibleName().isEmpty())
        field->setAccessibleName(label);
    m_form->addRow(label, field);
    if (!errorPath.isEmpty())
        m_errorFields.append({errorPath, field});
}

} // namespace ktc::ui
