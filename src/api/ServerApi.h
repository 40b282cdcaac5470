#pragma once

#include "api/ResourceApi.h"
#include "api/PageQuery.h"
#include "core/ServerConfig.h"

namespace ktc::api {

// What the server is: GET /api/v1/configs.
// The static *Request() functions build requests without side effects; the others send them.
class ServerApi : public ResourceApi
{
public:
    using ResourceApi::ResourceApi;

    static ApiRequest configsRequest();
    RequestId configs(QObject* context, ApiCallback<ServerConfig> callback) const;
};

} // namespace ktc::api
