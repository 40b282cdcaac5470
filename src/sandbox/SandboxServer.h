#pragma once

#include "AccessLog.h"
#include "ApiRequest.h"
#include "Authenticator.h"
#include "FaultInjector.h"
#include "Rbac.h"
#include "Router.h"
#include "SandboxContext.h"
#include "TenantAccessIndex.h"

#include <QAbstractHttpServer>
#include <memory>
#include <vector>

namespace ktc::sandbox {

class Database;

// The HTTP front of the sandbox: authentication, routing, faults and the access log around the
// route families. It derives from QAbstractHttpServer rather than using QHttpServer::route()
// because faults need the socket (dropping a connection, answering late), which QHttpServer 6.4
// route handlers never see.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    SandboxServer(Database& db, bool control, QObject* parent = nullptr);
    ~SandboxServer() override;

    bool setFaults(const QString& spec, QString* error) { return m_faults.configure(spec, error); }
    bool openAccessLog(const QString& file, QString* error) { return m_log.open(file, error); }
    SandboxContext& context() { return m_context; }

    // The whole request path, also used by tests in-process.
    ApiResponse dispatch(ApiRequest& req);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void installControlRoutes();

    Database& m_db;
    Authenticator m_auth;
    Rbac m_rbac;
    FaultInjector m_faults;
    AccessLog m_log;
    TenantAccessIndex m_accessIndex;
    Router m_router;
    SandboxContext m_context;
    bool m_control;
};

} // namespace ktc::sandbox
