#include "support/TestHttp.h"

#include "support/SpecValidator.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace ktc::test {

QByteArray HttpResult::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpResult::isJson() const
{
    QJsonParseError parseError;
    QJsonDocument::fromJson(body, &parseError);
    return parseError.error == QJsonParseError::NoError;
}

QJsonObject HttpResult::object() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray HttpResult::array() const
{
    return QJsonDocument::fromJson(body).array();
}

QString HttpResult::describe() const
{
    QString text = QString::fromLatin1(method) + QLatin1Char(' ') + path + QStringLiteral(" -> ");
    if (timedOut)
        text += QStringLiteral("timed out");
    else if (status == 0)
        text += QStringLiteral("no answer (") + errorString + QLatin1Char(')');
    else
        text += QString::number(status);
    if (!body.isEmpty())
        text += QStringLiteral(": ") + QString::fromUtf8(body.left(400));
    if (!specError.isEmpty())
        text += QStringLiteral("\n  spec: ") + specError;
    return text;
}

TestHttp::TestHttp(const QUrl& baseUrl, const TestAuth& defaultAuth, int timeoutMs)
    : m_baseUrl(baseUrl)
    , m_defaultAuth(defaultAuth)
    , m_timeoutMs(timeoutMs)
{
    m_nam.setProxy(QNetworkProxy::NoProxy);
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QUrl TestHttp::urlFor(const QString& pathOrUrl) const
{
    if (pathOrUrl.contains(QLatin1String("://")))
        return QUrl(pathOrUrl, QUrl::TolerantMode);
    QUrl url = m_baseUrl;
    const qsizetype cut = pathOrUrl.indexOf(QLatin1Char('?'));
    url.setPath(cut < 0 ? pathOrUrl : pathOrUrl.left(cut), QUrl::TolerantMode);
    if (cut >= 0)
        url.setQuery(pathOrUrl.mid(cut + 1), QUrl::TolerantMode);
    else
        url.setQuery(QString());
    return url;
}

QByteArray TestHttp::toJson(const QJsonValue& json)
{
    if (json.isArray())
        return QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact);
    if (json.isObject())
        return QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
    if (json.isUndefined())
        return {};
    // A bare scalar: wrap and strip, QJsonDocument has no scalar form.
    QByteArray wrapped = QJsonDocument(QJsonArray{json}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

HttpResult TestHttp::post(const QString& path, const QJsonValue& json, const TestAuth* auth)
{
    return request("POST", path, toJson(json), auth);
}

HttpResult TestHttp::put(const QString& path, const QJsonValue& json, const TestAuth* auth)
{
    return request("PUT", path, toJson(json), auth);
}

HttpResult TestHttp::patch(const QString& path, const QJsonValue& json, const TestAuth* auth)
{
    return request("PATCH", path, toJson(json), auth);
}

HttpResult TestHttp::request(const QByteArray& method, const QString& pathOrUrl, const QByteArray& body,
                             const TestAuth* auth, const QByteArray& contentType)
{
    HttpResult result;
    result.method = method;
    result.path = pathOrUrl;

    QNetworkRequest request(urlFor(pathOrUrl));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    const TestAuth& credentials = auth ? *auth : m_defaultAuth;
    if (credentials.kind == TestAuth::Kind::Basic) {
        const QByteArray pair = credentials.user.toUtf8() + ':' + credentials.secret.toUtf8();
        request.setRawHeader("Authorization", "Basic " + pair.toBase64());
    } else if (credentials.kind == TestAuth::Kind::Bearer) {
        request.setRawHeader("Authorization", "Bearer " + credentials.secret.toUtf8());
    }

    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) {
        result.timedOut = true;
        reply->abort();
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.error = reply->error();
    result.errorString = reply->errorString();
    delete reply;

    if (m_validator && result.status != 0) {
        result.specError = checkAgainstSpec(result, body, contentType);
        if (!result.specError.isEmpty())
            m_violations << result.specError;
    }
    return result;
}

QString TestHttp::checkAgainstSpec(const HttpResult& result, const QByteArray& requestBody,
                                   const QByteArray& contentType) const
{
    const QString path = urlFor(result.path).path(QUrl::FullyEncoded);
    if (path.startsWith(QLatin1String("/_sandbox/")))
        return {}; // the sandbox's own control routes are not part of the vendor's API
    const QString method = QString::fromLatin1(result.method);
    QStringList problems;
    if (!m_validator->hasOperation(method, path)) {
        problems << QStringLiteral("no operation ") + method + QLatin1Char(' ') + path + QStringLiteral(" in the spec");
    } else {
        if (contentType == "application/json") {
            const QString requestError = m_validator->validateRequest(method, path, requestBody);
            if (!requestError.isEmpty())
                problems << requestError;
        }
        const QString responseError = result.status >= 400
                                          ? m_validator->validateErrorResponse(method, path, result.status, result.body)
                                          : m_validator->validateResponse(method, path, result.status, result.body);
        if (!responseError.isEmpty())
            problems << responseError;
    }
    return problems.join(QLatin1Char('\n'));
}

} // namespace ktc::test
