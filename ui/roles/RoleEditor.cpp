#include "RoleEditor.h"

#include "PermissionGrid.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ktc::ui {

namespace {
template <class W> W* named(W* widget, const QString& objectName, const QString& accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
}

QString templateTitle(const QString& key)
{
    return key.isEmpty() ? key : key.left(1).toUpper() + key.mid(1).toLower();
}
} // namespace

RoleEditor::RoleEditor(QWidget* parent)
    : QWidget(parent)
    , m_error(new QLabel(this))
    , m_fieldErrors(m_error)
{
    setObjectName(QStringLiteral("roleEditor"));
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("roleBanner"));
    m_banner->setWordWrap(true);
    m_name = named(new QLineEdit(this), QStringLiteral("roleName"), tr("Name"));
    m_description = named(new QLineEdit(this), QStringLiteral("roleDescription"), tr("Description"));
    m_default = named(new QCheckBox(tr("Given to new users of the tenant"), this), QStringLiteral("roleDefault"),
                      tr("Default role"));
    m_template = named(new QComboBox(this), QStringLiteral("roleTemplate"), tr("Start from"));
    m_applyTemplate = named(new QPushButton(tr("Apply"), this), QStringLiteral("applyTemplate"), tr("Apply template"));
    m_applyTemplate->setToolTip(tr("Replaces the permissions below with the template's"));
    m_grid = new PermissionGrid(this);
    m_error->setObjectName(QStringLiteral("roleError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_save = named(new QPushButton(tr("Save"), this), QStringLiteral("saveRole"), tr("Save"));
    m_revert = named(new QPushButton(tr("Revert"), this), QStringLiteral("revertRole"), tr("Revert"));

    auto* templateRow = new QHBoxLayout;
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(m_applyTemplate);
    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Default role"), m_default);
    form->addRow(tr("Start from"), templateRow);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    m_fieldErrors.addField(QStringLiteral("name"), m_name);
    m_fieldErrors.addField(QStringLiteral("description"), m_description);
    m_fieldErrors.addField(QStringLiteral("permissions"), m_grid->table());

    connect(m_name, &QLineEdit::textChanged, this, &RoleEditor::update);
    connect(m_description, &QLineEdit::textChanged, this, &RoleEditor::update);
    connect(m_default, &QCheckBox::toggled, this, &RoleEditor::update);
    connect(m_grid, &PermissionGrid::permissionsChanged, this, &RoleEditor::update);
    connect(m_applyTemplate, &QPushButton::clicked, this, &RoleEditor::applyTemplate);
    connect(m_revert, &QPushButton::clicked, this, &RoleEditor::revert);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_save->isEnabled())
            emit saveRequested();
    });
    clearRole();
}

void RoleEditor::setCatalog(const PermissionCatalog& catalog)
{
    const bool dirty = isDirty();
    const RoleRequest edited = request();
    m_grid->setCatalog(catalog);
    // The baseline is re-read through the new grid, so that a catalog change alone is no edit.
    m_grid->setPermissions(m_saved.permissions);
    m_saved.permissions = m_grid->permissions();
    if (dirty)
        m_grid->setPermissions(edited.permissions);
    update();
}

void RoleEditor::setTemplates(const RoleTemplates& templates)
{
    m_templates = templates;
    m_template->clear();
    for (auto it = templates.templates.cbegin(); it != templates.templates.cend(); ++it)
        m_template->addItem(templateTitle(it.key()), it.key());
    update();
}

void RoleEditor::fill(const RoleRequest& values)
{
    const QSignalBlocker name(m_name), description(m_description), flag(m_default);
    m_name->setText(values.name);
    m_description->setText(values.description);
    m_default->setChecked(values.isDefault);
    m_grid->setPermissions(values.permissions);
}

void RoleEditor::showRole(const Role& role)
{
    m_hasRole = true;
    m_roleId = role.id;
    m_managed = role.isManaged;
    m_saved = { role.name, role.description, role.permissions, role.isDefault };
    m_fieldErrors.clear();
    fill(m_saved);
    m_saved.permissions = m_grid->permissions(); // as the grid holds them (order, unknown ones)
    m_banner->setText(role.isManaged ? tr("%1 is managed by Kestra and cannot be edited. Duplicate it to start a "
                                          "custom role from its permissions.")
                                           .arg(role.name)
                                     : QString());
    update();
}

void RoleEditor::startNew(const RoleRequest& draft)
{
    showRole(Role {});
    m_saved = {};
    fill(draft);
    m_banner->setText(tr("New role: not saved yet."));
    update();
}

void RoleEditor::clearRole()
{
    showRole(Role {});
    m_hasRole = false;
    m_banner->setText(tr("Select a role to see its permissions, or create a new one."));
    update();
}

RoleRequest RoleEditor::request() const
{
    return { m_name->text().trimmed(), m_description->text().trimmed(), m_grid->permissions(), m_default->isChecked() };
}

bool RoleEditor::isDirty() const { return m_hasRole && !m_managed && request() != m_saved; }

void RoleEditor::revert()
{
    if (m_roleId.isEmpty() && m_hasRole) {
        clearRole(); // a new role never saved: reverting drops it
        return;
    }
    m_fieldErrors.clear();
    fill(m_saved);
    update();
}

void RoleEditor::applyTemplate()
{
    const QString key = m_template->currentData().toString();
    if (!key.isEmpty() && m_templates.templates.contains(key))
        m_grid->setPermissions(m_templates.templates.value(key));
}

void RoleEditor::setBusy(bool busy)
{
    m_busy = busy;
    update();
}

void RoleEditor::showError(const api::ApiError& error)
{
    setBusy(false);
    m_fieldErrors.show(error.message(), error.fieldErrors());
}

void RoleEditor::update()
{
    const bool editable = m_hasRole && !m_managed && !m_busy;
    for (QWidget* field : std::initializer_list<QWidget*> { m_name, m_description, m_default, m_template })
        field->setEnabled(editable);
    m_applyTemplate->setEnabled(editable && m_template->count() > 0);
    m_grid->setReadOnly(!editable);
    m_grid->setEnabled(m_hasRole);
    const bool dirty = isDirty();
    m_save->setVisible(!m_managed);
    m_revert->setVisible(!m_managed);
    m_save->setEnabled(!m_busy && dirty && !m_name->text().trimmed().isEmpty());
    m_revert->setEnabled(!m_busy && dirty);
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        emit dirtyChanged(dirty);
    }
}

} // namespace ktc::ui
