#pragma once

#include "core/ErrorBody.h"

#include <QHash>
#include <QList>
#include <QString>

class QLabel;
class QWidget;

namespace ktc::ui {

// Shows server validation errors (`_embedded.errors[].path`) at the fields they name: each field
// registered under its path gets a red outline and the message as tool tip, and the messages go
// to a summary label. Typing in a field clears its mark.
class FieldErrors
{
public:
    explicit FieldErrors(QLabel* summary) : m_summary(summary) { }

    void addField(const QString& path, QWidget* field);
    // Marks the named fields; messages for unknown paths still reach the summary.
    void show(const QString& message, const QList<FieldError>& errors);
    void clear();

    QString errorAt(const QString& path) const;

private:
    QLabel* m_summary;
    QHash<QString, QWidget*> m_fields;
    QHash<QString, QString> m_errors;
};

} // namespace ktc::ui
