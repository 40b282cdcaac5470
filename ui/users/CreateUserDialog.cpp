#include "CreateUserDialog.h"

#include "core/Validation.h"
#include "ui/widgets/GroupPicker.h"
#include "ui/widgets/PasswordFields.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ktc::ui {

namespace {
QLineEdit* lineEdit(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}
} // namespace

CreateUserDialog::CreateUserDialog(api::ApiClient* client, const QString& tenantId, QWidget* parent)
    : QDialog(parent)
    , m_error(new QLabel(this))
    , m_fieldErrors(m_error)
{
    setObjectName(QStringLiteral("createUserDialog"));
    setWindowTitle(tr("New user in %1").arg(tenantId));

    m_email = lineEdit(this, QStringLiteral("email"), tr("Email"));
    m_email->setPlaceholderText(QStringLiteral("alice@example.com"));
    m_email->setToolTip(tr("The e-mail address is also the username."));
    m_emailHint = new QLabel(this);
    m_emailHint->setObjectName(QStringLiteral("emailHint"));
    m_emailHint->setWordWrap(true);
    m_firstName = lineEdit(this, QStringLiteral("firstName"), tr("First name"));
    m_lastName = lineEdit(this, QStringLiteral("lastName"), tr("Last name"));
    m_groups = new GroupPicker(this);
    m_groups->setObjectName(QStringLiteral("groups"));
    m_groups->setAccessibleName(tr("Groups"));
    m_groups->setMaximumHeight(140);
    m_superAdmin = new QCheckBox(tr("Instance owner (super admin): manages every tenant"), this);
    m_superAdmin->setObjectName(QStringLiteral("superAdmin"));
    m_superAdmin->setAccessibleName(tr("Super admin"));
    m_password = new PasswordFields(/*optional=*/true, this);
    m_password->setObjectName(QStringLiteral("passwordFields"));
    m_error->setObjectName(QStringLiteral("createUserError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Email"), m_email);
    form->addRow(QString(), m_emailHint);
    form->addRow(tr("First name"), m_firstName);
    form->addRow(tr("Last name"), m_lastName);
    form->addRow(tr("Groups"), m_groups);
    form->addRow(QString(), m_superAdmin);
    form->addRow(m_password);

    auto* note = new QLabel(tr("Without a password the user signs in through single sign-on, or you set one later."), this);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("createUserCancel"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setAccessibleName(tr("Create"));
    m_create->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    m_fieldErrors.addField(QStringLiteral("email"), m_email);
    m_fieldErrors.addField(QStringLiteral("firstName"), m_firstName);
    m_fieldErrors.addField(QStringLiteral("lastName"), m_lastName);
    m_fieldErrors.addField(QStringLiteral("password"), m_password->passwordField());

    connect(m_email, &QLineEdit::textChanged, this, &CreateUserDialog::validate);
    connect(m_password, &PasswordFields::changed, this, &CreateUserDialog::validate);
    connect(m_groups, &GroupPicker::loadFailed, this, [this](const QString& message) {
        showError(tr("The groups could not be loaded: %1").arg(message));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, [this] {
        if (m_create->isEnabled())
            emit createRequested();
    });
    m_groups->load(client, tenantId);
    validate();
}

void CreateUserDialog::validate()
{
    const QString email = m_email->text().trimmed();
    const ValidationResult check = validation::email(email);
    QString hint = email.isEmpty() || check ? QString() : check.message;
    if (hint.isEmpty())
        hint = m_password->problem();
    m_emailHint->setText(hint);
    m_emailHint->setStyleSheet(hint.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    m_create->setEnabled(!m_busy && !email.isEmpty() && check && m_password->isAcceptable());
}

UserRequest CreateUserDialog::request() const
{
    UserRequest user;
    user.email = m_email->text().trimmed();
    user.firstName = m_firstName->text().trimmed();
    user.lastName = m_lastName->text().trimmed();
    user.superAdmin = m_superAdmin->isChecked();
    if (!m_password->isEmpty())
        user.password = m_password->password();
    return user;
}

QStringList CreateUserDialog::groupIds() const { return m_groups->checkedIds(); }

void CreateUserDialog::setBusy(bool busy)
{
    m_busy = busy;
    validate();
}

void CreateUserDialog::showError(const api::ApiError& error)
{
    setBusy(false);
    m_fieldErrors.show(error.message(), error.fieldErrors());
}

void CreateUserDialog::showError(const QString& message)
{
    setBusy(false);
    m_fieldErrors.show(message, {});
}

} // namespace ktc::ui
