#include "DeleteTenantDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ktc::ui {

DeleteTenantDialog::DeleteTenantDialog(const QString& tenantId, const QString& tenantName, QWidget* parent)
    : QDialog(parent)
    , m_tenantId(tenantId)
{
    setObjectName(QStringLiteral("deleteTenantDialog"));
    setWindowTitle(tr("Delete tenant"));
    auto* text = new QLabel(
        tr("<p>Delete the tenant <b>%1</b> (%2)?</p>"
           "<p>Kestra removes its flows, namespaces, apps, dashboards and roles, and everyone's access to it.</p>"
           "<p>It keeps the executions, logs, metrics and audit logs in its database, and the KV store and "
           "namespace files in internal storage.</p>"
           "<p>This cannot be undone. Type the tenant id to confirm.</p>")
            .arg(tenantId.toHtmlEscaped(), tenantName.toHtmlEscaped()),
        this);
    text->setObjectName(QStringLiteral("deleteTenantText"));
    text->setWordWrap(true);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmTenantId"));
    m_confirm->setAccessibleName(tr("Tenant ID to confirm"));
    m_confirm->setPlaceholderText(tenantId);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("deleteTenantError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setAccessibleName(tr("Delete"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_confirm);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_confirm, &QLineEdit::textChanged, this, &DeleteTenantDialog::updateButton);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_delete->isEnabled())
            emit deleteConfirmed(m_tenantId);
    });
    updateButton();
}

void DeleteTenantDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButton();
}

void DeleteTenantDialog::showError(const QString& message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->show();
}

void DeleteTenantDialog::updateButton() { m_delete->setEnabled(!m_busy && m_confirm->text() == m_tenantId); }

} // namespace ktc::ui
