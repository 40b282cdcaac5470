#include "CreateTenantDialog.h"

#include "core/Validation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ktc::ui {

CreateTenantDialog::CreateTenantDialog(bool legacyWorkerGroup, QWidget* parent)
    : QDialog(parent)
    , m_legacy(legacyWorkerGroup)
    , m_error(new QLabel(this))
    , m_fieldErrors(m_error)
{
    setObjectName(QStringLiteral("createTenantDialog"));
    setWindowTitle(tr("New tenant"));

    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("tenantId"));
    m_id->setAccessibleName(tr("ID"));
    m_id->setPlaceholderText(QStringLiteral("dev"));
    m_idHint = new QLabel(this);
    m_idHint->setObjectName(QStringLiteral("tenantIdHint"));
    m_idHint->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("tenantName"));
    m_name->setAccessibleName(tr("Name"));
    m_workerGroup = new QComboBox(this);
    m_workerGroup->setObjectName(QStringLiteral("tenantWorkerGroup"));
    m_workerGroup->setAccessibleName(tr("Worker group"));
    m_workerGroup->setEditable(true);
    m_workerGroup->setInsertPolicy(QComboBox::NoInsert);
    m_workerGroup->addItem(QString());
    m_workerGroup->setToolTip(tr("Where the tenant's tasks run by default; empty: any worker."));
    m_error->setObjectName(QStringLiteral("createTenantError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("ID"), m_id);
    form->addRow(QString(), m_idHint);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Worker group"), m_workerGroup);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setAccessibleName(tr("Create"));
    m_create->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    m_fieldErrors.addField(QStringLiteral("id"), m_id);
    m_fieldErrors.addField(QStringLiteral("name"), m_name);

    connect(m_id, &QLineEdit::textChanged, this, &CreateTenantDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &CreateTenantDialog::validate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, [this] {
        if (m_create->isEnabled())
            emit createRequested(tenant());
    });
    validate();
}

void CreateTenantDialog::setWorkerGroups(const QStringList& ids)
{
    const QString typed = m_workerGroup->currentText();
    m_workerGroup->clear();
    m_workerGroup->addItem(QString());
    m_workerGroup->addItems(ids);
    m_workerGroup->setEditText(typed);
}

void CreateTenantDialog::validate()
{
    const QString id = m_id->text();
    const ValidationResult idCheck = validation::tenantId(id);
    m_idHint->setText(id.isEmpty() ? tr("Lower-case letters, digits, '-' and '_', starting with a letter or digit. "
                                        "It cannot be changed later.")
                                   : idCheck.message);
    m_idHint->setStyleSheet(!id.isEmpty() && !idCheck ? QStringLiteral("color: #b00020;") : QString());
    m_create->setEnabled(!m_busy && !id.isEmpty() && idCheck && !m_name->text().trimmed().isEmpty());
}

void CreateTenantDialog::setBusy(bool busy)
{
    m_busy = busy;
    validate();
}

void CreateTenantDialog::showError(const api::ApiError& error)
{
    setBusy(false);
    m_fieldErrors.show(error.message(), error.fieldErrors());
}

Tenant CreateTenantDialog::tenant() const
{
    Tenant t;
    t.id = m_id->text();
    t.name = m_name->text().trimmed();
    t.deleted = false;
    const QString group = m_workerGroup->currentText().trimmed();
    if (!group.isEmpty()) {
        if (m_legacy)
            t.workerGroup = LegacyWorkerGroup { group, std::nullopt };
        else
            t.defaultWorkerSelector = WorkerSelector { QStringList { group }, std::nullopt, std::nullopt };
    }
    return t;
}

} // namespace ktc::ui
