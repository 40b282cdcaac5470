#include "UserDetailsSection.h"

#include "api/UsersApi.h"
#include "core/Validation.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ktc::ui {

UserDetailsSection::UserDetailsSection(QWidget* parent)
    : QWidget(parent)
    , m_error(new QLabel(this))
    , m_fieldErrors(m_error)
{
    setObjectName(QStringLiteral("userDetailsSection"));
    auto makeEdit = [this](const QString& objectName, const QString& accessibleName) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessibleName);
        connect(edit, &QLineEdit::textChanged, this, &UserDetailsSection::updateButtons);
        return edit;
    };
    m_firstName = makeEdit(QStringLiteral("detailFirstName"), tr("First name"));
    m_lastName = makeEdit(QStringLiteral("detailLastName"), tr("Last name"));
    m_email = makeEdit(QStringLiteral("detailEmail"), tr("Email"));
    m_email->setToolTip(tr("Also the username. The user signs in with the new address from now on."));
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("detailsUnavailable"));
    m_reason->setWordWrap(true);
    m_reason->hide();
    m_error->setObjectName(QStringLiteral("detailsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_save = new QPushButton(tr("Save details"), this);
    m_save->setObjectName(QStringLiteral("saveDetailsButton"));
    m_save->setAccessibleName(tr("Save details"));

    auto* form = new QFormLayout;
    form->addRow(tr("First name"), m_firstName);
    form->addRow(tr("Last name"), m_lastName);
    form->addRow(tr("Email"), m_email);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_save, 0, Qt::AlignRight);
    layout->addStretch();

    m_fieldErrors.addField(QStringLiteral("firstName"), m_firstName);
    m_fieldErrors.addField(QStringLiteral("lastName"), m_lastName);
    m_fieldErrors.addField(QStringLiteral("email"), m_email);
    connect(m_save, &QPushButton::clicked, this, &UserDetailsSection::save);
    setUnavailable(QString());
}

void UserDetailsSection::setUser(const User& user)
{
    m_user = user;
    m_busy = false;
    m_fieldErrors.clear();
    m_reason->hide();
    m_firstName->setText(user.firstName);
    m_lastName->setText(user.lastName);
    m_email->setText(user.email);
    for (QLineEdit* edit : {m_firstName, m_lastName, m_email})
        edit->setEnabled(true);
    updateButtons();
}

void UserDetailsSection::setUnavailable(const QString& why)
{
    m_user = {};
    m_fieldErrors.clear();
    for (QLineEdit* edit : {m_firstName, m_lastName, m_email}) {
        edit->clear();
        edit->setEnabled(false);
    }
    m_reason->setText(why);
    m_reason->setVisible(!why.isEmpty());
    m_save->setToolTip(why);
    updateButtons();
}

void UserDetailsSection::updateButtons()
{
    const bool changed = m_firstName->text().trimmed() != m_user.firstName
        || m_lastName->text().trimmed() != m_user.lastName || m_email->text().trimmed() != m_user.email;
    m_save->setEnabled(!m_user.id.isEmpty() && !m_busy && changed && validation::email(m_email->text().trimmed()).ok);
}

void UserDetailsSection::save()
{
    if (m_user.id.isEmpty() || !m_context.isValid())
        return;
    const UserDetailsPatch patch { m_firstName->text().trimmed(), m_lastName->text().trimmed(),
                                   m_email->text().trimmed() };
    m_busy = true;
    updateButtons();
    const QString userId = m_user.id;
    api::UsersApi(m_context.client).patchDetails(userId, patch, this, [this, userId](const api::ApiResult<User>& result) {
        if (userId != m_user.id)
            return; // another user is shown now
        m_busy = false;
        if (!result.ok()) {
            m_fieldErrors.show(result.error().message(), result.error().fieldErrors());
            updateButtons();
            emit notice(result.error().message(), true);
            return;
        }
        setUser(result.value());
        emit notice(tr("Saved the details of %1.").arg(result->email), false);
        emit userChanged(result.value());
    });
}

} // namespace ktc::ui
