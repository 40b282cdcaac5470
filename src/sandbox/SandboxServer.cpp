#include "SandboxServer.h"

#include "Database.h"
#include "JsonError.h"
#include "RouteFamilies.h"
#include "SandboxLogging.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ktc::sandbox {

namespace {
QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}
} // namespace

SandboxServer::SandboxServer(Database& db, bool control, QObject* parent)
    : QAbstractHttpServer(parent), m_db(db), m_auth(db), m_rbac(db), m_accessIndex(db),
      m_context{db, m_auth, m_rbac, m_faults, m_accessIndex}, m_control(control)
{
    if (m_control)
        installControlRoutes();
    RouteFamilies::install(m_context, m_router);
}

SandboxServer::~SandboxServer() = default;

void SandboxServer::installControlRoutes()
{
    m_router.add("GET", u"/_sandbox/faults"_s, Access::Control, [this](ApiRequest&) {
        return ApiResponse{200, m_faults.spec().toUtf8(), "text/plain"};
    });
    m_router.add("PUT", u"/_sandbox/faults"_s, Access::Control, [this](ApiRequest& req) {
        QString error;
        if (!m_faults.configure(QString::fromUtf8(req.body), &error))
            throw HttpError(400, error);
        qCInfo(lcSandbox) << "faults set to" << m_faults.spec();
        return ApiResponse{200, m_faults.spec().toUtf8(), "text/plain"};
    });
}

ApiResponse SandboxServer::dispatch(ApiRequest& req)
{
    try {
        const Router::Match m = m_router.match(req.method, req.path);
        if (!m.route) {
            // Kestra oddity kept on purpose: an unknown route or a wrong method answers 401,
            // even with valid credentials, to hinder route scanning (kestra-io/kestra#6549).
            throw HttpError(401, u"Unauthorized"_s);
        }
        req.params = m.params;
        switch (m.route->access) {
        case Access::Public:
            break;
        case Access::Control:
            if (!req.peer.isLoopback())
                throw HttpError(403, u"Forbidden: control routes are loopback-only"_s);
            break;
        case Access::Authenticated:
            req.principal = m_auth.authenticate(req.authorization);
            break;
        case Access::InstanceOwner:
            req.principal = m_auth.authenticate(req.authorization);
            if (!req.principal.superAdmin)
                throw HttpError(403, u"Forbidden: this operation requires an instance owner (superAdmin)"_s);
            break;
        }
        return m.route->handler(req);
    } catch (const HttpError& e) {
        return {e.status(), JsonError::body(e, req.path), "application/json"};
    } catch (const std::exception& e) {
        qCWarning(lcSandbox) << "unexpected error on" << req.method << req.path << e.what();
        return {500, JsonError::body(u"Internal server error"_s, req.path), "application/json"};
    }
}

bool SandboxServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QElapsedTimer timer;
    timer.start();
    auto req = std::make_shared<ApiRequest>();
    req->method = methodName(request.method());
    req->path = request.url().path(QUrl::FullyEncoded);
    const auto items = request.query().queryItems(QUrl::FullyDecoded);
    for (const auto& kv : items)
        req->query.append(kv);
    req->body = request.body();
    req->authorization = request.value("Authorization");
    req->contentType = request.value("Content-Type");
    req->peer = request.remoteAddress();

    const bool isControl = req->path.startsWith(u"/_sandbox/"_s);
    FaultInjector::Decision fault;
    if (!isControl && req->path.startsWith(u"/api/"_s))
        fault = m_faults.decide(req->method, req->path);

    // The responder refers to the request, which QtHttpServer keeps per connection until the next
    // request on it arrives; clients do not pipeline, so answering late is safe.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    auto finish = [this, req, responder, guard, fault, timer]() {
        if (!guard)
            return;
        int status = 0;
        if (fault.action == FaultInjector::Action::Drop) {
            guard->disconnectFromHost(); // no answer at all
        } else if (fault.action == FaultInjector::Action::Error) {
            status = fault.status;
            responder->write(JsonError::body(u"Injected fault"_s, req->path), "application/json",
                             static_cast<QHttpServerResponder::StatusCode>(status));
        } else {
            ApiResponse r = dispatch(*req);
            status = r.status;
            if (fault.action == FaultInjector::Action::Malformed) {
                status = 200;
                QByteArray b = r.body.isEmpty() ? QByteArray("{\"results\": [{\"id\": ") : r.body;
                b.truncate(std::max<qsizetype>(1, b.size() / 2));
                r = {200, b + "\x01", "application/json"};
            }
            if (r.body.isEmpty() && r.contentType.isEmpty())
                responder->write(static_cast<QHttpServerResponder::StatusCode>(r.status));
            else
                responder->write(r.body, r.contentType,
                                 static_cast<QHttpServerResponder::StatusCode>(r.status));
        }
        m_log.write(req->method, req->path, req->query, status, timer.elapsed());
    };
    if (fault.delayMs > 0)
        QTimer::singleShot(fault.delayMs, this, finish);
    else
        finish();
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // Not reached: handleRequest() answers every request (unknown routes get 401 there).
    makeResponder(request, socket).write(JsonError::body(u"Unauthorized"_s, request.url().path()),
                                         "application/json",
                                         QHttpServerResponder::StatusCode::Unauthorized);
}

} // namespace ktc::sandbox
