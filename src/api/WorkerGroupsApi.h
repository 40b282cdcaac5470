#pragma once

#include "api/ResourceApi.h"
#include "api/PageQuery.h"
#include "core/WorkerGroup.h"

namespace ktc::api {

// Worker groups of the instance, for the tenant worker selector.
// The static *Request() functions build requests without side effects; the others send them.
class WorkerGroupsApi : public ResourceApi
{
public:
    using ResourceApi::ResourceApi;

    static ApiRequest listRequest(const ServerAdapter& adapter = {});
    RequestId list(QObject* context, ApiCallback<QList<WorkerGroup>> callback) const;
};

} // namespace ktc::api
