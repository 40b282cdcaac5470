#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ktc::sandbox {

// Who made a request, once the Authorization header has been verified.
struct Principal
{
    QString userId;
    QString type;          // STANDARD | SERVICE_ACCOUNT
    bool superAdmin = false;
    bool authenticated = false;
    QString tokenId;       // set when authenticated with a bearer token
};

// A request copied out of QHttpServerRequest, so that it can outlive the parser state (faults
// delay answers) and so that handlers never see raw headers.
struct ApiRequest
{
    QByteArray method;
    QString path;
    QList<QPair<QString, QString>> query; // decoded, in order (sort and filters repeat)
    QByteArray body;
    QByteArray authorization;
    QByteArray contentType;
    QHostAddress peer;
    QStringList params; // path parameters in pattern order
    Principal principal;

    QString param(int i) const { return i < params.size() ? params.at(i) : QString(); }
    QString queryValue(const QString& key) const
    {
        for (const auto& kv : query)
            if (kv.first == key)
                return kv.second;
        return {};
    }
    bool hasQuery(const QString& key) const
    {
        for (const auto& kv : query)
            if (kv.first == key)
                return true;
        return false;
    }
};

// What a handler answers: a status and a body (JSON unless said otherwise).
struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";

    static ApiResponse json(QByteArray b, int s = 200) { return {s, std::move(b), "application/json"}; }
    static ApiResponse empty(int s) { return {s, {}, {}}; }
};

} // namespace ktc::sandbox
