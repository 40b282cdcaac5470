// The transport policy of ApiClient against a scripted network: headers, errors, retries,
// timeouts, cancellation, contexts, redirects, the 401 check, size caps, TLS pinning, logging.
#include "ApiTestHelpers.h"
#include "TestCertificates.h"

#include "api/ApiCall.h"
#include "api/TlsTrust.h"
#include "support/TestMain.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUuid>

using namespace ktc;
using namespace ktc::api;
using namespace ktc::test;
using namespace std::chrono_literals;

namespace {

const QByteArray kMeBody = QByteArrayLiteral(
    R"({"id":"u1","superAdmin":true,"profile":{"email":"alice@acme.com","username":"alice@acme.com"},"tenants":[]})");

class RecordingTrust : public TlsTrust
{
public:
    void reviewCertificate(const TlsChallenge& challenge) override { challenges.append(challenge); }
    QList<TlsChallenge> challenges;
};

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_log.append(message);
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeNetwork> m_net;
    std::unique_ptr<ApiClient> m_client;

    void makeClient(const ConnectionProfile& profile, const QByteArray& secret = "s3cret-pass")
    {
        m_client = std::make_unique<ApiClient>(m_net.get(), profile, SecretString(QByteArray(secret)));
        m_client->setRetryDelays({10ms, 20ms});
    }

    RawCompletion get(const QString& path)
    {
        RawCompletion done;
        m_client->send(ApiRequest::get(path), this, done.callback());
        done.wait();
        return done;
    }

private Q_SLOTS:
    void init()
    {
        m_net = std::make_unique<FakeNetwork>();
        makeClient(basicProfile());
    }
    void cleanup()
    {
        m_client.reset();
        m_net.reset();
    }

    void basicAuthRequestIdAndTimeout()
    {
        m_net->on("GET", QStringLiteral("/api/v1/me"), FakeResponse::ok(kMeBody));
        QCOMPARE(get(QStringLiteral("/api/v1/me")).calls, 1);
        QCOMPARE(get(QStringLiteral("/api/v1/me")).calls, 1);
        QCOMPARE(m_net->requests().size(), 2);
        const FakeRequestRecord first = m_net->requests().at(0);
        QCOMPARE(first.method, QByteArray("GET"));
        QCOMPARE(first.url.toString(), QStringLiteral("http://kestra.test/api/v1/me"));
        QCOMPARE(first.header("Authorization"), "Basic " + QByteArray("alice@acme.com:s3cret-pass").toBase64());
        QCOMPARE(first.header("Accept"), QByteArray("application/json"));
        QCOMPARE(first.transferTimeout, 30000);
        const QByteArray id1 = first.header("X-Request-ID");
        const QByteArray id2 = m_net->requests().at(1).header("X-Request-ID");
        QVERIFY(!QUuid::fromString(QLatin1String(id1)).isNull());
        QVERIFY(id1 != id2);
    }

    void bearerTokenAndBasePath()
    {
        makeClient(tokenProfile(QStringLiteral("https://host.test:8443/kestra/")), "tok-123");
        m_client->setTransferTimeout(5s);
        m_net->on("POST", QStringLiteral("/kestra/api/v1/dev/groups"), FakeResponse::ok(R"({"id":"g1","name":"Ops"})"));
        RawCompletion done;
        m_client->send(ApiRequest::post(ApiRequest::apiPath({QStringLiteral("dev"), QStringLiteral("groups")}),
                                        R"({"name":"Ops"})"),
                       this, done.callback());
        QVERIFY(done.wait());
        QVERIFY(done.result->ok());
        const FakeRequestRecord sent = m_net->lastRequest();
        QCOMPARE(sent.url.toString(), QStringLiteral("https://host.test:8443/kestra/api/v1/dev/groups"));
        QCOMPARE(sent.header("Authorization"), QByteArray("Bearer tok-123"));
        QCOMPARE(sent.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(sent.body, QByteArray(R"({"name":"Ops"})"));
        QCOMPARE(sent.transferTimeout, 5000);
    }

    void errorKinds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("403") << 403 << int(ApiError::Kind::Forbidden)
                             << QStringLiteral("The server answered 403 Forbidden to POST /api/v1/dev/groups: Forbidden");
        QTest::newRow("404") << 404 << int(ApiError::Kind::NotFound)
                             << QStringLiteral("The server answered 404 Not Found to POST /api/v1/dev/groups: Group not found");
        QTest::newRow("409") << 409 << int(ApiError::Kind::Conflict)
                             << QStringLiteral("The server answered 409 Conflict to POST /api/v1/dev/groups: a group with this name already exists");
        QTest::newRow("422") << 422 << int(ApiError::Kind::Validation)
                             << QStringLiteral("The server answered 422 Unprocessable Entity to POST /api/v1/dev/groups: Invalid entity (name: must not be blank)");
        QTest::newRow("500") << 500 << int(ApiError::Kind::Server)
                             << QStringLiteral("The server answered 500 Internal Server Error to POST /api/v1/dev/groups: boom");
    }
    void errorKinds()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(QString, message);
        const QString serverText = status == 403 ? QStringLiteral("Forbidden")
                                   : status == 404 ? QStringLiteral("Group not found")
                                   : status == 409 ? QStringLiteral("a group with this name already exists")
                                   : status == 422 ? QStringLiteral("Invalid entity")
                                                   : QStringLiteral("boom");
        QList<QPair<QString, QString>> fields;
        if (status == 422)
            fields.emplaceBack(QStringLiteral("name"), QStringLiteral("must not be blank"));
        m_net->on("POST", QStringLiteral("/api/v1/dev/groups"), FakeResponse::error(status, serverText, fields));
        RawCompletion done;
        m_client->send(ApiRequest::post(QStringLiteral("/api/v1/dev/groups"), "{}"), this, done.callback());
        QVERIFY(done.wait());
        QVERIFY(!done.result->ok());
        QCOMPARE(int(done.error().kind()), kind);
        QCOMPARE(done.error().status(), status);
        QCOMPARE(done.error().message(), message);
        if (status == 422) {
            QCOMPARE(done.error().fieldErrors().size(), 1);
            QCOMPARE(done.error().fieldErrors().first().path, QStringLiteral("name"));
        }
        QCOMPARE(m_net->requests().size(), 1); // POST and non-5xx: never retried
    }

    void getOn503RetriedExactlyTwice()
    {
        m_net->on("GET", QStringLiteral("/api/v1/tenants/search"), FakeResponse::error(503, QStringLiteral("busy")));
        const RawCompletion done = get(QStringLiteral("/api/v1/tenants/search"));
        QCOMPARE(done.calls, 1);
        QCOMPARE(done.error().kind(), ApiError::Kind::Server);
        QCOMPARE(done.error().status(), 503);
        QCOMPARE(m_net->requests().size(), 3);
        QTest::qWait(100);
        QCOMPARE(m_net->requests().size(), 3);
        QCOMPARE(done.calls, 1);
    }

    void getRetriedOnDroppedConnectionThenSucceeds()
    {
        m_net->on("GET", QStringLiteral("/api/v1/me"), FakeResponse::dropped());
        m_net->on("GET", QStringLiteral("/api/v1/me"), FakeResponse::error(502, QStringLiteral("bad gateway")));
        m_net->on("GET", QStringLiteral("/api/v1/me"), FakeResponse::ok(kMeBody));
        const RawCompletion done = get(QStringLiteral("/api/v1/me"));
        QVERIFY(done.result->ok());
        QCOMPARE(m_net->requests().size(), 3);
        // every attempt gets its own request id
        QVERIFY(m_net->requests().at(0).header("X-Request-ID") != m_net->requests().at(1).header("X-Request-ID"));
    }

    void droppedConnectionIsNetworkError()
    {
        m_net->on("GET", QStringLiteral("/api/v1/me"), FakeResponse::dropped());
        const RawCompletion done = get(QStringLiteral("/api/v1/me"));
        QCOMPARE(done.error().kind(), ApiError::Kind::Network);
        QVERIFY2(done.error().message().startsWith(QStringLiteral("Could not reach the server for GET /api/v1/me")),
                 qPrintable(done.error().message()));
        QCOMPARE(m_net->requests().size(), 3);
    }

    void postNeverRetried()
    {
        m_net->on("POST", QStringLiteral("/api/v1/tenants"), FakeResponse::error(503, QStringLiteral("busy")));
        m_net->on("PUT", QStringLiteral("/api/v1/tenants/t"), FakeResponse::dropped());
        RawCompletion post;
        m_client->send(ApiRequest::post(QStringLiteral("/api/v1/tenants"), "{}"), this, post.callback());
        QVERIFY(post.wait());
        RawCompletion put;
        m_client->send(ApiRequest::put(QStringLiteral("/api/v1/tenants/t"), "{}"), this, put.callback());
        QVERIFY(put.wait());
        QTest::qWait(80);
        QCOMPARE(post.error().kind(), ApiError::Kind::Server);
        QCOMPARE(put.error().kind(), ApiError::Kind::Network);
        QCOMPARE(m_net->count("POST", QStringLiteral(".*")), 1);
        QCOMPARE(m_net->count("PUT", QStringLiteral(".*")), 1);
    }

    void otherStatusesNeverRetried()
    {
        m_net->on("GET", QStringLiteral("/api/v1/x"), FakeResponse::error(500, QStringLiteral("boom")));
        QCOMPARE(get(QStringLiteral("/api/v1/x")).error().kind(), ApiError::Kind::Server);
        QCOMPARE(m_net->requests().size(), 1);
    }

    void timeout()
    {
        m_client->setTransferTimeout(100ms);
        m_net->on("GET", QStringLiteral("/api/v1/me"), FakeResponse::hang());
        const RawCompletion done = get(QStringLiteral("/api/v1/me"));
        QCOMPARE(done.calls, 1);
        QCOMPARE(done.error().kind(), ApiError::Kind::Timeout);
        QCOMPARE(m_net->requests().size(), 1); // a timeout is not retried
        QVERIFY(done.error().message().contains(QStringLiteral("did not answer GET /api/v1/me in time")));
    }

    void cancelCompletesExactlyOnce()
    {
        m_net->on("GET", QStringLiteral("/api/v1/me"), FakeResponse::ok(kMeBody).delayed(50));
        RawCompletion done;
        QSignalSpy activity(m_client.get(), &ApiClient::activityChanged);
        const RequestId id = m_client->send(ApiRequest::get(QStringLiteral("/api/v1/me")), this, done.callback());
        QCOMPARE(m_client->requestsInFlight(), 1);
        m_client->cancel(id);
        QCOMPARE(done.calls, 1); // synchronously
        QCOMPARE(done.error().kind(), ApiError::Kind::Cancelled);
        QCOMPARE(done.error().message(), QStringLiteral("GET /api/v1/me was cancelled."));
        m_client->cancel(id); // twice: nothing
        QTest::qWait(150);    // the late reply would have arrived by now
        QCOMPARE(done.calls, 1);
        QCOMPARE(m_client->requestsInFlight(), 0);
        QCOMPARE(m_net->openReplies(), 0);
        QCOMPARE(m_net->abortedReplies(), 1);
        QCOMPARE(activity.size(), 2);
        QCOMPARE(activity.last().first().toInt(), 0);
    }

    void cancelDuringRetryWait()
    {
        m_client->setRetryDelays({200ms, 200ms});
        m_net->on("GET", QStringLiteral("/api/v1/me"), FakeResponse::error(503, QStringLiteral("busy")));
        RawCompletion done;
        const RequestId id = m_client->send(ApiRequest::get(QStringLiteral("/api/v1/me")), this, done.callback());
        QTRY_COMPARE(m_net->requests().size(), 1);
        QTest::qWait(30);
        m_client->cancel(id);
        QTest::qWait(400);
        QCOMPARE(done.calls, 1);
        QCOMPARE(done.error().kind(), ApiError::Kind::Cancelled);
        QCOMPARE(m_net->requests().size(), 1);
    }

    void destroyedContextIsNeverCalled()
    {
        m_net->on("GET", QStringLiteral("/api/v1/me"), FakeResponse::ok(kMeBody).delayed(50));
        int calls = 0;
        auto* page = new QObject;
        m_client->send(ApiRequest::get(QStringLiteral("/api/v1/me")), page,
                       [&calls](const ApiResult<ApiResponse>&) { ++calls; });
        delete page;
        QCOMPARE(m_client->requestsInFlight(), 0);
        QTest::qWait(150);
        QCOMPARE(calls, 0);
        QCOMPARE(m_net->openReplies(), 0);
    }

    void clientDestroyedWithRequestsInFlight()
    {
        m_net->on("GET", QStringLiteral("/api/v1/me"), FakeResponse::ok(kMeBody).delayed(30));
        int calls = 0;
        m_client->send(ApiRequest::get(QStringLiteral("/api/v1/me")), this,
                       [&calls](const ApiResult<ApiResponse>&) { ++calls; });
        m_client.reset();
        QTest::qWait(100);
        QCOMPARE(calls, 0);
    }

    void redirectToAnotherHostRefused()
    {
        m_net->on("GET", QStringLiteral("/api/v1/me"), FakeResponse::redirect(QUrl(QStringLiteral("http://evil.test/api/v1/me"))));
        const RawCompletion done = get(QStringLiteral("/api/v1/me"));
        QCOMPARE(done.calls, 1);
        QCOMPARE(done.error().kind(), ApiError::Kind::Network);
        QVERIFY2(done.error().message().contains(QStringLiteral("evil.test")), qPrintable(done.error().message()));
        QCOMPARE(m_net->requests().size(), 1);
        QCOMPARE(m_net->openReplies(), 0);
    }

    void redirectHttpsToHttpRefused()
    {
        makeClient(basicProfile(QStringLiteral("https://kestra.test")));
        m_net->on("GET", QStringLiteral("/api/v1/me"), FakeResponse::redirect(QUrl(QStringLiteral("http://kestra.test/api/v1/me"))));
        QCOMPARE(get(QStringLiteral("/api/v1/me")).error().kind(), ApiError::Kind::Network);
    }

    void redirectOnSameHostFollowed()
    {
        m_net->on("GET", QStringLiteral("/api/v1/me"), FakeResponse::redirect(QUrl(QStringLiteral("/api/v1/me/"))));
        m_net->on("GET", QStringLiteral("/api/v1/me/"), FakeResponse::ok(kMeBody));
        const RawCompletion done = get(QStringLiteral("/api/v1/me"));
        QVERIFY(done.result->ok());
        QCOMPARE(done.result->value().body, kMeBody);
    }

    void unauthorizedBeforeSessionWorked()
    {
        m_net->on("GET", QStringLiteral("/api/v1/configs"), FakeResponse::error(401, QStringLiteral("Unauthorized")));
        QSignalSpy rejected(m_client.get(), &ApiClient::credentialsRejected);
        const RawCompletion done = get(QStringLiteral("/api/v1/configs"));
        QCOMPARE(done.error().kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(done.error().message(), QStringLiteral("The server answered 401 Unauthorized to GET /api/v1/configs: "
                                                        "the server did not accept these credentials"));
        QCOMPARE(m_net->requests().size(), 1); // no /me check
        QCOMPARE(rejected.size(), 0);
    }

    void unauthorizedThenMeAlsoUnauthorized()
    {
        m_net->on("GET", QStringLiteral("/api/v1/me"), FakeResponse::ok(kMeBody));
        m_net->on("GET", QStringLiteral("/api/v1/me"), FakeResponse::error(401, QStringLiteral("Unauthorized")));
        QVERIFY(get(QStringLiteral("/api/v1/me")).result->ok()); // the session works
        QSignalSpy rejected(m_client.get(), &ApiClient::credentialsRejected);
        m_net->on("GET", QStringLiteral("/api/v1/dev/groups/search"), FakeResponse::error(401, QStringLiteral("Unauthorized")));
        RawCompletion a;
        RawCompletion b;
        m_client->send(ApiRequest::get(QStringLiteral("/api/v1/dev/groups/search")), this, a.callback());
        m_client->send(ApiRequest::get(QStringLiteral("/api/v1/dev/groups/search")), this, b.callback());
        QVERIFY(a.wait() && b.wait());
        QCOMPARE(a.error().kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(a.error().message(), QStringLiteral("The server answered 401 Unauthorized to GET /api/v1/dev/groups/search: "
                                                     "your credentials no longer work; sign in again"));
        QCOMPARE(b.error().kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(m_net->count("GET", QStringLiteral("/api/v1/me")), 2); // one session check for both
        QCOMPARE(rejected.size(), 1);
    }

    void unauthorizedButMeWorksMeansUnknownRoute()
    {
        m_net->on("GET", QStringLiteral("/api/v1/me"), FakeResponse::ok(kMeBody));
        QVERIFY(get(QStringLiteral("/api/v1/me")).result->ok());
        QSignalSpy rejected(m_client.get(), &ApiClient::credentialsRejected);
        RawCompletion done; // no rule: the fake answers 401 like Kestra
        m_client->send(ApiRequest::del(QStringLiteral("/api/v1/dev/nothing-here")), this, done.callback());
        QVERIFY(done.wait());
        QCOMPARE(done.error().kind(), ApiError::Kind::NotFound);
        QCOMPARE(done.error().status(), 401);
        QCOMPARE(done.error().message(), QStringLiteral("The server answered 401 Unauthorized to DELETE /api/v1/dev/nothing-here: "
                                                        "this server does not know that route"));
        QCOMPARE(m_net->count("GET", QStringLiteral("/api/v1/me")), 2);
        QCOMPARE(rejected.size(), 0);
    }

    void malformedJsonIsMalformedReply()
    {
        m_net->on("GET", QStringLiteral("/api/v1/me"), FakeResponse::malformed());
        Completion<Me> done;
        sendDecoded<Me>(m_client.get(), ApiRequest::get(QStringLiteral("/api/v1/me")), this, done.callback());
        QVERIFY(done.wait());
        QCOMPARE(done.error().kind(), ApiError::Kind::MalformedReply);
        QVERIFY(done.error().message().startsWith(QStringLiteral("The server's reply to GET /api/v1/me could not be read: ")));
    }

    void wrongShapeIsMalformedReply()
    {
        m_net->on("GET", QStringLiteral("/api/v1/me"), FakeResponse::ok(R"({"id": 42})"));
        Completion<Me> done;
        sendDecoded<Me>(m_client.get(), ApiRequest::get(QStringLiteral("/api/v1/me")), this, done.callback());
        QVERIFY(done.wait());
        QCOMPARE(done.error().kind(), ApiError::Kind::MalformedReply);
    }

    void truncatedIsMalformedReply()
    {
        m_net->on("GET", QStringLiteral("/api/v1/me"), FakeResponse::truncated(kMeBody.left(20), kMeBody.size()));
        const RawCompletion done = get(QStringLiteral("/api/v1/me"));
        QCOMPARE(done.error().kind(), ApiError::Kind::MalformedReply);
        QVERIFY2(done.error().message().contains(QStringLiteral("cut short")), qPrintable(done.error().message()));
    }

    void oversizedStopsReading()
    {
        m_client->setMaxReplySize(2 * 1024 * 1024);
        m_net->on("GET", QStringLiteral("/api/v1/users"), FakeResponse::oversized(64LL * 1024 * 1024));
        const RawCompletion done = get(QStringLiteral("/api/v1/users"));
        QCOMPARE(done.error().kind(), ApiError::Kind::MalformedReply);
        QVERIFY(done.error().message().contains(QStringLiteral("larger than 2 MiB")));
        QVERIFY2(m_net->floodBytesServed() <= 4LL * 1024 * 1024, QByteArray::number(m_net->floodBytesServed()));
        QCOMPARE(m_net->openReplies(), 0);
        QCOMPARE(m_net->requests().size(), 1);
    }

    void oversizedAnnouncedRefusedBeforeReading()
    {
        m_net->on("GET", QStringLiteral("/api/v1/users"), FakeResponse::oversized(64LL * 1024 * 1024, true));
        const RawCompletion done = get(QStringLiteral("/api/v1/users"));
        QCOMPARE(done.error().kind(), ApiError::Kind::MalformedReply);
        QVERIFY(done.error().message().contains(QStringLiteral("larger than 32 MiB")));
        QVERIFY(m_net->floodBytesServed() <= 1024 * 1024);
    }

    void activitySignal()
    {
        m_net->on("GET", QStringLiteral("/api/v1/me"), FakeResponse::ok(kMeBody).delayed(20));
        QSignalSpy activity(m_client.get(), &ApiClient::activityChanged);
        RawCompletion a;
        RawCompletion b;
        m_client->send(ApiRequest::get(QStringLiteral("/api/v1/me")), this, a.callback());
        m_client->send(ApiRequest::get(QStringLiteral("/api/v1/me")), this, b.callback());
        QVERIFY(a.wait() && b.wait());
        QList<int> counts;
        for (const QList<QVariant>& args : activity)
            counts.append(args.first().toInt());
        QCOMPARE(counts, (QList<int>{1, 2, 1, 0}));
    }

    void tlsErrorsPinnedExactly()
    {
        const QSslCertificate certA(ktc::test::certificateA());
        const QSslCertificate certB(ktc::test::certificateB());
        QVERIFY(!certA.isNull() && !certB.isNull());
        makeClient(basicProfile(QStringLiteral("https://kestra.test")));
        RecordingTrust trust;
        m_client->setTlsTrust(&trust);
        QSignalSpy saved(m_client.get(), &ApiClient::profileChanged);
        const QList<QSslError> selfSigned{QSslError(QSslError::SelfSignedCertificate, certA)};
        m_net->on("GET", QStringLiteral("/api/v1/me"), FakeResponse::tlsErrors(selfSigned, kMeBody));

        RawCompletion first = get(QStringLiteral("/api/v1/me"));
        QCOMPARE(first.error().kind(), ApiError::Kind::Tls);
        const TlsChallenge challenge = first.error().tlsChallenge();
        QCOMPARE(challenge.sha256, certA.digest(QCryptographicHash::Sha256).toHex());
        QCOMPARE(challenge.errorNames(), QStringList{QStringLiteral("SelfSignedCertificate")});
        QVERIFY(first.error().message().contains(QString::fromLatin1(challenge.sha256)));
        QCOMPARE(trust.challenges.size(), 1);
        QVERIFY(get(QStringLiteral("/api/v1/me")).result->ok() == false);
        QCOMPARE(trust.challenges.size(), 1); // asked once per certificate

        m_client->pinCertificate(challenge);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(m_client->profile().pinnedCertificateSha256, challenge.sha256);
        QCOMPARE(m_client->profile().pinnedErrors, QStringList{QStringLiteral("SelfSignedCertificate")});
        QVERIFY(get(QStringLiteral("/api/v1/me")).result->ok());

        // Another certificate with the same error, or the pinned one with one more error: refused.
        m_net->clearRules();
        m_net->on("GET", QStringLiteral("/api/v1/me"),
                  FakeResponse::tlsErrors({QSslError(QSslError::SelfSignedCertificate, certB)}, kMeBody));
        QCOMPARE(get(QStringLiteral("/api/v1/me")).error().kind(), ApiError::Kind::Tls);
        m_net->clearRules();
        m_net->on("GET", QStringLiteral("/api/v1/me"),
                  FakeResponse::tlsErrors({QSslError(QSslError::SelfSignedCertificate, certA),
                                           QSslError(QSslError::HostNameMismatch, certA)},
                                          kMeBody));
        QCOMPARE(get(QStringLiteral("/api/v1/me")).error().kind(), ApiError::Kind::Tls);
    }

    void secretsNeverLogged()
    {
        g_log.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("ktc.*=true"));
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        m_net->on("GET", QStringLiteral("/api/v1/me"), FakeResponse::ok(kMeBody));
        m_net->on("POST", QStringLiteral("/api/v1/me/api-tokens"),
                  FakeResponse::ok(R"({"id":"t1","name":"ci","fullToken":"kestra_tok_SECRETVALUE"})"));
        get(QStringLiteral("/api/v1/me"));
        Completion<CreatedApiToken> created;
        sendDecoded<CreatedApiToken>(m_client.get(), ApiRequest::post(QStringLiteral("/api/v1/me/api-tokens"), R"({"name":"ci"})"),
                                     this, created.callback());
        QVERIFY(created.wait());
        get(QStringLiteral("/api/v1/unknown")); // 401 + /me check
        makeClient(tokenProfile(), "tok-SECRET-bearer");
        m_net->on("GET", QStringLiteral("/api/v1/configs"), FakeResponse::error(503, QStringLiteral("busy")));
        get(QStringLiteral("/api/v1/configs"));
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        const QString all = g_log.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("/api/v1/me")), qPrintable(all)); // logging did happen
        QVERIFY2(all.contains(QStringLiteral("503")), qPrintable(all));
        QVERIFY(created.result->ok());
        QCOMPARE(created.result->value().fullToken.utf8(), QByteArray("kestra_tok_SECRETVALUE"));
        for (const QString& secret : {QStringLiteral("s3cret-pass"), QStringLiteral("kestra_tok_SECRETVALUE"),
                                      QStringLiteral("tok-SECRET-bearer"), QStringLiteral("Authorization"),
                                      QString::fromLatin1(QByteArray("alice@acme.com:s3cret-pass").toBase64())}) {
            QVERIFY2(!all.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
        }
    }
};

KTC_TEST_MAIN(TestApiClient)
#include "tst_ApiClient.moc"
