#include "api/ApiRequest.h"

#include <QUrl>

namespace ktc::api {

namespace {
ApiRequest make(const char* method, QString path, QByteArray body, bool idempotent)
{
    ApiRequest request;
    request.method = method;
    request.path = std::move(path);
    request.body = std::move(body);
    request.idempotent = idempotent;
    return request;
}
} // namespace

ApiRequest ApiRequest::get(QString path, QUrlQuery query)
{
    ApiRequest request = make("GET", std::move(path), {}, true);
    request.query = std::move(query);
    return request;
}

ApiRequest ApiRequest::post(QString path, QByteArray body) { return make("POST", std::move(path), std::move(body), false); }
ApiRequest ApiRequest::put(QString path, QByteArray body) { return make("PUT", std::move(path), std::move(body), false); }
ApiRequest ApiRequest::patch(QString path, QByteArray body) { return make("PATCH", std::move(path), std::move(body), false); }
ApiRequest ApiRequest::del(QString path) { return make("DELETE", std::move(path), {}, false); }

QString ApiRequest::apiPath(const QStringList& segments)
{
    QString path = QStringLiteral("/api/v1");
    for (const QString& segment : segments)
        path += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    return path;
}

void ApiRequest::addQueryItem(QUrlQuery& query, const QString& key, const QString& value)
{
    // QUrlQuery keeps '[', ']' and '+' literal; servers decode '+' as a space, so encode it all.
    query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                       QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

} // namespace ktc::api
