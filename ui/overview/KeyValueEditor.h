#pragma once

#include "core/ErrorBody.h"

#include <QList>
#include <QVariant>
#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace ktc::ui {

// Edits a free-form configuration map (storage or secret backend) as key/value rows.
//
// Values are edited as text. A value the server sent that is not a string (number, bool, null,
// list, object) is shown as JSON-like text, read-only, and sent back exactly as it came unless the
// row is removed: a typed "42" could not tell a number from a string. Renaming its key keeps it.
// A masked editor (secret configuration) hides the values until "Show values" is checked.
class KeyValueEditor : public QWidget
{
    Q_OBJECT
public:
    // `name` prefixes the children's object names ("storageConfiguration" -> ...Key0, ...Add).
    KeyValueEditor(
        const QString& name, const QString& accessibleName, bool masked, QWidget* parent = nullptr);

    void setMap(const QVariantMap& map);
    QVariantMap map() const;
    int rowCount() const { return int(m_rows.size()); }
    // Duplicate keys, reported under `path`.
    QList<FieldError> localErrors(const QString& path) const;
    bool valuesRevealed() const;

signals:
    void edited();

private:
    struct Row
    {
        QWidget* widget = nullptr;
        QLineEdit* key = nullptr;
        QLineEdit* value = nullptr;
        QToolButton* remove = nullptr;
        QVariant original; // the value as read, when it is not text
        bool text = true;
    };

    void addRow(const QString& key, const QVariant& value);
    void removeRow(QWidget* rowWidget);
    void renumber();
    void applyEchoMode();
    void clearRows();

    QString m_name;
    QString m_accessibleName;
    bool m_masked;
    QVBoxLayout* m_rowsLayout = nullptr;
    QPushButton* m_add = nullptr;
    QCheckBox* m_reveal = nullptr;
    QList<Row> m_rows;
};

} // namespace ktc::ui
