#pragma once

#include "core/ServiceAccount.h"
#include "core/TenantAccess.h"
#include "ui/pages/PageContext.h"
#include "ui/widgets/RecordEditor.h"
#include "ui/widgets/SearchChecklist.h"

namespace ktc::ui {

class ServiceAccountForm;

// Edits one service account of a tenant (name, description, groups, super admin).
class ServiceAccountEditor : public RecordEditor
{
    Q_OBJECT
public:
    explicit ServiceAccountEditor(QWidget* parent = nullptr);

    // Shows the row at once, then what the server says about the account.
    void showAccount(const PageContext& context, const TenantAccessUser& row);
    void showNone();
    ServiceAccountForm* accountForm() const { return m_form; }

signals:
    // Saved: the list row as it is now.
    void saved(const ktc::TenantAccessUser& row);

protected:
    void submit(SubmitDone done) override;
    void restore() override;

private:
    ServiceAccountForm* m_form;
    PageContext m_context;
    ServiceAccount m_account;
    QList<SearchChecklist::Item> m_groups;
    TenantAccessUser m_row;
    quint64 m_generation = 0;
};

} // namespace ktc::ui
