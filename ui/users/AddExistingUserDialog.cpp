#include "AddExistingUserDialog.h"

#include "api/TenantAccessApi.h"
#include "core/Validation.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>

namespace ktc::ui {

AddExistingUserDialog::AddExistingUserDialog(api::ApiClient* client, const QString& tenantId, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_tenantId(tenantId)
{
    setObjectName(QStringLiteral("addExistingUserDialog"));
    setWindowTitle(tr("Add an existing user to %1").arg(tenantId));

    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setAccessibleName(tr("Email"));
    m_email->setPlaceholderText(tr("The e-mail address of an existing account"));
    m_suggestions = new QStringListModel(this);
    auto* completer = new QCompleter(m_suggestions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_email->setCompleter(completer);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("addUserError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* note = new QLabel(tr("The user keeps their account and their access to other tenants. To invite someone "
                               "without an account, use New user."),
                            this);
    note->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Email"), m_email);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("addUserCancel"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_add = buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setAccessibleName(tr("Add"));
    m_add->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &AddExistingUserDialog::complete);
    connect(m_email, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_email, &QLineEdit::textChanged, this, &AddExistingUserDialog::validate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (m_add->isEnabled())
            emit addRequested(email());
    });
    validate();
}

QString AddExistingUserDialog::email() const { return m_email->text().trimmed(); }

void AddExistingUserDialog::validate() { m_add->setEnabled(!m_busy && validation::email(email()).ok); }

void AddExistingUserDialog::setBusy(bool busy)
{
    m_busy = busy;
    validate();
}

void AddExistingUserDialog::showError(const api::ApiError& error)
{
    setBusy(false);
    m_error->setText(error.message());
    m_error->show();
}

void AddExistingUserDialog::complete()
{
    if (!m_client || email().size() < 2)
        return;
    Autocomplete query;
    query.q = email();
    query.existingOnly = false; // accounts that may not have access here yet
    const quint64 generation = ++m_generation;
    api::TenantAccessApi(m_client).autocomplete(
        m_tenantId, query, this, [this, generation](const api::ApiResult<QList<TenantAccessUser>>& result) {
            if (generation != m_generation || !result.ok())
                return; // completion is a convenience: typing the address still works
            QStringList emails;
            for (const TenantAccessUser& user : result.value())
                emails.append(user.username);
            m_suggestions->setStringList(emails);
        });
}

} // namespace ktc::ui
