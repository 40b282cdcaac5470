#include "BindingCollector.h"

#include "api/BindingsApi.h"
#include "models/PagedModelBase.h"

#include <memory>

namespace ktc::ui {

namespace {
struct Collection
{
    api::ApiClient* client = nullptr;
    QString tenant;
    api::BindingSearch by;
    BindingCollector::Test test;
    api::ApiCallback<QList<Binding>> done;
    QList<Binding> matches;
    qint64 seen = 0;
};

api::RequestId fetchPage(const std::shared_ptr<Collection>& state, int page, QObject* context)
{
    api::PageQuery query;
    query.page = page;
    query.size = models::PagedModelBase::kMaxPageSize;
    return api::BindingsApi(state->client)
        .search(state->tenant, query, state->by, context,
                [state, page, context](const api::ApiResult<Page<Binding>>& result) {
                    if (!result.ok()) {
                        state->done(result.error());
                        return;
                    }
                    const Page<Binding>& reply = result.value();
                    for (const Binding& binding : reply.results) {
                        if (!state->test || state->test(binding))
                            state->matches.append(binding);
                    }
                    state->seen += reply.results.size();
                    if (reply.results.isEmpty() || state->seen >= reply.total)
                        state->done(state->matches);
                    else
                        fetchPage(state, page + 1, context);
                });
}
} // namespace

api::RequestId BindingCollector::collect(api::ApiClient* client, const QString& tenant, const api::BindingSearch& by,
                                         Test test, QObject* context, api::ApiCallback<QList<Binding>> done)
{
    auto state = std::make_shared<Collection>();
    state->client = client;
    state->tenant = tenant;
    state->by = by;
    state->test = std::move(test);
    state->done = std::move(done);
    return fetchPage(state, 1, context);
}

} // namespace ktc::ui
