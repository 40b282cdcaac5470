#pragma once

#include "ApiRequest.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace ktc::sandbox {

// Who may call a route before the handler's own RBAC checks run.
enum class Access { Public, Authenticated, InstanceOwner, Control };

// Maps (method, path) to handlers. Patterns use "{}" for one path segment; routes are tried in
// registration order, so literal paths (".../search") are registered before "{id}" ones.
class Router
{
public:
    using Handler = std::function<ApiResponse(ApiRequest&)>;

    struct Route
    {
        QByteArray method;
        QStringList segments;
        Access access;
        Handler handler;
    };

    struct Match
    {
        const Route* route = nullptr;
        QStringList params;
        bool pathKnown = false; // some route has this path with another method
    };

    void add(const QByteArray& method, const QString& pattern, Access access, Handler handler);
    Match match(const QByteArray& method, const QString& path) const;

private:
    QList<Route> m_routes;
};

} // namespace ktc::sandbox
