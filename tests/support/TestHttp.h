#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ktc::test {

class SpecValidator;

// Credentials for one TestHttp request: none, HTTP Basic, or a Bearer token.
struct TestAuth
{
    enum class Kind { None, Basic, Bearer };
    Kind kind = Kind::None;
    QString user;   // Basic only
    QString secret; // password (Basic) or token (Bearer); never printed

    static TestAuth none() { return {}; }
    static TestAuth basic(const QString& user, const QString& password) { return {Kind::Basic, user, password}; }
    static TestAuth bearer(const QString& token) { return {Kind::Bearer, {}, token}; }
};

// What one TestHttp request got back.
struct HttpResult
{
    QByteArray method;
    QString path;          // as requested, with its query
    int status = 0;        // 0: no HTTP answer (see error)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false;
    // With TestHttp::setSpecValidator(): what the spec says about this exchange; empty = fine.
    QString specError;

    QByteArray header(const QByteArray& name) const; // case-insensitive, first match
    bool isJson() const;                            // the body parses as JSON
    QJsonObject object() const;                     // the body as a JSON object ({} if not one)
    QJsonArray array() const;                       // the body as a JSON array ([] if not one)
    QJsonArray results() const { return object().value(QLatin1String("results")).toArray(); }
    qint64 total() const { return qint64(object().value(QLatin1String("total")).toDouble(-1)); }
    // "GET /path -> 200: <body start>" for failure messages (no credentials in it).
    QString describe() const;
};

// A tiny synchronous HTTP client FOR TESTS ONLY: QNetworkAccessManager plus a local event loop
// with a timeout. No proxy, no redirects followed, no cookies kept between requests.
//
//     TestHttp http(sandbox.baseUrl(), TestAuth::basic(email, password));
//     const HttpResult r = http.get("/api/v1/me");
//     QCOMPARE(r.status, 200);
//
// With setSpecValidator(), every response (except /_sandbox/...) is checked against the vendor's
// spec: the operation must exist, the status must be declared (or be an error with a JsonError
// body), the body must validate, and so must the JSON request body. The problems go into
// HttpResult::specError and are collected in specViolations().
class TestHttp
{
public:
    explicit TestHttp(const QUrl& baseUrl = {}, const TestAuth& defaultAuth = {}, int timeoutMs = 20000);

    void setBaseUrl(const QUrl& baseUrl) { m_baseUrl = baseUrl; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setDefaultAuth(const TestAuth& auth) { m_defaultAuth = auth; }
    TestAuth defaultAuth() const { return m_defaultAuth; }
    void setTimeout(int timeoutMs) { m_timeoutMs = timeoutMs; }
    void setSpecValidator(const SpecValidator* validator) { m_validator = validator; }
    QStringList specViolations() const { return m_violations; }

    // pathOrUrl: "/api/v1/x?page=2" (joined to the base URL) or an absolute URL.
    // A non-empty body is sent with contentType.
    HttpResult request(const QByteArray& method, const QString& pathOrUrl, const QByteArray& body = {},
                       const TestAuth* auth = nullptr,
                       const QByteArray& contentType = QByteArrayLiteral("application/json"));

    HttpResult get(const QString& path, const TestAuth* auth = nullptr) { return request("GET", path, {}, auth); }
    HttpResult del(const QString& path, const TestAuth* auth = nullptr) { return request("DELETE", path, {}, auth); }
    HttpResult post(const QString& path, const QJsonValue& json, const TestAuth* auth = nullptr);
    HttpResult put(const QString& path, const QJsonValue& json, const TestAuth* auth = nullptr);
    HttpResult patch(const QString& path, const QJsonValue& json, const TestAuth* auth = nullptr);

    // The URL a path resolves to (path and query kept as given, percent-encoding tolerated).
    QUrl urlFor(const QString& pathOrUrl) const;
    // Compact JSON bytes of an object or array.
    static QByteArray toJson(const QJsonValue& json);

private:
    QString checkAgainstSpec(const HttpResult& result, const QByteArray& requestBody,
                             const QByteArray& contentType) const;

    QNetworkAccessManager m_nam;
    QUrl m_baseUrl;
    TestAuth m_defaultAuth;
    int m_timeoutMs;
    const SpecValidator* m_validator = nullptr;
    QStringList m_violations;
};

} // namespace ktc::test
