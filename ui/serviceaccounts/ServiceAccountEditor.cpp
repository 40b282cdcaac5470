#include "ServiceAccountEditor.h"

#include "ServiceAccountForm.h"
#include "api/ServiceAccountsApi.h"
#include "ui/widgets/ChecklistFinders.h"

#include <algorithm>

namespace ktc::ui {

namespace {
QList<SearchChecklist::Item> itemsOf(const QList<TenantAccessGroup>& groups)
{
    QList<SearchChecklist::Item> items;
    for (const TenantAccessGroup& group : groups)
        items.append({group.id, group.name});
    return items;
}
} // namespace

ServiceAccountEditor::ServiceAccountEditor(QWidget* parent)
    : RecordEditor(new ServiceAccountForm, QStringLiteral("serviceAccountEditor"), parent)
    , m_form(static_cast<ServiceAccountForm*>(form()))
{
}

void ServiceAccountEditor::showAccount(const PageContext& context, const TenantAccessUser& row)
{
    const bool sameTenant = m_context.client == context.client && m_context.tenantId == context.tenantId;
    m_context = context;
    m_row = row;
    m_account = ServiceAccount {row.id, row.username, row.description, false, std::nullopt, std::nullopt};
    m_groups = itemsOf(row.groups);
    if (!sameTenant)
        m_form->setGroupFinder(checklistFinders::groups(context.client, context.tenantId));
    m_form->setSuperAdminEditable(context.instanceOwner());
    setNoRecord(); // read-only until the server's copy is in
    restore();
    const quint64 generation = ++m_generation;
    api::ServiceAccountsApi(context.client)
        .getInTenant(context.tenantId, row.id, this, [this, generation](const api::ApiResult<ServiceAccount>& result) {
            if (generation != m_generation)
                return;
            if (!result)
                return showError(result.error().message());
            m_account = result.value();
            if (m_account.groupIds) {
                QList<SearchChecklist::Item> groups;
                for (const QString& id : *m_account.groupIds) {
                    const auto known = std::find_if(m_groups.cbegin(), m_groups.cend(),
                                                    [&id](const SearchChecklist::Item& item) { return item.id == id; });
                    groups.append(known == m_groups.cend() ? SearchChecklist::Item {id, id} : *known);
                }
                m_groups = groups;
            }
            restore();
            setClean();
        });
}

void ServiceAccountEditor::showNone()
{
    ++m_generation;
    m_row = {};
    m_account = {};
    m_groups.clear();
    m_form->clear();
    setNoRecord();
}

void ServiceAccountEditor::submit(SubmitDone done)
{
    const ServiceAccountRequest request = m_form->request();
    const QList<SearchChecklist::Item> groups = m_form->groups();
    api::ServiceAccountsApi(m_context.client)
        .updateInTenant(m_context.tenantId, m_account.id, request, this,
                        [this, done, groups](const api::ApiResult<ServiceAccount>& result) {
                            if (!result)
                                return done(result.error());
                            m_account = result.value();
                            m_groups = groups;
                            m_row.username = m_account.name;
                            if (!m_row.displayName.isEmpty())
                                m_row.displayName = m_account.name;
                            m_row.description = m_account.description;
                            m_row.groups.clear();
                            for (const SearchChecklist::Item& group : groups)
                                m_row.groups.append({group.id, group.label, false});
                            done(std::nullopt);
                            emit saved(m_row);
                        });
}

void ServiceAccountEditor::restore() { m_form->setAccount(m_account, m_groups); }

} // namespace ktc::ui
