#pragma once

#include "api/ApiClient.h"
#include "api/NoContent.h"
#include "core/ApiToken.h"

#include <QCoreApplication>
#include <QPointer>
#include <QString>

namespace ktc::ui {

// Whose API tokens a panel shows: the signed-in user's (/me), any user's (instance owner
// routes) or a service account's (tenant level, or instance level with an empty tenant).
// A value: copy it freely. The client is watched; once it is gone every call fails at once.
class TokenSource
{
    Q_DECLARE_TR_FUNCTIONS(TokenSource)

public:
    enum class Kind { Me, User, ServiceAccount };

    static TokenSource forMe(api::ApiClient* client);
    static TokenSource forUser(api::ApiClient* client, const QString& userId);
    // An empty `tenantId` means the instance-level service-account routes.
    static TokenSource forServiceAccount(
        api::ApiClient* client, const QString& tenantId, const QString& serviceAccountId);

    Kind kind() const { return m_kind; }
    QString ownerId() const { return m_ownerId; }
    QString tenantId() const { return m_tenantId; }
    api::ApiClient* client() const { return m_client.data(); }

    // Each runs `callback` exactly once unless `context` goes first (ApiClient's contract);
    // without a client it runs at once with an error and returns 0.
    api::RequestId list(QObject* context, api::ApiCallback<ApiTokenList> callback) const;
    api::RequestId create(const CreateApiTokenRequest& request, QObject* context,
        api::ApiCallback<CreatedApiToken> callback) const;
    api::RequestId revoke(
        const QString& tokenId, QObject* context, api::ApiCallback<api::NoContent> callback) const;

    bool operator==(const TokenSource& other) const;

private:
    TokenSource(api::ApiClient* client, Kind kind, QString ownerId, QString tenantId);
    api::ApiError noClient(const QByteArray& method) const;

    QPointer<api::ApiClient> m_client;
    Kind m_kind = Kind::Me;
    QString m_ownerId;
    QString m_tenantId;
};

} // namespace ktc::ui
