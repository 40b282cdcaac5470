// Request building of every endpoint family without a network: method, path, query, body,
// checked against the vendor spec (SpecValidator), plus the 1.3/2.0 adapter differences.
#include "api/BindingsApi.h"
#include "api/GroupsApi.h"
#include "api/InvitationsApi.h"
#include "api/MeApi.h"
#include "api/RolesApi.h"
#include "api/ServerApi.h"
#include "api/ServiceAccountTokensApi.h"
#include "api/ServiceAccountsApi.h"
#include "api/TenantAccessApi.h"
#include "api/TenantsApi.h"
#include "api/UserTokensApi.h"
#include "api/UsersApi.h"
#include "api/WorkerGroupsApi.h"
#include "support/SpecValidator.h"
#include "support/TestMain.h"

Q_DECLARE_METATYPE(ktc::api::ApiRequest)

using namespace ktc;
using namespace ktc::api;

namespace {
QString line(const ApiRequest& r)
{
    const QString query = r.encodedQuery();
    return QString::fromLatin1(r.method) + u' ' + r.path + (query.isEmpty() ? QString() : u'?' + query);
}
} // namespace

class TestApiRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageQueryEncoding()
    {
        PageQuery query;
        query.page = 3;
        query.size = 50;
        query.addSort(QStringLiteral("name")).addSort(QStringLiteral("id"), false);
        query.setText(QStringLiteral("a+b@x.com & co"));
        query.addFilter(QStringLiteral("type"), QStringLiteral("IN"), QStringLiteral("USER,GROUP"));
        QCOMPARE(query.toUrlQuery().toString(QUrl::FullyEncoded),
                 QStringLiteral("page=3&size=50&sort=name%3Aasc&sort=id%3Adesc"
                                "&filters%5Bq%5D%5BEQUALS%5D=a%2Bb%40x.com%20%26%20co"
                                "&filters%5Btype%5D%5BIN%5D=USER%2CGROUP"));
        // decoded back, the keys are the PHP-style brackets the server expects
        const QUrlQuery decoded(query.toUrlQuery().toString(QUrl::FullyEncoded));
        QCOMPARE(decoded.allQueryItemValues(QStringLiteral("filters[q][EQUALS]"), QUrl::FullyDecoded).size(), 0);
        QUrl url(QStringLiteral("http://h/x"));
        url.setQuery(query.toUrlQuery());
        const auto items = QUrlQuery(url.query(QUrl::FullyDecoded)).queryItems(QUrl::FullyDecoded);
        QVERIFY(!items.isEmpty());
    }

    void legacyAdapter()
    {
        PageQuery query;
        query.setText(QStringLiteral("ops"));
        const ServerAdapter legacy = ServerAdapter::forVersion(QStringLiteral("1.3.2"));
        const ServerAdapter current = ServerAdapter::forVersion(QStringLiteral("2.0.0-SNAPSHOT"));
        QVERIFY(legacy.isLegacy());
        QVERIFY(!current.isLegacy());
        QVERIFY(!ServerAdapter::forVersion(QStringLiteral("garbage")).isLegacy());
        QCOMPARE(line(GroupsApi::searchRequest(QStringLiteral("dev"), query, legacy)),
                 QStringLiteral("GET /api/v1/dev/groups/search?page=1&size=25&q=ops"));
        QCOMPARE(line(GroupsApi::searchRequest(QStringLiteral("dev"), query, current)),
                 QStringLiteral("GET /api/v1/dev/groups/search?page=1&size=25&filters%5Bq%5D%5BEQUALS%5D=ops"));
        PageQuery invitations;
        invitations.addFilter(QStringLiteral("email"), QStringLiteral("EQUALS"), QStringLiteral("bob@x.com"));
        QCOMPARE(line(InvitationsApi::searchRequest(QStringLiteral("dev"), invitations, legacy)),
                 QStringLiteral("GET /api/v1/dev/invitations/search?page=1&size=25&email=bob%40x.com"));
        QCOMPARE(WorkerGroupsApi::listRequest(legacy).path, QStringLiteral("/api/v1/instance/workergroups"));
        QCOMPARE(WorkerGroupsApi::listRequest(current).path, QStringLiteral("/api/v1/instance/worker-groups"));
        QCOMPARE(legacy.tenantWorkerField(), QStringLiteral("workerGroup"));
        QCOMPARE(current.tenantWorkerField(), QStringLiteral("defaultWorkerSelector"));
        QVERIFY(current.fineGrainedPermissions() && !legacy.fineGrainedPermissions());
        QCOMPARE(line(ServiceAccountsApi::listInTenantRequest(QStringLiteral("dev"), PageQuery(), legacy)),
                 QStringLiteral("GET /api/v1/dev/tenant-access?page=1&size=25&type=SERVICE_ACCOUNT"));
    }

    void everyFamily_data()
    {
        QTest::addColumn<ApiRequest>("request");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QByteArray>("bodyContains");
        const QString t = QStringLiteral("dev");
        const QString id = QStringLiteral("a/b c"); // must stay one path segment
        PageQuery q;
        q.setText(QStringLiteral("x"));
        auto row = [](const char* name, const ApiRequest& r, const char* expected, const char* body = "") {
            QTest::newRow(name) << r << QString::fromLatin1(expected) << QByteArray(body);
        };
        const QString enc = QStringLiteral("a%2Fb%20c");
        Q_UNUSED(enc);
        Tenant tenant;
        tenant.id = QStringLiteral("dev");
        tenant.name = QStringLiteral("Dev");
        row("tenants.search", TenantsApi::searchRequest(q), "GET /api/v1/tenants/search?page=1&size=25&filters%5Bq%5D%5BEQUALS%5D=x");
        row("tenants.get", TenantsApi::getRequest(id), "GET /api/v1/tenants/a%2Fb%20c");
        row("tenants.create", TenantsApi::createRequest(tenant), "POST /api/v1/tenants", "\"id\":\"dev\"");
        row("tenants.update", TenantsApi::updateRequest(tenant), "PUT /api/v1/tenants/dev", "\"name\":\"Dev\"");
        row("tenants.remove", TenantsApi::removeRequest(QStringLiteral("dev")), "DELETE /api/v1/tenants/dev");
        UserRequest user;
        user.email = QStringLiteral("bob@x.com");
        row("users.list", UsersApi::listRequest(q), "GET /api/v1/users?page=1&size=25&filters%5Bq%5D%5BEQUALS%5D=x");
        row("users.get", UsersApi::getRequest(QStringLiteral("u1")), "GET /api/v1/users/u1");
        row("users.create", UsersApi::createRequest(user), "POST /api/v1/users", "\"email\":\"bob@x.com\"");
        row("users.update", UsersApi::updateRequest(QStringLiteral("u1"), user), "PUT /api/v1/users/u1", "bob@x.com");
        row("users.patch", UsersApi::patchDetailsRequest(QStringLiteral("u1"), UserDetailsPatch{QStringLiteral("B"), {}, {}}), "PATCH /api/v1/users/u1", "\"firstName\":\"B\"");
        row("users.remove", UsersApi::removeRequest(QStringLiteral("u1")), "DELETE /api/v1/users/u1");
        row("users.password", UsersApi::setPasswordRequest(QStringLiteral("u1"), UserPasswordPatch{SecretString(QStringLiteral("pw-1"))}), "PATCH /api/v1/users/u1/password", "\"password\":\"pw-1\"");
        row("users.superadmin", UsersApi::setSuperAdminRequest(QStringLiteral("u1"), true), "PATCH /api/v1/users/u1/superadmin", "\"superAdmin\":true");
        row("users.restricted", UsersApi::setRestrictedRequest(QStringLiteral("u1"), true), "PATCH /api/v1/users/u1/restricted", "\"restricted\":true");
        row("users.removeAuth", UsersApi::removeAuthRequest(QStringLiteral("u1"), QStringLiteral("au1")), "DELETE /api/v1/users/u1/auths/au1");
        row("users.sessions", UsersApi::revokeSessionsRequest(QStringLiteral("u1")), "DELETE /api/v1/users/u1/refresh-token");
        CreateApiTokenRequest token;
        token.name = QStringLiteral("ci");
        token.maxAge = QStringLiteral("P30D");
        row("userTokens.list", UserTokensApi::listRequest(QStringLiteral("u1")), "GET /api/v1/users/u1/api-tokens");
        row("userTokens.create", UserTokensApi::createRequest(QStringLiteral("u1"), token), "POST /api/v1/users/u1/api-tokens", "\"maxAge\":\"P30D\"");
        row("userTokens.remove", UserTokensApi::removeRequest(QStringLiteral("u1"), QStringLiteral("t1")), "DELETE /api/v1/users/u1/api-tokens/t1");
        row("me.get", MeApi::getRequest(), "GET /api/v1/me");
        row("me.patch", MeApi::patchDetailsRequest(UserDetailsPatch{{}, QStringLiteral("L"), {}}), "PATCH /api/v1/me", "\"lastName\":\"L\"");
        row("me.password", MeApi::changePasswordRequest(PasswordChangeRequest{SecretString(QStringLiteral("o")), SecretString(QStringLiteral("n"))}), "PUT /api/v1/me/password", "\"newPassword\":\"n\"");
        row("me.tokens", MeApi::listTokensRequest(), "GET /api/v1/me/api-tokens");
        row("me.createToken", MeApi::createTokenRequest(token), "POST /api/v1/me/api-tokens", "\"name\":\"ci\"");
        row("me.removeToken", MeApi::removeTokenRequest(QStringLiteral("t1")), "DELETE /api/v1/me/api-tokens/t1");
        row("access.list", TenantAccessApi::listRequest(t, q), "GET /api/v1/dev/tenant-access?page=1&size=25&filters%5Bq%5D%5BEQUALS%5D=x");
        row("access.get", TenantAccessApi::getRequest(t, QStringLiteral("u1")), "GET /api/v1/dev/tenant-access/u1");
        row("access.grantByEmail", TenantAccessApi::grantByEmailRequest(t, QStringLiteral("bob@x.com")), "POST /api/v1/dev/tenant-access", "\"email\":\"bob@x.com\"");
        Autocomplete lookup;
        lookup.q = QStringLiteral("bo");
        row("access.autocomplete", TenantAccessApi::autocompleteRequest(t, lookup), "POST /api/v1/dev/tenant-access/autocomplete", "\"q\":\"bo\"");
        row("access.grant", TenantAccessApi::grantRequest(t, QStringLiteral("u1")), "PUT /api/v1/dev/tenant-access/u1");
        row("access.revoke", TenantAccessApi::revokeRequest(t, QStringLiteral("u1")), "DELETE /api/v1/dev/tenant-access/u1");
        row("access.groups", TenantAccessApi::setUserGroupsRequest(t, QStringLiteral("u1"), {QStringLiteral("g1")}), "PUT /api/v1/dev/users/u1/groups", "\"groupIds\":[\"g1\"]");
        InstanceServiceAccountRequest isa;
        isa.name = QStringLiteral("ci-bot");
        ServiceAccountRequest sa;
        sa.name = QStringLiteral("ci-bot");
        sa.groupIds = {QStringLiteral("g1")};
        row("sa.list", ServiceAccountsApi::listRequest(PageQuery()), "GET /api/v1/service-accounts?page=1&size=25");
        row("sa.get", ServiceAccountsApi::getRequest(QStringLiteral("s1")), "GET /api/v1/service-accounts/s1");
        row("sa.create", ServiceAccountsApi::createRequest(isa), "POST /api/v1/service-accounts", "\"name\":\"ci-bot\"");
        row("sa.patch", ServiceAccountsApi::patchRequest(QStringLiteral("s1"), ServiceAccountPatch{QStringLiteral("n"), {}}), "PATCH /api/v1/service-accounts/s1", "\"name\":\"n\"");
        row("sa.remove", ServiceAccountsApi::removeRequest(QStringLiteral("s1")), "DELETE /api/v1/service-accounts/s1");
        row("sa.superadmin", ServiceAccountsApi::setSuperAdminRequest(QStringLiteral("s1"), false), "PATCH /api/v1/service-accounts/s1/superadmin", "\"superAdmin\":false");
        row("sa.tenantList", ServiceAccountsApi::listInTenantRequest(t, PageQuery()), "GET /api/v1/dev/service-accounts?page=1&size=25");
        row("sa.tenantGet", ServiceAccountsApi::getInTenantRequest(t, QStringLiteral("s1")), "GET /api/v1/dev/service-accounts/s1");
        row("sa.tenantCreate", ServiceAccountsApi::createInTenantRequest(t, sa), "POST /api/v1/dev/service-accounts", "\"groups\":[{\"id\":\"g1\"}]");
        row("sa.tenantUpdate", ServiceAccountsApi::updateInTenantRequest(t, QStringLiteral("s1"), sa), "PUT /api/v1/dev/service-accounts/s1", "ci-bot");
        row("sa.tenantRemove", ServiceAccountsApi::removeInTenantRequest(t, QStringLiteral("s1")), "DELETE /api/v1/dev/service-accounts/s1");
        row("saTokens.instance", ServiceAccountTokensApi::listRequest({}, QStringLiteral("s1")), "GET /api/v1/service-accounts/s1/api-tokens");
        row("saTokens.create", ServiceAccountTokensApi::createRequest(t, QStringLiteral("s1"), token), "POST /api/v1/dev/service-accounts/s1/api-tokens", "\"name\":\"ci\"");
        row("saTokens.remove", ServiceAccountTokensApi::removeRequest(t, QStringLiteral("s1"), QStringLiteral("t1")), "DELETE /api/v1/dev/service-accounts/s1/api-tokens/t1");
        row("groups.search", GroupsApi::searchRequest(t, q), "GET /api/v1/dev/groups/search?page=1&size=25&filters%5Bq%5D%5BEQUALS%5D=x");
        row("groups.get", GroupsApi::getRequest(t, id), "GET /api/v1/dev/groups/a%2Fb%20c");
        row("groups.create", GroupsApi::createRequest(t, GroupCreateRequest{QStringLiteral("Ops"), {}, {}}), "POST /api/v1/dev/groups", "\"name\":\"Ops\"");
        row("groups.update", GroupsApi::updateRequest(t, QStringLiteral("g1"), GroupUpdateRequest{QStringLiteral("Ops2"), {}}), "PUT /api/v1/dev/groups/g1", "Ops2");
        row("groups.remove", GroupsApi::removeRequest(t, QStringLiteral("g1")), "DELETE /api/v1/dev/groups/g1");
        row("groups.members", GroupsApi::membersRequest(t, QStringLiteral("g1"), PageQuery()), "GET /api/v1/dev/groups/g1/members?page=1&size=25");
        row("groups.add", GroupsApi::addMemberRequest(t, QStringLiteral("g1"), QStringLiteral("u1")), "PUT /api/v1/dev/groups/g1/members/u1");
        row("groups.removeMember", GroupsApi::removeMemberRequest(t, QStringLiteral("g1"), QStringLiteral("u1")), "DELETE /api/v1/dev/groups/g1/members/u1");
        row("groups.membership", GroupsApi::setMembershipRequest(t, QStringLiteral("g1"), QStringLiteral("u1"), GroupMembership::Owner), "PUT /api/v1/dev/groups/g1/members/membership/u1?membership=OWNER");
        RoleRequest role;
        role.name = QStringLiteral("Auditor");
        role.permissions.insert(QStringLiteral("FLOW"), {QStringLiteral("VIEW"), QStringLiteral("LIST")});
        row("roles.search", RolesApi::searchRequest(t, q), "GET /api/v1/dev/roles/search?page=1&size=25&filters%5Bq%5D%5BEQUALS%5D=x");
        row("roles.get", RolesApi::getRequest(t, QStringLiteral("r1")), "GET /api/v1/dev/roles/r1");
        row("roles.create", RolesApi::createRequest(t, role), "POST /api/v1/dev/roles", "\"FLOW\":[\"VIEW\",\"LIST\"]");
        row("roles.update", RolesApi::updateRequest(t, QStringLiteral("r1"), role), "PUT /api/v1/dev/roles/r1", "Auditor");
        row("roles.remove", RolesApi::removeRequest(t, QStringLiteral("r1")), "DELETE /api/v1/dev/roles/r1");
        row("roles.permissions", RolesApi::permissionsRequest(t), "GET /api/v1/dev/acls/permissions");
        row("roles.templates", RolesApi::templatesRequest(t), "GET /api/v1/dev/acls/templates");
        BindingRequest binding;
        binding.type = BindingType::Group;
        binding.externalId = QStringLiteral("g1");
        binding.roleId = QStringLiteral("r1");
        binding.namespaceId = QStringLiteral("company.team");
        row("bindings.search", BindingsApi::searchRequest(t, PageQuery(), BindingSearch{BindingType::User, QStringLiteral("u1"), QStringLiteral("company")}),
            "GET /api/v1/dev/bindings/search?page=1&size=25&type=USER&id=u1&namespace=company");
        row("bindings.get", BindingsApi::getRequest(t, QStringLiteral("b1")), "GET /api/v1/dev/bindings/b1");
        row("bindings.create", BindingsApi::createRequest(t, binding), "POST /api/v1/dev/bindings", "\"namespaceId\":\"company.team\"");
        row("bindings.bulk", BindingsApi::createBulkRequest(t, {binding, binding}), "POST /api/v1/dev/bindings/bulk", "[{");
        row("bindings.remove", BindingsApi::removeRequest(t, QStringLiteral("b1")), "DELETE /api/v1/dev/bindings/b1");
        InvitationRequest invitation;
        invitation.email = QStringLiteral("eve@x.com");
        row("invitations.search", InvitationsApi::searchRequest(t, PageQuery()), "GET /api/v1/dev/invitations/search?page=1&size=25");
        row("invitations.get", InvitationsApi::getRequest(t, QStringLiteral("i1")), "GET /api/v1/dev/invitations/i1");
        row("invitations.email", InvitationsApi::forEmailRequest(t, QStringLiteral("eve@x.com")), "GET /api/v1/dev/invitations/email/eve%40x.com");
        row("invitations.create", InvitationsApi::createRequest(t, invitation), "POST /api/v1/dev/invitations", "\"email\":\"eve@x.com\"");
        row("invitations.remove", InvitationsApi::removeRequest(t, QStringLiteral("i1")), "DELETE /api/v1/dev/invitations/i1");
        row("workerGroups", WorkerGroupsApi::listRequest(), "GET /api/v1/instance/worker-groups");
        row("configs", ServerApi::configsRequest(), "GET /api/v1/configs");
    }

    void everyFamily()
    {
        QFETCH(ApiRequest, request);
        QFETCH(QString, expected);
        QFETCH(QByteArray, bodyContains);
        QCOMPARE(line(request), expected);
        QCOMPARE(request.idempotent, request.method == "GET");
        if (!bodyContains.isEmpty())
            QVERIFY2(request.body.contains(bodyContains), request.body.constData());
        static const ktc::test::SpecValidator spec;
        QVERIFY2(spec.isLoaded(), qPrintable(spec.loadError()));
        if (!request.path.contains(u"/instance/")) { // worker groups are outside the trimmed IAM spec
            QVERIFY2(spec.hasOperation(QString::fromLatin1(request.method), request.path), qPrintable(expected));
            if (!request.body.isEmpty()) {
                const QString problems = spec.validateRequest(QString::fromLatin1(request.method), request.path, request.body);
                QVERIFY2(problems.isEmpty(), qPrintable(problems + u'\n' + QString::fromUtf8(request.body)));
            }
        }
    }
};


KTC_TEST_MAIN(TestApiRequests)
#include "tst_ApiRequests.moc"
