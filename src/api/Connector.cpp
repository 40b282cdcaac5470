#include "api/Connector.h"

#include "api/ApiLogging.h"
#include "api/MeApi.h"
#include "api/ServerApi.h"
#include "api/TenantsApi.h"

namespace ktc::api {

Connector::Connector(ApiClient* client, QObject* parent) : QObject(parent), m_client(client)
{
}

void Connector::connectToServer(QObject* context, ApiCallback<SessionInfo> callback, int tenantPageSize)
{
    cancel();
    m_context = context;
    m_callback = std::move(callback);
    m_session = SessionInfo();
    m_tenantPageSize = tenantPageSize;
    m_running = true;
    m_current = ServerApi(m_client).configs(this, [this](const ApiResult<ServerConfig>& r) { onConfigs(r); });
}

void Connector::cancel()
{
    if (!m_running)
        return;
    const RequestId id = m_current;
    m_client->cancel(id); // completes through our handler with Cancelled, which finishes the run
}

void Connector::onConfigs(const ApiResult<ServerConfig>& result)
{
    if (!result.ok()) {
        finish(result.error());
        return;
    }
    m_session.server = result.value();
    if (!m_session.server.isEnterprise()) {
        ApiError error(ApiError::Kind::Validation, "GET", ServerApi::configsRequest().path);
        error.setStatus(200).setExplanation(tr("tenant administration needs Kestra Enterprise (this server is %1 %2)")
                                                .arg(m_session.server.edition, m_session.server.version));
        finish(error);
        return;
    }
    m_session.adapter = ServerAdapter::forConfig(m_session.server);
    m_client->setAdapter(m_session.adapter);
    m_current = MeApi(m_client).get(this, [this](const ApiResult<Me>& r) { onMe(r); });
}

void Connector::onMe(const ApiResult<Me>& result)
{
    if (!result.ok()) {
        finish(result.error());
        return;
    }
    m_session.me = result.value();
    m_session.instanceOwner = m_session.me.instanceOwner; // the codec reads superAdmin and instanceOwner
    if (!m_session.instanceOwner) {
        for (const MeTenant& tenant : m_session.me.tenants)
            m_session.tenants.append({tenant.id, tenant.name});
        m_session.tenantsTotal = m_session.tenants.size();
        finish(m_session);
        return;
    }
    PageQuery query;
    query.size = m_tenantPageSize;
    query.addSort(QStringLiteral("id"));
    m_current = TenantsApi(m_client).search(query, this, [this](const ApiResult<Page<Tenant>>& r) { onTenants(r); });
}

void Connector::onTenants(const ApiResult<Page<Tenant>>& result)
{
    if (!result.ok()) {
        finish(result.error());
        return;
    }
    for (const Tenant& tenant : result.value().results)
        m_session.tenants.append({tenant.id, tenant.name});
    m_session.tenantsTotal = result.value().total;
    finish(m_session);
}

void Connector::finish(const ApiResult<SessionInfo>& result)
{
    m_running = false;
    m_current = 0;
    const QPointer<QObject> context = std::exchange(m_context, nullptr);
    const ApiCallback<SessionInfo> callback = std::exchange(m_callback, nullptr);
    if (result.ok())
        qCInfo(lcApi).noquote() << "connected to Kestra" << result->server.edition << result->server.version
                                << (result->instanceOwner ? "as instance owner" : "as tenant user")
                                << result->tenants.size() << "tenants";
    if (context && callback)
        callback(result);
}

} // namespace ktc::api
