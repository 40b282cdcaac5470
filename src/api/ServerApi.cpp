#include "api/ServerApi.h"

#include "core/Json.h"

namespace ktc::api {

ApiRequest ServerApi::configsRequest()
{
    return ApiRequest::get(ApiRequest::apiPath({QStringLiteral("configs")}));
}

RequestId ServerApi::configs(QObject* context, ApiCallback<ServerConfig> callback) const
{
    return run<ServerConfig>(configsRequest(), context, std::move(callback));
}

} // namespace ktc::api
