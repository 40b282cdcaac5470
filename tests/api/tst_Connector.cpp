// The connect sequence against a scripted network: Enterprise check, /me, where tenants come from.
#include "ApiTestHelpers.h"

#include "api/Connector.h"
#include "support/TestMain.h"

using namespace ktc;
using namespace ktc::api;
using namespace ktc::test;

class TestConnector : public QObject
{
    Q_OBJECT

private:
    Completion<SessionInfo> run(FakeNetwork& net)
    {
        ApiClient client(&net, basicProfile(), SecretString(QByteArray("pw")));
        Connector connector(&client);
        Completion<SessionInfo> done;
        connector.connectToServer(this, done.callback());
        done.wait();
        return done;
    }

private Q_SLOTS:
    void ossServerRefused()
    {
        FakeNetwork net;
        net.on("GET", QStringLiteral("/api/v1/configs"), FakeResponse::ok(R"({"version":"2.0.1","edition":"OSS"})"));
        const auto done = run(net);
        QCOMPARE(done.calls, 1);
        QVERIFY(!done.result->ok());
        QVERIFY2(done.error().message().contains(QStringLiteral("tenant administration needs Kestra Enterprise")),
                 qPrintable(done.error().message()));
        QCOMPARE(net.requests().size(), 1);
    }

    void tenantUserGetsTenantsFromMe()
    {
        FakeNetwork net;
        net.on("GET", QStringLiteral("/api/v1/configs"), FakeResponse::ok(R"({"version":"1.3.4","edition":"EE"})"));
        net.on("GET", QStringLiteral("/api/v1/me"), FakeResponse::ok(
            R"({"id":"u2","superAdmin":false,"profile":{"email":"bob@x.com"},"tenants":[{"id":"dev","name":"Dev"},{"id":"prod","name":"Prod"}]})"));
        const auto done = run(net);
        QVERIFY(done.result->ok());
        const SessionInfo& s = done.result->value();
        QVERIFY(!s.instanceOwner);
        QVERIFY(s.adapter.isLegacy());
        QCOMPARE(s.tenants.size(), 2);
        QCOMPARE(s.tenants.at(1).id, QStringLiteral("prod"));
        QCOMPARE(net.count("GET", QStringLiteral("/api/v1/tenants/search")), 0);
    }

    void instanceOwnerSearchesTenants()
    {
        FakeNetwork net;
        net.on("GET", QStringLiteral("/api/v1/configs"), FakeResponse::ok(R"({"version":"2.0.0","edition":"EE"})"));
        net.on("GET", QStringLiteral("/api/v1/me"), FakeResponse::ok(
            R"({"id":"u1","instanceOwner":true,"profile":{"email":"root@x.com"},"tenants":[]})"));
        net.on("GET", QStringLiteral("/api/v1/tenants/search"), FakeResponse::ok(
            R"({"results":[{"id":"a","name":"A","deleted":false},{"id":"b","name":"B","deleted":false}],"total":2000})"));
        const auto done = run(net);
        QVERIFY2(done.result->ok(), done.result->ok() ? "" : qPrintable(done.error().message()));
        const SessionInfo& s = done.result->value();
        QVERIFY(s.instanceOwner);
        QCOMPARE(s.tenants.size(), 2);
        QCOMPARE(s.tenantsTotal, 2000);
        QCOMPARE(net.lastRequest().query(), QStringLiteral("page=1&size=100&sort=id%3Aasc"));
    }

    void failureOnMeIsReported()
    {
        FakeNetwork net;
        net.on("GET", QStringLiteral("/api/v1/configs"), FakeResponse::ok(R"({"version":"2.0.0","edition":"EE"})"));
        net.on("GET", QStringLiteral("/api/v1/me"), FakeResponse::error(403, QStringLiteral("Forbidden")));
        const auto done = run(net);
        QCOMPARE(done.error().kind(), ApiError::Kind::Forbidden);
    }
};

KTC_TEST_MAIN(TestConnector)
#include "tst_Connector.moc"
