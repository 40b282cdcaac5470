// The models end to end: family API fetchers (GroupsApi, TenantAccessApi, MeApi) over the real
// ApiClient and codecs, against a scripted FakeNetwork. Proves the query that goes out, the
// decoded rows that come back, errors, the abort of superseded requests, and a model destroyed
// while its request is in flight.
#include "api/ApiClient.h"
#include "api/GroupsApi.h"
#include "api/MeApi.h"
#include "api/TenantAccessApi.h"
#include "models/ApiTokenModel.h"
#include "models/GroupListModel.h"
#include "models/UserListModel.h"
#include "support/FakeNetwork.h"
#include "support/TestMain.h"

#include <QAbstractItemModelTester>
#include <memory>

using namespace ktc;
using namespace ktc::models;
using namespace ktc::test;
using namespace std::chrono_literals;

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto kFatal = Tester::FailureReportingMode::Fatal;
const QString kGroupsSearch = QStringLiteral("/api/v1/dev/groups/search");

ConnectionProfile profile()
{
    ConnectionProfile p;
    p.id = QStringLiteral("p1");
    p.name = QStringLiteral("Test");
    p.serverUrl = QUrl(QStringLiteral("http://kestra.test"));
    p.authKind = ConnectionProfile::AuthKind::Basic;
    p.userName = QStringLiteral("admin@acme.com");
    return p;
}

QByteArray groupsPage(int first, int count, int total)
{
    QByteArray results;
    for (int i = first; i < first + count; ++i) {
        if (!results.isEmpty())
            results += ',';
        results
            += QStringLiteral(R"({"id":"g%1","name":"Group %1","description":"Team %1"})").arg(i).toUtf8();
    }
    return "{\"results\":[" + results + "],\"total\":" + QByteArray::number(total) + "}";
}

// How a tenant page builds its model's fetcher from a family API.
GroupListModel::Fetcher groupsOf(const api::GroupsApi& groups, const QString& tenant)
{
    return [&groups, tenant](
               const api::PageQuery& query, QObject* context, api::ApiCallback<Page<GroupSummary>> done) {
        return groups.search(tenant, query, context, std::move(done));
    };
}

} // namespace

class TestModelsOverApiClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeNetwork> m_net;
    std::unique_ptr<api::ApiClient> m_client;

private Q_SLOTS:
    void init()
    {
        m_net = std::make_unique<FakeNetwork>();
        m_client = std::make_unique<api::ApiClient>(m_net.get(), profile(), SecretString(QByteArray("pw")));
        m_client->setRetryDelays({ 1ms, 1ms });
    }
    void cleanup()
    {
        m_client.reset();
        m_net.reset();
    }

    void pagesSortAndSearchGoOutAndRowsComeBack()
    {
        m_net->on("GET", kGroupsSearch, FakeResponse::ok(groupsPage(1, 2, 3)));
        m_net->on("GET", kGroupsSearch, FakeResponse::ok(groupsPage(3, 1, 3)));
        const api::GroupsApi groups(m_client.get());
        GroupListModel model;
        Tester tester(&model, kFatal);
        model.setPageSize(2);
        model.sort(GroupListModel::Name, Qt::DescendingOrder);
        model.setSearchText(QStringLiteral("team"));
        model.setFetcher(
            groupsOf(groups, QStringLiteral("dev")), PagedModelBase::cancellerFor(m_client.get()));

        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.state(), PagedModelBase::State::Idle);
        QCOMPARE(model.total(), 3);
        QCOMPARE(model.itemAt(1).description, QStringLiteral("Team 2"));
        QCOMPARE(m_net->requests().size(), 1);
        const QString sent = m_net->lastRequest().query();
        QVERIFY2(sent.contains(QStringLiteral("page=1")), qPrintable(sent));
        QVERIFY2(sent.contains(QStringLiteral("size=2")), qPrintable(sent));
        QVERIFY2(sent.contains(QStringLiteral("sort=name:desc"))
                || sent.contains(QStringLiteral("sort=name%3Adesc")),
            qPrintable(sent));
        QVERIFY2(sent.contains(QStringLiteral("filters%5Bq%5D%5BEQUALS%5D=team")), qPrintable(sent));

        model.fetchMore({});
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(m_net->requests().size(), 2);
        QVERIFY(m_net->lastRequest().query().contains(QStringLiteral("page=2")));
        QVERIFY(!model.canFetchMore({}));
    }

    void serverErrorThenRetry()
    {
        m_net->on(
            "GET", kGroupsSearch, FakeResponse::error(403, QStringLiteral("Missing GROUP:LIST permission")));
        m_net->on("GET", kGroupsSearch, FakeResponse::ok(groupsPage(1, 1, 1)));
        const api::GroupsApi groups(m_client.get());
        GroupListModel model;
        Tester tester(&model, kFatal);
        model.setFetcher(
            groupsOf(groups, QStringLiteral("dev")), PagedModelBase::cancellerFor(m_client.get()));
        QTRY_COMPARE(model.state(), PagedModelBase::State::Error);
        QCOMPARE(model.error()->kind(), api::ApiError::Kind::Forbidden);
        QVERIFY2(model.errorMessage().contains(QStringLiteral("Missing GROUP:LIST permission")),
            qPrintable(model.errorMessage()));
        model.retry();
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.state(), PagedModelBase::State::Idle);
    }

    void malformedReplyIsAnError()
    {
        m_net->on("GET", kGroupsSearch, FakeResponse::ok(R"({"results":[{"id":"g1","name":7}],"total":1})"));
        const api::GroupsApi groups(m_client.get());
        GroupListModel model;
        Tester tester(&model, kFatal);
        model.setFetcher(groupsOf(groups, QStringLiteral("dev")));
        QTRY_COMPARE(model.state(), PagedModelBase::State::Error);
        QCOMPARE(model.error()->kind(), api::ApiError::Kind::MalformedReply);
        QCOMPARE(model.rowCount(), 0);
    }

    void supersededRequestIsAbortedAndNeverShown()
    {
        m_net->on("GET", kGroupsSearch, FakeResponse::ok(groupsPage(1, 2, 2)).delayed(300));
        m_net->on("GET", kGroupsSearch, FakeResponse::ok(groupsPage(7, 1, 1)));
        const api::GroupsApi groups(m_client.get());
        GroupListModel model;
        Tester tester(&model, kFatal);
        model.setFetcher(
            groupsOf(groups, QStringLiteral("dev")), PagedModelBase::cancellerFor(m_client.get()));
        QTRY_COMPARE(m_net->openReplies(), 1);
        model.setSearchText(QStringLiteral("seven"));
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.itemAt(0).id, QStringLiteral("g7"));
        QCOMPARE(m_net->abortedReplies(), 1);
        QTest::qWait(400); // past the first reply's delay: nothing more arrives
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.state(), PagedModelBase::State::Idle);
        QCOMPARE(m_client->requestsInFlight(), 0);
    }

    void tenantChangeWithoutCancellerStillDropsTheOldTenantsReply()
    {
        m_net->on("GET", kGroupsSearch, FakeResponse::ok(groupsPage(1, 2, 2)).delayed(200));
        m_net->on("GET", QStringLiteral("/api/v1/prod/groups/search"), FakeResponse::ok(groupsPage(5, 1, 1)));
        const api::GroupsApi groups(m_client.get());
        GroupListModel model;
        Tester tester(&model, kFatal);
        model.setFetcher(groupsOf(groups, QStringLiteral("dev")));
        model.setFetcher(groupsOf(groups, QStringLiteral("prod")));
        QTRY_COMPARE(model.rowCount(), 1);
        QTRY_COMPARE(m_client->requestsInFlight(), 0); // dev's reply came and was dropped
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.itemAt(0).id, QStringLiteral("g5"));
    }

    void modelDestroyedWithARequestInFlight()
    {
        m_net->on("GET", kGroupsSearch, FakeResponse::ok(groupsPage(1, 2, 2)).delayed(100));
        const api::GroupsApi groups(m_client.get());
        auto model = std::make_unique<GroupListModel>();
        {
            Tester tester(model.get(), kFatal);
            model->setFetcher(
                groupsOf(groups, QStringLiteral("dev")), PagedModelBase::cancellerFor(m_client.get()));
            QTRY_COMPARE(m_net->openReplies(), 1);
        }
        model.reset();
        QTRY_COMPARE(m_client->requestsInFlight(), 0);
        QTest::qWait(200);
        QCOMPARE(m_net->openReplies(), 0);
        QCOMPARE(m_net->abortedReplies(), 1);
    }

    void tenantUsersDecodeIntoTheUserModel()
    {
        m_net->on("GET", QStringLiteral("/api/v1/dev/tenant-access"),
            FakeResponse::ok(
                R"({"results":[{"id":"u1","username":"alice@acme.com","displayName":"Alice Liddell",)"
                R"("groups":[{"id":"g1","name":"Admins","external":true}],)"
                R"("auths":[{"name":"Okta","type":"OIDC"}]}],"total":1})"));
        const api::TenantAccessApi access(m_client.get());
        UserListModel model;
        Tester tester(&model, kFatal);
        model.setFetcher([&access](const api::PageQuery& query, QObject* context,
                             api::ApiCallback<Page<TenantAccessUser>> done) {
            return access.list(QStringLiteral("dev"), query, context, std::move(done));
        });
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(
            model.index(0, UserListModel::DisplayName).data().toString(), QStringLiteral("Alice Liddell"));
        QCOMPARE(model.index(0, UserListModel::Groups).data().toString(), QStringLiteral("Admins"));
        QCOMPARE(model.index(0, UserListModel::Authentication).data().toString(), QStringLiteral("Okta"));
    }

    void ownTokensThroughMeApi()
    {
        m_net->on("GET", QStringLiteral("/api/v1/me/api-tokens"),
            FakeResponse::ok(R"({"results":[{"id":"t1","name":"ci","description":"CI","prefix":"kst_ab",)"
                             R"("iat":"2026-03-01T09:30:00Z","extended":true,"expired":false}],"total":1})"));
        const api::MeApi me(m_client.get());
        ApiTokenModel model;
        Tester tester(&model, kFatal);
        model.setTokenFetcher(
            [&me](QObject* context, api::ApiCallback<ApiTokenList> done) {
                return me.listTokens(context, std::move(done));
            },
            PagedModelBase::cancellerFor(m_client.get()));
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ApiTokenModel::Prefix).data().toString(), QStringLiteral("kst_ab"));
        QCOMPARE(model.index(0, ApiTokenModel::Expires).data().toString(), QStringLiteral("Never"));
        QCOMPARE(model.index(0, ApiTokenModel::Issued).data(PagedModelBase::RawValueRole).toDateTime(),
            QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC));
        model.reload();
        QTRY_COMPARE(m_net->requests().size(), 2);
        QTRY_COMPARE(model.state(), PagedModelBase::State::Idle);
        QCOMPARE(model.rowCount(), 1);
    }
};

KTC_TEST_MAIN(TestModelsOverApiClient)
#include "tst_ModelsOverApiClient.moc"
