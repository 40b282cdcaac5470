#pragma once

#include "api/ApiCall.h"

namespace ktc::api {

// The base of the per-resource API classes: holds the client and sends built requests.
class ResourceApi
{
public:
    explicit ResourceApi(ApiClient* client) : m_client(client) { }

    ApiClient* client() const { return m_client; }
    const ServerAdapter& adapter() const { return m_client->adapter(); }

protected:
    template <class T>
    RequestId run(const ApiRequest& request, QObject* context, ApiCallback<T> callback) const
    {
        return sendDecoded<T>(m_client, request, context, std::move(callback));
    }

private:
    ApiClient* m_client;
};

} // namespace ktc::api
