#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace ktc::api {

// One HTTP call, built without side effects by the resource classes and sent by ApiClient.
// `path` is already percent-encoded (see apiPath()); `query` holds percent-encoded items.
struct ApiRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body; // JSON; empty = no body
    bool idempotent = false;

    static ApiRequest get(QString path, QUrlQuery query = {});
    static ApiRequest post(QString path, QByteArray body = {});
    static ApiRequest put(QString path, QByteArray body = {});
    static ApiRequest patch(QString path, QByteArray body = {});
    static ApiRequest del(QString path);

    // "/api/v1/" + each segment percent-encoded: an id with '/' or '?' stays one segment.
    static QString apiPath(const QStringList& segments);
    // Adds key=value with both percent-encoded, brackets and '+' included.
    static void addQueryItem(QUrlQuery& query, const QString& key, const QString& value);

    // The query as sent ("page=1&size=25&filters%5Bq%5D%5BEQUALS%5D=x").
    QString encodedQuery() const { return query.toString(QUrl::FullyEncoded); }
};

} // namespace ktc::api
