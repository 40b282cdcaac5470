#include "ServiceAccountForm.h"

#include "core/Validation.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>

namespace ktc::ui {

ServiceAccountForm::ServiceAccountForm(QWidget* parent) : RecordForm(parent)
{
    m_name = addLineEdit(tr("Name"), QStringLiteral("nameField"), QStringLiteral("name"));
    m_name->setMaxLength(63);
    m_name->setPlaceholderText(QStringLiteral("ci-bot"));
    m_nameHint = addHint(QStringLiteral("nameHint"));
    m_description = addLineEdit(tr("Description"), QStringLiteral("descriptionField"), QStringLiteral("description"));
    m_groups = new SearchChecklist(QStringLiteral("groupsField"), tr("Groups"), tr("Search groups"), this);
    addRow(tr("Groups"), m_groups, QStringLiteral("groups"));
    m_superAdmin = addCheckBox(tr("Super admin"), QStringLiteral("superAdminField"));
    m_superAdmin->setToolTip(tr("An instance owner: administers every tenant of the instance."));

    connect(m_name, &QLineEdit::textChanged, this, &ServiceAccountForm::validateName);
    connect(m_groups, &SearchChecklist::checkedChanged, this, &RecordForm::changed);
    validateName();
}

void ServiceAccountForm::setGroupFinder(SearchChecklist::Finder finder) { m_groups->setFinder(std::move(finder)); }

void ServiceAccountForm::setSuperAdminEditable(bool editable)
{
    m_superAdmin->setEnabled(editable);
    m_superAdmin->setToolTip(editable ? tr("An instance owner: administers every tenant of the instance.")
                                      : tr("Only an instance owner can change this."));
}

void ServiceAccountForm::setAccount(const ServiceAccount& account, const QList<SearchChecklist::Item>& groups)
{
    m_name->setText(account.name);
    m_description->setText(account.description);
    m_groups->setChecked(groups);
    m_superAdmin->setChecked(account.superAdmin);
}

void ServiceAccountForm::clear() { setAccount({}, {}); }

ServiceAccountRequest ServiceAccountForm::request() const
{
    return {m_name->text(), m_description->text().trimmed(), m_superAdmin->isChecked(), m_groups->checkedIds()};
}

const QList<SearchChecklist::Item>& ServiceAccountForm::groups() const { return m_groups->checkedItems(); }

bool ServiceAccountForm::isValid() const { return bool(validation::serviceAccountName(m_name->text())); }

QVariantList ServiceAccountForm::values() const
{
    QStringList groupIds = m_groups->checkedIds();
    groupIds.sort();
    return {m_name->text(), m_description->text().trimmed(), groupIds, m_superAdmin->isChecked()};
}

void ServiceAccountForm::validateName()
{
    const QString name = m_name->text();
    if (name.isEmpty())
        return setHint(m_nameHint, tr("Lower-case letters, digits and hyphens (not at either end), at most 63 "
                                      "characters, like a DNS label."),
                       false);
    const ValidationResult check = validation::serviceAccountName(name);
    setHint(m_nameHint, check ? tr("A valid name.") : check.message, !check);
}

} // namespace ktc::ui
