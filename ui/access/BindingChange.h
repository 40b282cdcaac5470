#pragma once

#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "core/Binding.h"

#include <functional>
#include <optional>

namespace ktc::ui {

// Changes a binding although Kestra's bindings are immutable: deletes it and creates the
// replacement; when the creation fails, creates the old binding again.
class BindingChange
{
public:
    struct Outcome
    {
        bool changed = false; // the replacement exists, the old binding is gone
        bool restored = false; // the creation failed and the old binding was created again
        std::optional<Binding> binding; // the replacement, or the restored old binding
        std::optional<api::ApiError> error; // why it did not change (and, if set, why not restored)
        std::optional<api::ApiError> restoreError;
    };

    static BindingRequest requestFor(const Binding& binding);

    // `done` is called once, unless `context` goes first.
    static void run(api::ApiClient* client, const QString& tenant, const Binding& old, const BindingRequest& replacement,
                    QObject* context, std::function<void(const Outcome&)> done);
};

} // namespace ktc::ui
