#pragma once

#include "api/ApiClient.h"
#include "api/SessionInfo.h"
#include "core/Page.h"

#include <QObject>
#include <QPointer>

namespace ktc::api {

// The connect sequence: GET /configs (Enterprise only), GET /me, then the tenants (instance
// owners search them, everyone else gets /me's list). Sets the client's ServerAdapter.
class Connector : public QObject
{
    Q_OBJECT

public:
    explicit Connector(ApiClient* client, QObject* parent = nullptr);

    // At most one run at a time; a new run cancels the previous one (which completes Cancelled).
    void connectToServer(QObject* context, ApiCallback<SessionInfo> callback, int tenantPageSize = 100);
    void cancel();

private:
    void onConfigs(const ApiResult<ServerConfig>& result);
    void onMe(const ApiResult<Me>& result);
    void onTenants(const ApiResult<Page<Tenant>>& result);
    void finish(const ApiResult<SessionInfo>& result);

    ApiClient* m_client;
    QPointer<QObject> m_context;
    ApiCallback<SessionInfo> m_callback;
    SessionInfo m_session;
    RequestId m_current = 0;
    int m_tenantPageSize = 100;
    bool m_running = false;
};

} // namespace ktc::api
