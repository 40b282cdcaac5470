#include "api/WorkerGroupsApi.h"

#include "core/Json.h"

namespace ktc::api {

ApiRequest WorkerGroupsApi::listRequest(const ServerAdapter& adapter)
{
    return ApiRequest::get(ApiRequest::apiPath({QStringLiteral("instance"), adapter.workerGroupsSegment()}));
}

RequestId WorkerGroupsApi::list(QObject* context, ApiCallback<QList<WorkerGroup>> callback) const
{
    return run<QList<WorkerGroup>>(listRequest(adapter()), context, std::move(callback));
}

} // namespace ktc::api
