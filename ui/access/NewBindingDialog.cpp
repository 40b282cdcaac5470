#include "NewBindingDialog.h"

#include "ui/widgets/AccessSubjectPicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ktc::ui {

NewBindingDialog::NewBindingDialog(QWidget* parent)
    : QDialog(parent)
    , m_error(new QLabel(this))
    , m_fieldErrors(m_error)
{
    setObjectName(QStringLiteral("newBindingDialog"));
    setWindowTitle(tr("New binding"));

    m_picker = new AccessSubjectPicker(this);
    m_fixedSubject = new QLabel(this);
    m_fixedSubject->setObjectName(QStringLiteral("bindingSubject"));
    m_fixedSubject->hide();
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("bindingRole"));
    m_role->setAccessibleName(tr("Role"));
    m_namespace = new QLineEdit(this);
    m_namespace->setObjectName(QStringLiteral("bindingNamespace"));
    m_namespace->setAccessibleName(tr("Namespace"));
    m_namespace->setPlaceholderText(tr("Whole tenant"));
    auto* namespaceHint = new QLabel(tr("A namespace grants the role there and in its child namespaces; "
                                        "empty grants it in the whole tenant."),
                                     this);
    namespaceHint->setWordWrap(true);
    m_changeNote = new QLabel(tr("Kestra cannot edit a binding: changing it deletes this binding and creates a "
                                 "new one in one step. If the new one cannot be created, the old one is restored."),
                              this);
    m_changeNote->setObjectName(QStringLiteral("changeNote"));
    m_changeNote->setWordWrap(true);
    m_changeNote->hide();
    m_error->setObjectName(QStringLiteral("bindingError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* form = new QFormLayout;
    m_form = form;
    form->addRow(tr("Grant to"), m_picker);
    form->addRow(tr("Grant to"), m_fixedSubject);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Namespace"), m_namespace);
    form->addRow(QString(), namespaceHint);
    form->setRowVisible(m_fixedSubject, false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_submit = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("createBindingButton"));
    m_submit->setAccessibleName(tr("Create"));
    m_submit->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_changeNote);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    m_fieldErrors.addField(QStringLiteral("roleId"), m_role);
    m_fieldErrors.addField(QStringLiteral("namespaceId"), m_namespace);

    connect(m_picker, &AccessSubjectPicker::checkedChanged, this, &NewBindingDialog::validate);
    connect(m_role, &QComboBox::currentIndexChanged, this, &NewBindingDialog::validate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_submit, &QPushButton::clicked, this, [this] {
        if (m_submit->isEnabled()) {
            m_fieldErrors.clear();
            emit submitted(requests());
        }
    });
    resize(520, 560);
    validate();
}

void NewBindingDialog::setSubjects(const QList<AccessSubject>& subjects)
{
    m_picker->setSubjects(subjects);
}

void NewBindingDialog::setRoles(const QList<RoleSummary>& roles)
{
    const QString current = m_role->currentData().toString();
    const QString wanted = current.isEmpty() ? m_pendingRoleId : current;
    const QSignalBlocker blocker(m_role);
    m_role->clear();
    for (const RoleSummary& role : roles)
        m_role->addItem(role.name, role.id);
    m_role->setCurrentIndex(wanted.isEmpty() ? -1 : m_role->findData(wanted));
    validate();
}

void NewBindingDialog::setChanging(const Binding& binding, const QString& subjectText)
{
    m_changing = true;
    m_original = binding;
    m_pendingRoleId = binding.role.id;
    setWindowTitle(tr("Change binding"));
    m_submit->setText(tr("Change"));
    m_submit->setAccessibleName(tr("Change"));
    m_changeNote->show();
    m_fixedSubject->setText(subjectText);
    m_form->setRowVisible(m_picker, false);
    m_form->setRowVisible(m_fixedSubject, true);
    m_namespace->setText(binding.namespaceId);
    const int index = m_role->findData(binding.role.id);
    if (index >= 0)
        m_role->setCurrentIndex(index);
    validate();
}

QList<BindingRequest> NewBindingDialog::requests() const
{
    const QString ns = m_namespace->text().trimmed();
    auto request = [&](BindingType type, const QString& externalId) {
        BindingRequest r;
        r.type = type;
        r.externalId = externalId;
        r.roleId = m_role->currentData().toString();
        if (!ns.isEmpty())
            r.namespaceId = ns;
        return r;
    };
    QList<BindingRequest> result;
    if (m_changing) {
        const QString id = m_original.group ? m_original.group->id : (m_original.user ? m_original.user->id : QString());
        result.append(request(m_original.type == BindingType::Group ? BindingType::Group : BindingType::User, id));
        return result;
    }
    for (const AccessSubject& subject : m_picker->checkedSubjects())
        result.append(request(subject.bindingType(), subject.id));
    return result;
}

void NewBindingDialog::setBusy(bool busy)
{
    m_busy = busy;
    validate();
}

void NewBindingDialog::showError(const api::ApiError& error)
{
    setBusy(false);
    m_fieldErrors.show(error.message(), error.fieldErrors());
}

void NewBindingDialog::showMessage(const QString& text)
{
    setBusy(false);
    m_fieldErrors.show(text, {});
}

void NewBindingDialog::validate()
{
    const bool haveSubject = m_changing || !m_picker->checkedSubjects().isEmpty();
    m_submit->setEnabled(!m_busy && haveSubject && m_role->currentIndex() >= 0);
}

} // namespace ktc::ui
