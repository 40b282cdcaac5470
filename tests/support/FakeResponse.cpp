#include "support/FakeResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ktc::test {

FakeResponse FakeResponse::json(int status, const QByteArray& body)
{
    FakeResponse response;
    response.status = status;
    response.body = body;
    response.headers.emplaceBack("Content-Type", "application/json");
    return response;
}

FakeResponse FakeResponse::noContent()
{
    FakeResponse response;
    response.status = 204;
    return response;
}

FakeResponse FakeResponse::error(int status, const QString& message, const QList<QPair<QString, QString>>& fieldErrors)
{
    QJsonObject object{{QStringLiteral("message"), message},
                       {QStringLiteral("_links"), QJsonObject{{QStringLiteral("self"), QJsonObject{{QStringLiteral("href"), QStringLiteral("/x")}}}}}};
    if (!fieldErrors.isEmpty()) {
        QJsonArray errors;
        for (const auto& [path, text] : fieldErrors)
            errors.append(QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("message"), text}});
        object.insert(QStringLiteral("_embedded"), QJsonObject{{QStringLiteral("errors"), errors}});
    }
    return json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

FakeResponse FakeResponse::hang()
{
    FakeResponse response;
    response.mode = Mode::Hang;
    return response;
}

FakeResponse FakeResponse::dropped()
{
    FakeResponse response;
    response.mode = Mode::Drop;
    return response;
}

FakeResponse FakeResponse::truncated(const QByteArray& body, qint64 declaredLength)
{
    FakeResponse response = json(200, body);
    response.mode = Mode::Truncated;
    response.declaredLength = declaredLength;
    return response;
}

FakeResponse FakeResponse::malformed()
{
    return json(200, QByteArrayLiteral("{\"results\": [ {\"id\": \"a\", \"name\": tru"));
}

FakeResponse FakeResponse::oversized(qint64 bytes, bool announce)
{
    FakeResponse response = json(200, {});
    response.mode = Mode::Oversized;
    response.floodBytes = bytes;
    response.announceLength = announce;
    return response;
}

FakeResponse FakeResponse::redirect(const QUrl& target, int status)
{
    FakeResponse response;
    response.mode = Mode::Redirect;
    response.status = status;
    response.redirectTarget = target;
    response.headers.emplaceBack("Location", target.toEncoded());
    return response;
}

FakeResponse FakeResponse::tlsErrors(const QList<QSslError>& errors, const QByteArray& bodyAfter)
{
    FakeResponse response = json(200, bodyAfter);
    response.mode = Mode::SslErrors;
    response.sslErrors = errors;
    return response;
}

} // namespace ktc::test
