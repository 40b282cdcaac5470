#pragma once

// Shared by the tst_ApiSandbox* suites: the real ApiClient against a kestra-sandbox process.
#include "ApiTestHelpers.h"

#include "api/ApiClient.h"
#include "support/SandboxProcess.h"
#include "support/SpecValidator.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSet>

#include <chrono>
#include <memory>
#include <optional>
#include <utility>

namespace ktc::test {

// A real QNetworkAccessManager that notes every request ApiClient hands it (each retry is a new
// request), so that a test can check them against the vendor's spec and count attempts.
class RecordingNetwork : public QNetworkAccessManager
{
public:
    struct Sent
    {
        QByteArray method;
        QString path; // percent-encoded, no query
        QString query;
        QByteArray body;
    };

    const QList<Sent>& sent() const { return m_sent; }
    // How many requests went out with this method and path.
    int count(const QByteArray& method, const QString& path) const
    {
        int n = 0;
        for (const Sent& s : m_sent)
            n += s.method == method && s.path == path ? 1 : 0;
        return n;
    }
    // Takes the requests recorded so far (the spec check consumes them after each test).
    QList<Sent> takeSent() { return std::exchange(m_sent, {}); }

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* data) override
    {
        Sent s;
        switch (op) {
        case GetOperation: s.method = "GET"; break;
        case PutOperation: s.method = "PUT"; break;
        case PostOperation: s.method = "POST"; break;
        case DeleteOperation: s.method = "DELETE"; break;
        case HeadOperation: s.method = "HEAD"; break;
        default: s.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray(); break;
        }
        s.path = request.url().path(QUrl::FullyEncoded);
        s.query = request.url().query(QUrl::FullyEncoded);
        if (data && !data->isSequential())
            s.body = data->peek(data->size()); // peek: the transport still reads all of it
        m_sent.append(s);
        return QNetworkAccessManager::createRequest(op, request, data);
    }

private:
    QList<Sent> m_sent;
};

// GET /api/v1/instance/worker-groups is not in the trimmed IAM copy of the spec in tests/data;
// it is an operation of the full kestra-ee.yml (2.0, "Worker Groups" tag), checked by hand.
inline bool outsideTrimmedSpec(const QByteArray& method, const QString& path)
{
    return method == "GET" && path == u"/api/v1/instance/worker-groups";
}

// Every recorded request must be an operation of the spec with a body its schema accepts;
// `invalidOnPurpose` ("POST /api/v1/tenants") lists calls whose body a test broke deliberately.
inline QStringList specProblems(const SpecValidator& spec, const QList<RecordingNetwork::Sent>& sent,
                                const QSet<QString>& invalidOnPurpose = {})
{
    QStringList problems;
    for (const RecordingNetwork::Sent& s : sent) {
        const QString method = QString::fromLatin1(s.method);
        const bool bodyMayFail = invalidOnPurpose.contains(method + u' ' + s.path);
        if (outsideTrimmedSpec(s.method, s.path))
            continue;
        if (!spec.hasOperation(method, s.path)) {
            problems << method + u' ' + s.path + QStringLiteral(": not an operation of the spec");
            continue;
        }
        const QString bodyProblem = bodyMayFail ? QString() : spec.validateRequest(method, s.path, s.body);
        if (!bodyProblem.isEmpty())
            problems << method + u' ' + s.path + QStringLiteral(": ") + bodyProblem;
    }
    return problems;
}

// A client of the sandbox: Basic for a user, or Token (Bearer) for an API token.
inline std::unique_ptr<api::ApiClient> basicClient(QNetworkAccessManager* network, const QUrl& baseUrl,
                                                   const QString& email, const QString& password)
{
    ConnectionProfile profile = basicProfile(baseUrl.toString());
    profile.userName = email;
    auto client = std::make_unique<api::ApiClient>(network, profile, SecretString(password));
    client->setRetryDelays({std::chrono::milliseconds(30), std::chrono::milliseconds(30)});
    return client;
}

inline std::unique_ptr<api::ApiClient> tokenClient(QNetworkAccessManager* network, const QUrl& baseUrl,
                                                   const SecretString& token)
{
    auto client = std::make_unique<api::ApiClient>(network, tokenProfile(baseUrl.toString()), token);
    client->setRetryDelays({std::chrono::milliseconds(30), std::chrono::milliseconds(30)});
    return client;
}

// The completion of one call and how many times it came.
template <class T>
struct Awaited
{
    int calls = 0;
    std::optional<api::ApiResult<T>> result;

    bool ok() const { return calls == 1 && result && result->ok(); }
    bool failed() const { return calls == 1 && result && !result->ok(); }
    const T& value() const { return result->value(); }
    const api::ApiError& error() const { return result->error(); }
    QString describe(const char* call) const
    {
        QString text = QString::fromUtf8(call) + QStringLiteral(": ");
        if (calls != 1)
            return text + QStringLiteral("%1 completions").arg(calls);
        if (result->ok())
            return text + QStringLiteral("succeeded");
        return text + api::ApiError::kindName(result->error().kind()) + QStringLiteral(": ")
               + result->error().message();
    }
};

// Starts a call with a fresh context and a callback, and waits for its completion. The context
// dies on return, so a call that did not finish in time can never call back into a dead frame.
template <class T, class Start>
Awaited<T> await(Start&& start, int timeoutMs = 60000)
{
    Completion<T> done;
    QObject context;
    start(&context, done.callback());
    [[maybe_unused]] const bool done_ = QTest::qWaitFor([&done] { return done.calls > 0; }, timeoutMs);
    // a second completion would come right after the first: give it the chance to show
    QTest::qWait(0);
    return Awaited<T>{done.calls, done.result};
}

// Reads the sandbox's access log (one JSON object per line: method, path, status...).
struct AccessLogLine
{
    QByteArray method;
    QString path;
    int status = 0;
};

inline QList<AccessLogLine> readAccessLog(const QString& file)
{
    QList<AccessLogLine> lines;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return lines;
    while (!f.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        if (o.isEmpty())
            continue;
        lines.append({o.value(QStringLiteral("method")).toString().toLatin1(), o.value(QStringLiteral("path")).toString(),
                      o.value(QStringLiteral("status")).toInt()});
    }
    return lines;
}

} // namespace ktc::test

// Awaits `__VA_ARGS__` (a call using `ctx` and `cb`) and requires success; `var` is the value.
#define KTC_AWAIT_OK(T, var, ...)                                                                  \
    const auto var##Awaited = ::ktc::test::await<T>(                                               \
        [&](QObject* ctx, ::ktc::api::ApiCallback<T> cb) { __VA_ARGS__; });                        \
    QVERIFY2(var##Awaited.ok(), qPrintable(var##Awaited.describe(#__VA_ARGS__)));                  \
    [[maybe_unused]] const T& var = var##Awaited.value()

// Awaits `__VA_ARGS__` and requires exactly one failed completion; `err` is the ApiError.
#define KTC_AWAIT_FAIL(T, err, ...)                                                                \
    const auto err##Awaited = ::ktc::test::await<T>(                                               \
        [&](QObject* ctx, ::ktc::api::ApiCallback<T> cb) { __VA_ARGS__; });                        \
    QVERIFY2(err##Awaited.failed(), qPrintable(err##Awaited.describe(#__VA_ARGS__)));              \
    [[maybe_unused]] const ::ktc::api::ApiError& err = err##Awaited.error()
