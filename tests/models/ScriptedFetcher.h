#pragma once

#include "api/ApiError.h"
#include "api/ApiResult.h"
#include "api/PageQuery.h"
#include "core/Page.h"
#include "models/PagedModelBase.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace ktc::test {

// A Fetcher whose replies arrive when the test says so: every request waits in a queue until
// reply()/fail() answers it. Like ApiClient it never calls back once the context is gone, and
// its canceller completes the request at once with a Cancelled error.
template <class T> class ScriptedFetcher
{
public:
    struct Call
    {
        api::PageQuery query;
        QPointer<QObject> context;
        api::ApiCallback<Page<T>> callback;
        api::RequestId id = 0;
        bool done = false;
    };

    std::function<api::RequestId(const api::PageQuery&, QObject*, api::ApiCallback<Page<T>>)> fetcher()
    {
        return [this](const api::PageQuery& query, QObject* context, api::ApiCallback<Page<T>> callback) {
            m_calls.append(Call { query, context, std::move(callback), ++m_nextId, false });
            return m_calls.last().id;
        };
    }

    models::PagedModelBase::Canceller canceller()
    {
        return [this](api::RequestId id) {
            m_cancelled.append(id);
            for (int i = 0; i < m_calls.size(); ++i) {
                if (m_calls.at(i).id == id && !m_calls.at(i).done)
                    fail(
                        i, api::ApiError(api::ApiError::Kind::Cancelled, "GET", QStringLiteral("/scripted")));
            }
        };
    }

    int count() const { return int(m_calls.size()); }
    int pending() const
    {
        int n = 0;
        for (const Call& call : m_calls)
            n += call.done ? 0 : 1;
        return n;
    }
    const Call& call(int i) const { return m_calls.at(i); }
    const Call& last() const { return m_calls.last(); }
    const QList<api::RequestId>& cancelled() const { return m_cancelled; }

    // Answers request `i` (only once, and only while its context lives).
    void reply(int i, const Page<T>& page) { finish(i, api::ApiResult<Page<T>>(page)); }
    void fail(int i, const api::ApiError& error) { finish(i, api::ApiResult<Page<T>>(error)); }

private:
    void finish(int i, const api::ApiResult<Page<T>>& result)
    {
        if (m_calls.at(i).done)
            return;
        m_calls[i].done = true;
        const Call call = m_calls.at(i); // the callback may queue new calls
        if (call.context)
            call.callback(result);
    }

    QList<Call> m_calls;
    QList<api::RequestId> m_cancelled;
    api::RequestId m_nextId = 0;
};

} // namespace ktc::test
