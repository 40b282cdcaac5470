#include "FieldErrors.h"

#include <QLabel>
#include <QWidget>

namespace ktc::ui {

namespace {
const char* const kErrorProperty = "ktcFieldError";

void mark(QWidget* field, const QString& message)
{
    field->setProperty(kErrorProperty, !message.isEmpty());
    field->setToolTip(message);
    field->setStyleSheet(message.isEmpty() ? QString() : QStringLiteral("border: 1px solid #b00020;"));
}
} // namespace

void FieldErrors::addField(const QString& path, QWidget* field) { m_fields.insert(path, field); }

void FieldErrors::show(const QString& message, const QList<FieldError>& errors)
{
    clear();
    QStringList lines;
    if (!message.isEmpty())
        lines << message;
    for (const FieldError& e : errors) {
        m_errors.insert(e.path, e.message);
        if (QWidget* field = m_fields.value(e.path))
            mark(field, e.message);
        lines << (e.path.isEmpty() ? e.message : QStringLiteral("%1: %2").arg(e.path, e.message));
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_summary->setVisible(!lines.isEmpty());
}

void FieldErrors::clear()
{
    for (QWidget* field : std::as_const(m_fields))
        mark(field, QString());
    m_errors.clear();
    m_summary->clear();
}

QString FieldErrors::errorAt(const QString& path) const { return m_errors.value(path); }

} // namespace ktc::ui
