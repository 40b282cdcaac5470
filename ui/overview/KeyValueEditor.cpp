#include "KeyValueEditor.h"

#include "VariantText.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>

namespace ktc::ui {

KeyValueEditor::KeyValueEditor(
    const QString& name, const QString& accessibleName, bool masked, QWidget* parent)
    : QWidget(parent)
    , m_name(name)
    , m_accessibleName(accessibleName)
    , m_masked(masked)
{
    setObjectName(name);
    setAccessibleName(accessibleName);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add entry"), this);
    m_add->setObjectName(name + QStringLiteral("Add"));
    m_add->setAccessibleName(tr("Add entry to %1").arg(accessibleName));
    buttons->addWidget(m_add);
    if (m_masked) {
        m_reveal = new QCheckBox(tr("Show values"), this);
        m_reveal->setObjectName(name + QStringLiteral("Reveal"));
        m_reveal->setAccessibleName(tr("Show values of %1").arg(accessibleName));
        buttons->addWidget(m_reveal);
        connect(m_reveal, &QCheckBox::toggled, this, &KeyValueEditor::applyEchoMode);
    }
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow(QString(), QString());
        m_rows.constLast().key->setFocus();
        emit edited();
    });
}

void KeyValueEditor::setMap(const QVariantMap& map)
{
    clearRows();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        addRow(it.key(), it.value());
    if (m_reveal)
        m_reveal->setChecked(false); // another tenant's secrets start hidden again
    applyEchoMode();
}

QVariantMap KeyValueEditor::map() const
{
    QVariantMap out;
    for (const Row& row : m_rows) {
        const QString key = row.key->text();
        if (key.trimmed().isEmpty())
            continue;
        out.insert(key, row.text ? QVariant(row.value->text()) : row.original);
    }
    return out;
}

QList<FieldError> KeyValueEditor::localErrors(const QString& path) const
{
    QList<FieldError> errors;
    QSet<QString> seen;
    for (const Row& row : m_rows) {
        const QString key = row.key->text();
        if (key.trimmed().isEmpty())
            continue;
        if (seen.contains(key))
            errors.append(FieldError { tr("The key \"%1\" appears more than once.").arg(key), path });
        seen.insert(key);
    }
    return errors;
}

bool KeyValueEditor::valuesRevealed() const
{
    return !m_reveal || m_reveal->isChecked();
}

void KeyValueEditor::addRow(const QString& key, const QVariant& value)
{
    Row row;
    row.widget = new QWidget(this);
    auto* h = new QHBoxLayout(row.widget);
    h->setContentsMargins(0, 0, 0, 0);
    row.key = new QLineEdit(key, row.widget);
    row.key->setPlaceholderText(tr("key"));
    row.value = new QLineEdit(row.widget);
    row.value->setPlaceholderText(tr("value"));
    row.text = value.metaType().id() == QMetaType::QString;
    if (row.text) {
        row.value->setText(value.toString());
    } else {
        row.original = value;
        row.value->setText(variantToText(value));
        row.value->setReadOnly(true);
        row.value->setToolTip(
            tr("This value is not text. It is kept as it is; remove the entry to replace it."));
    }
    row.remove = new QToolButton(row.widget);
    row.remove->setText(tr("Remove"));
    h->addWidget(row.key, 1);
    h->addWidget(row.value, 2);
    h->addWidget(row.remove);
    m_rowsLayout->addWidget(row.widget);

    connect(row.key, &QLineEdit::textEdited, this, &KeyValueEditor::edited);
    connect(row.value, &QLineEdit::textEdited, this, &KeyValueEditor::edited);
    QWidget* rowWidget = row.widget;
    connect(row.remove, &QToolButton::clicked, this, [this, rowWidget] {
        removeRow(rowWidget);
        emit edited();
    });
    m_rows.append(row);
    renumber();
    applyEchoMode();
}

void KeyValueEditor::removeRow(QWidget* rowWidget)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).widget == rowWidget) {
            const Row row = m_rows.takeAt(i);
            // Deleted later (its own button is still emitting); nameless until then.
            for (QWidget* w : { static_cast<QWidget*>(row.key), static_cast<QWidget*>(row.value),
                     static_cast<QWidget*>(row.remove) })
                w->setObjectName(QString());
            rowWidget->hide();
            rowWidget->deleteLater();
            break;
        }
    }
    renumber();
}

void KeyValueEditor::renumber()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        const QString n = QString::number(i);
        const QString human = QString::number(i + 1);
        row.key->setObjectName(m_name + QStringLiteral("Key") + n);
        row.key->setAccessibleName(tr("%1 key %2").arg(m_accessibleName, human));
        row.value->setObjectName(m_name + QStringLiteral("Value") + n);
        row.value->setAccessibleName(tr("%1 value %2").arg(m_accessibleName, human));
        row.remove->setObjectName(m_name + QStringLiteral("Remove") + n);
        row.remove->setAccessibleName(tr("Remove %1 entry %2").arg(m_accessibleName, human));
    }
}

void KeyValueEditor::applyEchoMode()
{
    const QLineEdit::EchoMode mode = valuesRevealed() ? QLineEdit::Normal : QLineEdit::Password;
    for (const Row& row : std::as_const(m_rows))
        row.value->setEchoMode(mode);
}

void KeyValueEditor::clearRows()
{
    for (const Row& row : std::as_const(m_rows))
        delete row.widget;
    m_rows.clear();
}

} // namespace ktc::ui
