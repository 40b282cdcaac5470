#pragma once

#include "api/ApiClient.h"
#include "api/ApiResult.h"
#include "api/BindingSearch.h"
#include "core/Binding.h"

#include <QList>

#include <functional>

namespace ktc::ui {

// Every binding that matches a search and a client-side test, page after page: the server
// cannot filter bindings by role, nor tell service accounts from users before it answers.
class BindingCollector
{
public:
    using Test = std::function<bool(const Binding&)>;

    // Calls `done` once, with the matches or the first error; never if `context` goes first.
    // Returns the id of the first page request.
    static api::RequestId collect(api::ApiClient* client, const QString& tenant, const api::BindingSearch& by,
                                  Test test, QObject* context, api::ApiCallback<QList<Binding>> done);
};

} // namespace ktc::ui
