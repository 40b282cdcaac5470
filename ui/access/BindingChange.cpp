#include "BindingChange.h"

#include "api/BindingsApi.h"

namespace ktc::ui {

BindingRequest BindingChange::requestFor(const Binding& binding)
{
    BindingRequest request;
    request.type = binding.type == BindingType::Group || binding.group ? BindingType::Group : BindingType::User;
    request.externalId = binding.group ? binding.group->id : (binding.user ? binding.user->id : QString());
    request.roleId = binding.role.id;
    if (!binding.namespaceId.isEmpty())
        request.namespaceId = binding.namespaceId;
    return request;
}

void BindingChange::run(api::ApiClient* client, const QString& tenant, const Binding& old,
                        const BindingRequest& replacement, QObject* context, std::function<void(const Outcome&)> done)
{
    const api::BindingsApi bindings(client);
    bindings.remove(tenant, old.id, context, [=](const api::ApiResult<api::NoContent>& removed) {
        if (!removed.ok()) {
            Outcome outcome;
            outcome.error = removed.error();
            done(outcome);
            return;
        }
        bindings.create(tenant, replacement, context, [=](const api::ApiResult<Binding>& created) {
            if (created.ok()) {
                Outcome outcome;
                outcome.changed = true;
                outcome.binding = created.value();
                done(outcome);
                return;
            }
            // Through the bulk route: whatever made the single create fail may not hold there.
            bindings.createBulk(tenant, { requestFor(old) }, context, [=](const api::ApiResult<QList<Binding>>& restored) {
                Outcome outcome;
                outcome.error = created.error();
                outcome.restored = restored.ok() && !restored.value().isEmpty();
                if (outcome.restored)
                    outcome.binding = restored.value().constFirst();
                else if (!restored.ok())
                    outcome.restoreError = restored.error();
                done(outcome);
            });
        });
    });
}

} // namespace ktc::ui
