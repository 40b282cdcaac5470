#pragma once

#include <QList>
#include <QPair>
#include <QVariantList>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace ktc::ui {

class FieldErrors;

// The fields of one kind of record (a service account, a group) as one widget, shared by its
// create dialog and its editor: validity, a comparable value for unsaved changes, error paths.
class RecordForm : public QWidget
{
    Q_OBJECT
public:
    explicit RecordForm(QWidget* parent = nullptr);

    virtual bool isValid() const = 0;
    // What the user can change, comparable: differs from a saved copy = unsaved changes.
    virtual QVariantList values() const = 0;
    // Marks the fields under the paths of the server's validation errors.
    void registerErrorFields(FieldErrors& errors) const;

signals:
    void changed();

protected:
    QLineEdit* addLineEdit(const QString& label, const QString& objectName, const QString& errorPath);
    QCheckBox* addCheckBox(const QString& label, const QString& objectName);
    // A line under a field that says what is allowed, red while the input breaks the rule.
    QLabel* addHint(const QString& objectName);
    static void setHint(QLabel* hint, const QString& text, bool isError);
    void addRow(const QString& label, QWidget* field, const QString& errorPath = {});

private:
    QFormLayout* m_form = nullptr;
    QList<QPair<QString, QWidget*>> m_errorFields;
};

} // namespace ktc::ui
