#pragma once

#include "api/ApiClient.h"
#include "api/NoContent.h"
#include "core/Json.h"

#include <type_traits>

namespace ktc::api {

// Turns a raw reply into T with the core codec; a body the codec refuses is a MalformedReply.
template <class T>
ApiResult<T> decodeReply(const QByteArray& method, const QString& path, const ApiResult<ApiResponse>& raw)
{
    if (!raw.ok())
        return raw.error();
    if constexpr (std::is_same_v<T, NoContent>) {
        return NoContent{};
    } else {
        Result<T> decoded = json::decode<T>(raw->body);
        if (!decoded.ok()) {
            ApiError error(ApiError::Kind::MalformedReply, method, path);
            error.setStatus(raw->status).setDetail(decoded.error());
            return error;
        }
        return std::move(decoded).value();
    }
}

// Sends the request and hands the decoded reply to `callback` (see ApiClient::send).
template <class T>
RequestId sendDecoded(ApiClient* client, const ApiRequest& request, QObject* context, ApiCallback<T> callback)
{
    return client->send(request, context,
                        [method = request.method, path = request.path, callback = std::move(callback)](
                            const ApiResult<ApiResponse>& raw) { callback(decodeReply<T>(method, path, raw)); });
}

} // namespace ktc::api
