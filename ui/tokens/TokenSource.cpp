#include "TokenSource.h"

#include "api/ApiClient.h"
#include "api/MeApi.h"
#include "api/ServiceAccountTokensApi.h"
#include "api/UserTokensApi.h"

namespace ktc::ui {

TokenSource::TokenSource(api::ApiClient* client, Kind kind, QString ownerId, QString tenantId)
    : m_client(client)
    , m_kind(kind)
    , m_ownerId(std::move(ownerId))
    , m_tenantId(std::move(tenantId))
{ }

TokenSource TokenSource::forMe(api::ApiClient* client)
{
    return TokenSource(client, Kind::Me, {}, {});
}

TokenSource TokenSource::forUser(api::ApiClient* client, const QString& userId)
{
    return TokenSource(client, Kind::User, userId, {});
}

TokenSource TokenSource::forServiceAccount(
    api::ApiClient* client, const QString& tenantId, const QString& serviceAccountId)
{
    return TokenSource(client, Kind::ServiceAccount, serviceAccountId, tenantId);
}

api::ApiError TokenSource::noClient(const QByteArray& method) const
{
    api::ApiError error(api::ApiError::Kind::Cancelled, method, QStringLiteral("api-tokens"));
    error.setExplanation(tr("Not connected: connect again to manage API tokens."));
    return error;
}

api::RequestId TokenSource::list(QObject* context, api::ApiCallback<ApiTokenList> callback) const
{
    if (!m_client) {
        callback(noClient(QByteArrayLiteral("GET")));
        return 0;
    }
    switch (m_kind) {
    case Kind::Me:
        return api::MeApi(m_client).listTokens(context, std::move(callback));
    case Kind::User:
        return api::UserTokensApi(m_client).list(m_ownerId, context, std::move(callback));
    case Kind::ServiceAccount:
        break;
    }
    return api::ServiceAccountTokensApi(m_client).list(m_tenantId, m_ownerId, context, std::move(callback));
}

api::RequestId TokenSource::create(
    const CreateApiTokenRequest& request, QObject* context, api::ApiCallback<CreatedApiToken> callback) const
{
    if (!m_client) {
        callback(noClient(QByteArrayLiteral("POST")));
        return 0;
    }
    switch (m_kind) {
    case Kind::Me:
        return api::MeApi(m_client).createToken(request, context, std::move(callback));
    case Kind::User:
        return api::UserTokensApi(m_client).create(m_ownerId, request, context, std::move(callback));
    case Kind::ServiceAccount:
        break;
    }
    return api::ServiceAccountTokensApi(m_client).create(
        m_tenantId, m_ownerId, request, context, std::move(callback));
}

api::RequestId TokenSource::revoke(
    const QString& tokenId, QObject* context, api::ApiCallback<api::NoContent> callback) const
{
    if (!m_client) {
        callback(noClient(QByteArrayLiteral("DELETE")));
        return 0;
    }
    switch (m_kind) {
    case Kind::Me:
        return api::MeApi(m_client).removeToken(tokenId, context, std::move(callback));
    case Kind::User:
        return api::UserTokensApi(m_client).remove(m_ownerId, tokenId, context, std::move(callback));
    case Kind::ServiceAccount:
        break;
    }
    return api::ServiceAccountTokensApi(m_client).remove(
        m_tenantId, m_ownerId, tokenId, context, std::move(callback));
}

bool TokenSource::operator==(const TokenSource& other) const
{
    return m_client.data() == other.m_client.data() && m_kind == other.m_kind && m_ownerId == other.m_ownerId
        && m_tenantId == other.m_tenantId;
}

} // namespace ktc::ui
