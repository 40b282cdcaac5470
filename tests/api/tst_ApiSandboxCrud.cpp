// The real ApiClient and the per-family API classes against a kestra-sandbox over loopback: the
// connect sequence (instance owner and tenant user), CRUD on every resource, Basic and Bearer
// logins with what the API created, errors and permission denials, and paging through 2000
// bindings. Every request sent is checked against the vendor's spec after each test.
#include "SandboxApiHarness.h"

#include "api/BindingsApi.h"
#include "api/Connector.h"
#include "api/GroupsApi.h"
#include "api/InvitationsApi.h"
#include "api/MeApi.h"
#include "api/RolesApi.h"
#include "api/ServiceAccountTokensApi.h"
#include "api/ServiceAccountsApi.h"
#include "api/TenantAccessApi.h"
#include "api/TenantsApi.h"
#include "api/UserTokensApi.h"
#include "api/UsersApi.h"
#include "api/WorkerGroupsApi.h"
#include "support/TestMain.h"

#include <QSet>

using namespace ktc;
using namespace ktc::api;
using namespace ktc::test;

namespace {
const QString kTenant = QStringLiteral("acme");
const QString kBobEmail = QStringLiteral("bob@acme.test");
const QString kBobPassword = QStringLiteral("Bob-s3cret-Passw0rd!");
} // namespace

class TestApiSandboxCrud : public QObject
{
    Q_OBJECT

private:
    SpecValidator m_spec;
    SandboxProcess m_sandbox;
    RecordingNetwork m_network; // every client of this suite sends through it
    std::unique_ptr<ApiClient> m_owner;
    QString m_bobId;
    QSet<QString> m_invalidOnPurpose; // request bodies a test breaks deliberately

    std::unique_ptr<ApiClient> bobClient() { return basicClient(&m_network, m_sandbox.baseUrl(), kBobEmail, kBobPassword); }

    // A standard user with access to kTenant; `id` gets the new id.
    void createUser(const QString& email, QString* id, const QStringList& tenants = {kTenant})
    {
        UserRequest request;
        request.email = email;
        request.tenants = tenants;
        KTC_AWAIT_OK(User, user, UsersApi(m_owner.get()).create(request, ctx, cb));
        *id = user.id;
    }

    void findRole(const QString& name, QString* id)
    {
        PageQuery query;
        query.setText(name);
        KTC_AWAIT_OK(Page<RoleSummary>, page, RolesApi(m_owner.get()).search(kTenant, query, ctx, cb));
        for (const RoleSummary& role : page.results)
            if (role.name == name)
                *id = role.id;
        QVERIFY2(!id->isEmpty(), qPrintable(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_spec.isLoaded(), qPrintable(m_spec.loadError()));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_owner = basicClient(&m_network, m_sandbox.baseUrl(), m_sandbox.ownerEmail(), m_sandbox.ownerPassword());
    }

    void cleanup()
    {
        const QStringList problems = specProblems(m_spec, m_network.takeSent(), std::exchange(m_invalidOnPurpose, {}));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void cleanupTestCase()
    {
        m_owner.reset();
        QVERIFY2(m_sandbox.stop(), qPrintable(m_sandbox.errorString()));
    }

    void tenantsCrud()
    {
        const TenantsApi tenants(m_owner.get());
        Tenant acme;
        acme.id = kTenant;
        acme.name = QStringLiteral("Acme");
        KTC_AWAIT_OK(Tenant, created, tenants.create(acme, ctx, cb));
        QCOMPARE(created.id, kTenant);
        QCOMPARE(created.name, QStringLiteral("Acme"));

        KTC_AWAIT_OK(Tenant, fetched, tenants.get(kTenant, ctx, cb));
        Tenant renamed = fetched;
        renamed.name = QStringLiteral("Acme Corp");
        renamed.requireExistingNamespace = true;
        KTC_AWAIT_OK(Tenant, updated, tenants.update(renamed, ctx, cb));
        QCOMPARE(updated.name, QStringLiteral("Acme Corp"));
        KTC_AWAIT_OK(Tenant, again, tenants.get(kTenant, ctx, cb));
        QCOMPARE(again.name, QStringLiteral("Acme Corp"));
        QVERIFY(again.requireExistingNamespace);

        Tenant doomed;
        doomed.id = QStringLiteral("doomed");
        doomed.name = QStringLiteral("Doomed");
        KTC_AWAIT_OK(Tenant, made, tenants.create(doomed, ctx, cb));
        PageQuery query;
        query.addSort(QStringLiteral("id"));
        KTC_AWAIT_OK(Page<Tenant>, both, tenants.search(query, ctx, cb));
        QCOMPARE(both.total, 2);
        QCOMPARE(both.results.size(), 2);
        QCOMPARE(both.results.at(0).id, kTenant);
        QCOMPARE(both.results.at(1).id, QStringLiteral("doomed"));

        KTC_AWAIT_OK(NoContent, removed, tenants.remove(QStringLiteral("doomed"), ctx, cb));
        KTC_AWAIT_FAIL(Tenant, gone, tenants.get(QStringLiteral("doomed"), ctx, cb));
        QCOMPARE(gone.kind(), ApiError::Kind::NotFound);
        QCOMPARE(gone.status(), 404);
        query.setText(QStringLiteral("acme"));
        KTC_AWAIT_OK(Page<Tenant>, found, tenants.search(query, ctx, cb));
        QCOMPARE(found.total, 1);
        QCOMPARE(found.results.at(0).id, kTenant);
    }

    void connectAsInstanceOwner()
    {
        Connector connector(m_owner.get());
        KTC_AWAIT_OK(SessionInfo, session, connector.connectToServer(ctx, cb));
        QVERIFY(session.server.isEnterprise());
        QVERIFY(session.instanceOwner);
        QCOMPARE(session.me.profile.email, m_sandbox.ownerEmail());
        QCOMPARE(session.tenantsTotal, 1);
        QCOMPARE(session.tenants.size(), 1);
        QCOMPARE(session.tenants.at(0).id, kTenant);
        QCOMPARE(session.tenants.at(0).name, QStringLiteral("Acme Corp"));
        QCOMPARE(m_network.count("GET", QStringLiteral("/api/v1/configs")), 1);
        QCOMPARE(m_network.count("GET", QStringLiteral("/api/v1/me")), 1);
        QCOMPARE(m_network.count("GET", QStringLiteral("/api/v1/tenants/search")), 1);
    }

    void usersAndBasicLogin()
    {
        const UsersApi users(m_owner.get());
        createUser(kBobEmail, &m_bobId);
        QVERIFY(!QTest::currentTestFailed());

        // no password yet: Basic login as Bob is refused
        auto early = bobClient();
        KTC_AWAIT_FAIL(Me, refused, MeApi(early.get()).get(ctx, cb));
        QCOMPARE(refused.kind(), ApiError::Kind::Unauthorized);

        KTC_AWAIT_OK(User, withPassword, users.setPassword(m_bobId, UserPasswordPatch{SecretString(kBobPassword)}, ctx, cb));
        QCOMPARE(withPassword.id, m_bobId);
        UserDetailsPatch details;
        details.firstName = QStringLiteral("Bob");
        details.lastName = QStringLiteral("Builder");
        details.email = kBobEmail;
        KTC_AWAIT_OK(User, patched, users.patchDetails(m_bobId, details, ctx, cb));
        QCOMPARE(patched.firstName, QStringLiteral("Bob"));
        KTC_AWAIT_OK(User, fetched, users.get(m_bobId, ctx, cb));
        QCOMPARE(fetched.email, kBobEmail);
        QCOMPARE(fetched.lastName, QStringLiteral("Builder"));
        QCOMPARE(fetched.tenants.size(), 1);
        QCOMPARE(fetched.tenants.at(0).id, kTenant);
        QVERIFY(!fetched.instanceOwner);

        PageQuery query;
        query.setText(kBobEmail);
        KTC_AWAIT_OK(Page<UserSummary>, listed, users.list(query, ctx, cb));
        QCOMPARE(listed.total, 1);
        QCOMPARE(listed.results.at(0).id, m_bobId);

        // the password set through the API works for Basic
        auto bob = bobClient();
        KTC_AWAIT_OK(Me, me, MeApi(bob.get()).get(ctx, cb));
        QCOMPARE(me.id, m_bobId);
        QCOMPARE(me.profile.email, kBobEmail);
        QVERIFY(!me.instanceOwner);

        // full replacement (PUT) and delete, on a second user
        QString carolId;
        createUser(QStringLiteral("carol@acme.test"), &carolId);
        QVERIFY(!QTest::currentTestFailed());
        UserRequest replace;
        replace.email = QStringLiteral("carol@acme.test");
        replace.firstName = QStringLiteral("Carol");
        KTC_AWAIT_OK(User, replaced, users.update(carolId, replace, ctx, cb));
        QCOMPARE(replaced.firstName, QStringLiteral("Carol"));
        QVERIFY(replaced.tenants.isEmpty()); // PUT without tenants drops the access
        KTC_AWAIT_OK(NoContent, removed, users.remove(carolId, ctx, cb));
        KTC_AWAIT_FAIL(User, gone, users.get(carolId, ctx, cb));
        QCOMPARE(gone.kind(), ApiError::Kind::NotFound);
    }

    void connectAsTenantUser()
    {
        QVERIFY(!m_bobId.isEmpty());
        RecordingNetwork own;
        auto bob = basicClient(&own, m_sandbox.baseUrl(), kBobEmail, kBobPassword);
        Connector connector(bob.get());
        KTC_AWAIT_OK(SessionInfo, session, connector.connectToServer(ctx, cb));
        QVERIFY(!session.instanceOwner);
        QCOMPARE(session.me.id, m_bobId);
        QCOMPARE(session.tenants.size(), 1);
        QCOMPARE(session.tenants.at(0).id, kTenant);
        QCOMPARE(session.tenantsTotal, 1);
        // tenants came from /me: the instance-owner search was never tried
        QCOMPARE(own.count("GET", QStringLiteral("/api/v1/tenants/search")), 0);
        QCOMPARE(own.count("GET", QStringLiteral("/api/v1/me")), 1);
        const QStringList problems = specProblems(m_spec, own.sent());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void tenantUserIsForbiddenInstanceCalls()
    {
        auto bob = bobClient();
        KTC_AWAIT_FAIL(Page<Tenant>, denied, TenantsApi(bob.get()).search(PageQuery{}, ctx, cb));
        QCOMPARE(denied.kind(), ApiError::Kind::Forbidden);
        QCOMPARE(denied.status(), 403);
        QVERIFY2(denied.message().contains(QStringLiteral("403")), qPrintable(denied.message()));
        QVERIFY2(denied.message().contains(QStringLiteral("GET /api/v1/tenants/search")), qPrintable(denied.message()));

        // inside the tenant, Bob has no role yet: RBAC says no too
        KTC_AWAIT_FAIL(Page<GroupSummary>, noRole, GroupsApi(bob.get()).search(kTenant, PageQuery{}, ctx, cb));
        QCOMPARE(noRole.kind(), ApiError::Kind::Forbidden);
        QVERIFY2(noRole.message().contains(QStringLiteral("GET /api/v1/acme/groups/search")), qPrintable(noRole.message()));
    }

    void tenantAccessCrud()
    {
        const TenantAccessApi access(m_owner.get());
        QString daveId;
        const QString dave = QStringLiteral("dave@acme.test");
        createUser(dave, &daveId, {});
        QVERIFY(!QTest::currentTestFailed());

        KTC_AWAIT_FAIL(TenantAccess, none, access.get(kTenant, daveId, ctx, cb));
        QCOMPARE(none.kind(), ApiError::Kind::NotFound);
        KTC_AWAIT_OK(NoContent, granted, access.grantByEmail(kTenant, dave, ctx, cb));
        KTC_AWAIT_FAIL(NoContent, twice, access.grantByEmail(kTenant, dave, ctx, cb));
        QCOMPARE(twice.kind(), ApiError::Kind::Conflict);
        QCOMPARE(twice.status(), 409);

        KTC_AWAIT_OK(TenantAccess, detail, access.get(kTenant, daveId, ctx, cb));
        QCOMPARE(detail.userId, daveId);
        QCOMPARE(detail.tenantId, kTenant);
        PageQuery query;
        query.size = 100;
        KTC_AWAIT_OK(Page<TenantAccessUser>, users, access.list(kTenant, query, ctx, cb));
        QSet<QString> ids;
        for (const TenantAccessUser& u : users.results)
            ids.insert(u.id);
        QVERIFY(ids.contains(daveId));
        QVERIFY(ids.contains(m_bobId));
        QCOMPARE(users.total, qint64(users.results.size()));

        KTC_AWAIT_OK(NoContent, revoked, access.revoke(kTenant, daveId, ctx, cb));
        KTC_AWAIT_FAIL(TenantAccess, afterRevoke, access.get(kTenant, daveId, ctx, cb));
        QCOMPARE(afterRevoke.kind(), ApiError::Kind::NotFound);
        KTC_AWAIT_OK(NoContent, putGrant, access.grant(kTenant, daveId, ctx, cb));
        KTC_AWAIT_OK(TenantAccess, back, access.get(kTenant, daveId, ctx, cb));
        QCOMPARE(back.userId, daveId);
    }

    void groupsAndMembers()
    {
        const GroupsApi groups(m_owner.get());
        GroupCreateRequest request;
        request.name = QStringLiteral("Ops");
        request.description = QStringLiteral("on call");
        KTC_AWAIT_OK(Group, ops, groups.create(kTenant, request, ctx, cb));
        QCOMPARE(ops.name, QStringLiteral("Ops"));
        KTC_AWAIT_FAIL(Group, duplicate, groups.create(kTenant, request, ctx, cb));
        QCOMPARE(duplicate.kind(), ApiError::Kind::Conflict);
        QCOMPARE(duplicate.status(), 409);
        QVERIFY2(duplicate.message().contains(QStringLiteral("POST /api/v1/acme/groups")), qPrintable(duplicate.message()));

        KTC_AWAIT_OK(Group, updated, groups.update(kTenant, ops.id, GroupUpdateRequest{QStringLiteral("Ops"), QStringLiteral("24/7")}, ctx, cb));
        QCOMPARE(updated.description, QStringLiteral("24/7"));
        KTC_AWAIT_OK(Group, fetched, groups.get(kTenant, ops.id, ctx, cb));
        QCOMPARE(fetched.description, QStringLiteral("24/7"));
        PageQuery query;
        query.setText(QStringLiteral("ops"));
        KTC_AWAIT_OK(Page<GroupSummary>, found, groups.search(kTenant, query, ctx, cb));
        QCOMPARE(found.total, 1);
        QCOMPARE(found.results.at(0).id, ops.id);

        KTC_AWAIT_OK(GroupMember, added, groups.addMember(kTenant, ops.id, m_bobId, ctx, cb));
        QCOMPARE(added.id, m_bobId);
        KTC_AWAIT_FAIL(GroupMember, again, groups.addMember(kTenant, ops.id, m_bobId, ctx, cb));
        QCOMPARE(again.kind(), ApiError::Kind::Conflict);
        KTC_AWAIT_OK(Page<GroupMember>, members, groups.members(kTenant, ops.id, PageQuery{}, ctx, cb));
        QCOMPARE(members.total, 1);
        QCOMPARE(members.results.at(0).id, m_bobId);

        KTC_AWAIT_OK(GroupMember, owner, groups.setMembership(kTenant, ops.id, m_bobId, GroupMembership::Owner, ctx, cb));
        GroupMembership seen = GroupMembership::Unknown;
        for (const GroupMembershipRef& g : owner.groups)
            if (g.id == ops.id)
                seen = g.membership;
        QCOMPARE(seen, GroupMembership::Owner);

        KTC_AWAIT_OK(GroupMember, removed, groups.removeMember(kTenant, ops.id, m_bobId, ctx, cb));
        KTC_AWAIT_OK(Page<GroupMember>, empty, groups.members(kTenant, ops.id, PageQuery{}, ctx, cb));
        QCOMPARE(empty.total, 0);
        KTC_AWAIT_FAIL(GroupMember, notMember, groups.setMembership(kTenant, ops.id, m_bobId, GroupMembership::Member, ctx, cb));
        QCOMPARE(notMember.kind(), ApiError::Kind::Conflict);

        // all of Bob's groups in one call
        KTC_AWAIT_OK(NoContent, set, TenantAccessApi(m_owner.get()).setUserGroups(kTenant, m_bobId, {ops.id}, ctx, cb));
        KTC_AWAIT_OK(Page<GroupMember>, viaUser, groups.members(kTenant, ops.id, PageQuery{}, ctx, cb));
        QCOMPARE(viaUser.total, 1);

        GroupCreateRequest temp;
        temp.name = QStringLiteral("Temp");
        KTC_AWAIT_OK(Group, tempGroup, groups.create(kTenant, temp, ctx, cb));
        KTC_AWAIT_OK(NoContent, deleted, groups.remove(kTenant, tempGroup.id, ctx, cb));
        KTC_AWAIT_FAIL(Group, gone, groups.get(kTenant, tempGroup.id, ctx, cb));
        QCOMPARE(gone.kind(), ApiError::Kind::NotFound);
        QCOMPARE(gone.status(), 404);
    }

    void rolesFromCatalog()
    {
        const RolesApi roles(m_owner.get());
        KTC_AWAIT_OK(PermissionCatalog, catalog, roles.permissions(kTenant, ctx, cb));
        QVERIFY(catalog.actionsByResource.contains(QStringLiteral("FLOW")));
        KTC_AWAIT_OK(RoleTemplates, templates, roles.templates(kTenant, ctx, cb));
        QVERIFY(!templates.templates.isEmpty());

        // a role built only from what the server offers
        RoleRequest request;
        request.name = QStringLiteral("Flow readers");
        request.description = QStringLiteral("from the catalog");
        request.permissions.insert(QStringLiteral("FLOW"), catalog.actionsByResource.value(QStringLiteral("FLOW")).mid(0, 2));
        KTC_AWAIT_OK(Role, created, roles.create(kTenant, request, ctx, cb));
        QCOMPARE(created.permissions, request.permissions);
        QVERIFY(!created.isManaged);

        const QString templateName = templates.templates.firstKey();
        RoleRequest fromTemplate;
        fromTemplate.name = QStringLiteral("Like ") + templateName;
        fromTemplate.permissions = templates.templates.first();
        KTC_AWAIT_OK(Role, copied, roles.create(kTenant, fromTemplate, ctx, cb));
        QCOMPARE(copied.permissions, fromTemplate.permissions);

        request.description = QStringLiteral("updated");
        KTC_AWAIT_OK(Role, updated, roles.update(kTenant, created.id, request, ctx, cb));
        QCOMPARE(updated.description, QStringLiteral("updated"));
        KTC_AWAIT_OK(Role, fetched, roles.get(kTenant, created.id, ctx, cb));
        QCOMPARE(fetched.description, QStringLiteral("updated"));
        PageQuery query;
        query.setText(QStringLiteral("Flow readers"));
        KTC_AWAIT_OK(Page<RoleSummary>, found, roles.search(kTenant, query, ctx, cb));
        QCOMPARE(found.total, 1);
        QCOMPARE(found.results.at(0).id, created.id);

        KTC_AWAIT_OK(NoContent, removed, roles.remove(kTenant, copied.id, ctx, cb));
        KTC_AWAIT_FAIL(Role, gone, roles.get(kTenant, copied.id, ctx, cb));
        QCOMPARE(gone.kind(), ApiError::Kind::NotFound);
    }

    void bindingsCrudAndSearch()
    {
        const BindingsApi bindings(m_owner.get());
        QString viewerId;
        findRole(QStringLiteral("Viewer"), &viewerId);
        QVERIFY(!QTest::currentTestFailed());
        GroupCreateRequest team;
        team.name = QStringLiteral("Binding team");
        KTC_AWAIT_OK(Group, group, GroupsApi(m_owner.get()).create(kTenant, team, ctx, cb));

        BindingRequest single{BindingType::User, m_bobId, viewerId, std::nullopt};
        KTC_AWAIT_OK(Binding, one, bindings.create(kTenant, single, ctx, cb));
        QCOMPARE(one.type, BindingType::User);
        QVERIFY(one.user.has_value());
        QCOMPARE(one.user->id, m_bobId);
        QCOMPARE(one.role.id, viewerId);
        QVERIFY(one.namespaceId.isEmpty());
        KTC_AWAIT_FAIL(Binding, twice, bindings.create(kTenant, single, ctx, cb));
        QCOMPARE(twice.kind(), ApiError::Kind::Conflict);

        const QList<BindingRequest> bulk{
            {BindingType::Group, group.id, viewerId, QStringLiteral("company.a")},
            {BindingType::Group, group.id, viewerId, QStringLiteral("company.b")},
            {BindingType::User, m_bobId, viewerId, QStringLiteral("company.a")},
        };
        KTC_AWAIT_OK(QList<Binding>, many, bindings.createBulk(kTenant, bulk, ctx, cb));
        QCOMPARE(many.size(), 3);

        PageQuery query;
        query.size = 50;
        KTC_AWAIT_OK(Page<Binding>, groups, bindings.search(kTenant, query, BindingSearch{BindingType::Group, {}, {}}, ctx, cb));
        QCOMPARE(groups.total, 2);
        for (const Binding& b : groups.results)
            QCOMPARE(b.type, BindingType::Group);
        KTC_AWAIT_OK(Page<Binding>, bobs, bindings.search(kTenant, query, BindingSearch{BindingType::Unknown, m_bobId, {}}, ctx, cb));
        QCOMPARE(bobs.total, 2);
        KTC_AWAIT_OK(Page<Binding>, inA, bindings.search(kTenant, query, BindingSearch{BindingType::Unknown, {}, QStringLiteral("company.a")}, ctx, cb));
        QCOMPARE(inA.total, 2);
        for (const Binding& b : inA.results)
            QCOMPARE(b.namespaceId, QStringLiteral("company.a"));
        KTC_AWAIT_OK(Page<Binding>, groupInB,
                     bindings.search(kTenant, query, BindingSearch{BindingType::Group, group.id, QStringLiteral("company.b")}, ctx, cb));
        QCOMPARE(groupInB.total, 1);
        QVERIFY(groupInB.results.at(0).group.has_value());
        QCOMPARE(groupInB.results.at(0).group->id, group.id);

        KTC_AWAIT_OK(Binding, fetched, bindings.get(kTenant, one.id, ctx, cb));
        QCOMPARE(fetched.id, one.id);
        for (const Binding& b : many) {
            KTC_AWAIT_OK(NoContent, removed, bindings.remove(kTenant, b.id, ctx, cb));
        }
        KTC_AWAIT_FAIL(Binding, gone, bindings.get(kTenant, many.at(0).id, ctx, cb));
        QCOMPARE(gone.kind(), ApiError::Kind::NotFound);
        KTC_AWAIT_OK(Page<Binding>, left, bindings.search(kTenant, query, BindingSearch{BindingType::Unknown, m_bobId, {}}, ctx, cb));
        QCOMPARE(left.total, 1);

        // Bob now has Viewer on the tenant: the search that was forbidden works
        auto bob = bobClient();
        KTC_AWAIT_OK(Page<GroupSummary>, visible, GroupsApi(bob.get()).search(kTenant, PageQuery{}, ctx, cb));
        QVERIFY(visible.total >= 2);
    }

    void tenantServiceAccountAndToken()
    {
        const ServiceAccountsApi accounts(m_owner.get());
        const ServiceAccountTokensApi tokens(m_owner.get());
        ServiceAccountRequest request;
        request.name = QStringLiteral("ci-bot");
        request.description = QStringLiteral("builds");
        KTC_AWAIT_OK(ServiceAccount, sa, accounts.createInTenant(kTenant, request, ctx, cb));
        QCOMPARE(sa.name, QStringLiteral("ci-bot"));
        request.description = QStringLiteral("builds and deploys");
        KTC_AWAIT_OK(ServiceAccount, updated, accounts.updateInTenant(kTenant, sa.id, request, ctx, cb));
        QCOMPARE(updated.description, QStringLiteral("builds and deploys"));
        KTC_AWAIT_OK(ServiceAccount, fetched, accounts.getInTenant(kTenant, sa.id, ctx, cb));
        QCOMPARE(fetched.description, QStringLiteral("builds and deploys"));
        KTC_AWAIT_OK(Page<TenantAccessUser>, listed, accounts.listInTenant(kTenant, PageQuery{}, ctx, cb));
        QCOMPARE(listed.total, 1);
        QCOMPARE(listed.results.at(0).id, sa.id);

        QString adminId;
        findRole(QStringLiteral("Admin"), &adminId);
        QVERIFY(!QTest::currentTestFailed());
        KTC_AWAIT_OK(Binding, bound, BindingsApi(m_owner.get()).create(kTenant, BindingRequest{BindingType::User, sa.id, adminId, std::nullopt}, ctx, cb));
        QCOMPARE(bound.user->type, UserType::ServiceAccount);

        CreateApiTokenRequest tokenRequest;
        tokenRequest.name = QStringLiteral("github");
        tokenRequest.maxAge = QStringLiteral("P30D");
        KTC_AWAIT_OK(CreatedApiToken, created, tokens.create(kTenant, sa.id, tokenRequest, ctx, cb));
        QVERIFY(!created.fullToken.isEmpty());
        KTC_AWAIT_OK(ApiTokenList, list, tokens.list(kTenant, sa.id, ctx, cb));
        QCOMPARE(list.results.size(), 1);
        QCOMPARE(list.results.at(0).id, created.id);
        QVERIFY(!list.results.at(0).prefix.isEmpty());
        QVERIFY(created.fullToken.toQString().startsWith(list.results.at(0).prefix));

        // the token works as Bearer with a second client in Token mode
        auto robot = tokenClient(&m_network, m_sandbox.baseUrl(), created.fullToken);
        KTC_AWAIT_OK(Page<GroupSummary>, asRobot, GroupsApi(robot.get()).search(kTenant, PageQuery{}, ctx, cb));
        QVERIFY(asRobot.total >= 2);
        GroupCreateRequest byRobot;
        byRobot.name = QStringLiteral("Made by the robot");
        KTC_AWAIT_OK(Group, robotGroup, GroupsApi(robot.get()).create(kTenant, byRobot, ctx, cb));

        KTC_AWAIT_OK(NoContent, revoked, tokens.remove(kTenant, sa.id, created.id, ctx, cb));
        auto revokedRobot = tokenClient(&m_network, m_sandbox.baseUrl(), created.fullToken);
        KTC_AWAIT_FAIL(Page<GroupSummary>, refused, GroupsApi(revokedRobot.get()).search(kTenant, PageQuery{}, ctx, cb));
        QCOMPARE(refused.kind(), ApiError::Kind::Unauthorized);

        KTC_AWAIT_OK(NoContent, removed, accounts.removeInTenant(kTenant, sa.id, ctx, cb));
        KTC_AWAIT_FAIL(ServiceAccount, gone, accounts.getInTenant(kTenant, sa.id, ctx, cb));
        QCOMPARE(gone.kind(), ApiError::Kind::NotFound);
    }

    void instanceServiceAccountAndToken()
    {
        const ServiceAccountsApi accounts(m_owner.get());
        const ServiceAccountTokensApi tokens(m_owner.get());
        InstanceServiceAccountRequest request;
        request.name = QStringLiteral("terraform");
        request.tenants = {kTenant};
        KTC_AWAIT_OK(ServiceAccount, sa, accounts.create(request, ctx, cb));
        QVERIFY(sa.tenants.has_value());
        QCOMPARE(sa.tenants->size(), 1);
        KTC_AWAIT_OK(ServiceAccount, patched, accounts.patch(sa.id, ServiceAccountPatch{QStringLiteral("terraform"), QStringLiteral("iac")}, ctx, cb));
        QCOMPARE(patched.description, QStringLiteral("iac"));
        KTC_AWAIT_OK(NoContent, promoted, accounts.setSuperAdmin(sa.id, true, ctx, cb));
        KTC_AWAIT_OK(ServiceAccount, fetched, accounts.get(sa.id, ctx, cb));
        QVERIFY(fetched.superAdmin);
        PageQuery query;
        query.setText(QStringLiteral("terraform"));
        KTC_AWAIT_OK(Page<ServiceAccount>, listed, accounts.list(query, ctx, cb));
        QCOMPARE(listed.total, 1);

        CreateApiTokenRequest tokenRequest;
        tokenRequest.name = QStringLiteral("pipeline");
        KTC_AWAIT_OK(CreatedApiToken, created, tokens.create(QString(), sa.id, tokenRequest, ctx, cb));
        auto robot = tokenClient(&m_network, m_sandbox.baseUrl(), created.fullToken);
        // a superadmin service account may search the tenants
        KTC_AWAIT_OK(Page<Tenant>, asOwner, TenantsApi(robot.get()).search(PageQuery{}, ctx, cb));
        QCOMPARE(asOwner.total, 1);
        KTC_AWAIT_OK(ApiTokenList, list, tokens.list(QString(), sa.id, ctx, cb));
        QCOMPARE(list.results.size(), 1);
        KTC_AWAIT_OK(NoContent, revoked, tokens.remove(QString(), sa.id, created.id, ctx, cb));
        KTC_AWAIT_OK(ApiTokenList, none, tokens.list(QString(), sa.id, ctx, cb));
        QCOMPARE(none.results.size(), 0);

        KTC_AWAIT_OK(NoContent, removed, accounts.remove(sa.id, ctx, cb));
        KTC_AWAIT_FAIL(ServiceAccount, gone, accounts.get(sa.id, ctx, cb));
        QCOMPARE(gone.kind(), ApiError::Kind::NotFound);
    }

    void myTokensAndUserTokens()
    {
        auto bob = bobClient();
        const MeApi me(bob.get());
        CreateApiTokenRequest request;
        request.name = QStringLiteral("laptop");
        request.description = QStringLiteral("my own");
        KTC_AWAIT_OK(CreatedApiToken, mine, me.createToken(request, ctx, cb));
        KTC_AWAIT_OK(ApiTokenList, listed, me.listTokens(ctx, cb));
        QCOMPARE(listed.results.size(), 1);
        QCOMPARE(listed.results.at(0).name, QStringLiteral("laptop"));

        auto asBob = tokenClient(&m_network, m_sandbox.baseUrl(), mine.fullToken);
        KTC_AWAIT_OK(Me, whoAmI, MeApi(asBob.get()).get(ctx, cb));
        QCOMPARE(whoAmI.id, m_bobId);
        KTC_AWAIT_OK(NoContent, removed, me.removeToken(mine.id, ctx, cb));
        KTC_AWAIT_OK(ApiTokenList, none, me.listTokens(ctx, cb));
        QCOMPARE(none.results.size(), 0);

        // the owner manages Bob's tokens too
        const UserTokensApi userTokens(m_owner.get());
        request.name = QStringLiteral("issued-by-owner");
        KTC_AWAIT_OK(CreatedApiToken, issued, userTokens.create(m_bobId, request, ctx, cb));
        auto issuedClient = tokenClient(&m_network, m_sandbox.baseUrl(), issued.fullToken);
        KTC_AWAIT_OK(Me, issuedMe, MeApi(issuedClient.get()).get(ctx, cb));
        QCOMPARE(issuedMe.id, m_bobId);
        KTC_AWAIT_OK(ApiTokenList, bobs, userTokens.list(m_bobId, ctx, cb));
        QCOMPARE(bobs.results.size(), 1);
        KTC_AWAIT_OK(NoContent, revoked, userTokens.remove(m_bobId, issued.id, ctx, cb));
        KTC_AWAIT_OK(ApiTokenList, after, userTokens.list(m_bobId, ctx, cb));
        QCOMPARE(after.results.size(), 0);
    }

    void invitations()
    {
        const InvitationsApi invitations(m_owner.get());
        QString viewerId;
        findRole(QStringLiteral("Viewer"), &viewerId);
        QVERIFY(!QTest::currentTestFailed());
        InvitationRequest request;
        request.email = QStringLiteral("newcomer@acme.test");
        request.roles = {InvitationRoleGrant{viewerId, {QStringLiteral("company.team")}}};
        KTC_AWAIT_OK(NoContent, sent, invitations.create(kTenant, request, ctx, cb));
        KTC_AWAIT_FAIL(NoContent, twice, invitations.create(kTenant, request, ctx, cb));
        QCOMPARE(twice.kind(), ApiError::Kind::Conflict);

        KTC_AWAIT_OK(QList<Invitation>, forEmail, invitations.forEmail(kTenant, request.email, ctx, cb));
        QCOMPARE(forEmail.size(), 1);
        const Invitation& invitation = forEmail.at(0);
        QCOMPARE(invitation.status, InvitationStatus::Pending);
        QCOMPARE(invitation.roles.size(), 1);
        QCOMPARE(invitation.roles.at(0).id, viewerId);
        KTC_AWAIT_OK(Invitation, fetched, invitations.get(kTenant, invitation.id, ctx, cb));
        QCOMPARE(fetched.email, request.email);
        KTC_AWAIT_OK(Page<Invitation>, searched, invitations.search(kTenant, PageQuery{}, ctx, cb));
        QCOMPARE(searched.total, 1);
        KTC_AWAIT_OK(NoContent, removed, invitations.remove(kTenant, invitation.id, ctx, cb));
        KTC_AWAIT_FAIL(Invitation, gone, invitations.get(kTenant, invitation.id, ctx, cb));
        QCOMPARE(gone.kind(), ApiError::Kind::NotFound);

        // an existing user without access is let in directly (204), no invitation pending
        QString erinId;
        createUser(QStringLiteral("erin@acme.test"), &erinId, {});
        QVERIFY(!QTest::currentTestFailed());
        request.email = QStringLiteral("erin@acme.test");
        KTC_AWAIT_OK(NoContent, direct, invitations.create(kTenant, request, ctx, cb));
        KTC_AWAIT_OK(TenantAccess, access, TenantAccessApi(m_owner.get()).get(kTenant, erinId, ctx, cb));
        QCOMPARE(access.userId, erinId);
    }

    void workerGroups()
    {
        KTC_AWAIT_OK(QList<WorkerGroup>, groups, WorkerGroupsApi(m_owner.get()).list(ctx, cb));
        QVERIFY(!groups.isEmpty());
        for (const WorkerGroup& g : groups)
            QVERIFY(!g.id.isEmpty());
    }

    void errorKinds()
    {
        KTC_AWAIT_FAIL(Group, missing, GroupsApi(m_owner.get()).get(kTenant, QStringLiteral("no-such-group"), ctx, cb));
        QCOMPARE(missing.kind(), ApiError::Kind::NotFound);
        QVERIFY2(missing.message().contains(QStringLiteral("GET /api/v1/acme/groups/no-such-group")), qPrintable(missing.message()));

        Tenant bad;
        bad.id = QStringLiteral("Not A Valid Id!");
        bad.name = QStringLiteral("Bad");
        m_invalidOnPurpose.insert(QStringLiteral("POST /api/v1/tenants")); // the id breaks the pattern
        KTC_AWAIT_FAIL(Tenant, invalid, TenantsApi(m_owner.get()).create(bad, ctx, cb));
        QCOMPARE(invalid.kind(), ApiError::Kind::Validation);
        QCOMPARE(invalid.status(), 422);
        QVERIFY(!invalid.fieldErrors().isEmpty());
        QCOMPARE(invalid.fieldErrors().at(0).path, QStringLiteral("id"));
        QVERIFY2(invalid.message().contains(QStringLiteral("id: ")), qPrintable(invalid.message()));

        // §4: a sort value without a direction is refused, with one it is fine
        PageQuery bareSort;
        bareSort.sort = {QStringLiteral("name")};
        KTC_AWAIT_FAIL(Page<GroupSummary>, badSort, GroupsApi(m_owner.get()).search(kTenant, bareSort, ctx, cb));
        QCOMPARE(badSort.kind(), ApiError::Kind::Validation);
        QVERIFY2(badSort.serverMessage().contains(QStringLiteral("Invalid sort parameter")), qPrintable(badSort.message()));
        PageQuery goodSort;
        goodSort.addSort(QStringLiteral("name"), false);
        KTC_AWAIT_OK(Page<GroupSummary>, sorted, GroupsApi(m_owner.get()).search(kTenant, goodSort, ctx, cb));
        QVERIFY(sorted.results.size() >= 2);
        QVERIFY(sorted.results.at(0).name.compare(sorted.results.at(1).name, Qt::CaseInsensitive) >= 0);
    }

    void pagingThroughTwoThousandBindings()
    {
        QString viewerId;
        findRole(QStringLiteral("Viewer"), &viewerId);
        QVERIFY(!QTest::currentTestFailed());
        GroupCreateRequest many;
        many.name = QStringLiteral("Many namespaces");
        KTC_AWAIT_OK(Group, group, GroupsApi(m_owner.get()).create(kTenant, many, ctx, cb));

        constexpr int kCount = 2000;
        QList<BindingRequest> requests;
        for (int i = 0; i < kCount; ++i)
            requests.append({BindingType::Group, group.id, viewerId, QStringLiteral("bulk.n%1").arg(i, 4, 10, QLatin1Char('0'))});
        const BindingsApi bindings(m_owner.get());
        KTC_AWAIT_OK(QList<Binding>, created, bindings.createBulk(kTenant, requests, ctx, cb));
        QCOMPARE(created.size(), kCount);
        QSet<QString> createdIds;
        for (const Binding& b : created)
            createdIds.insert(b.id);
        QCOMPARE(createdIds.size(), kCount);

        for (const int size : {100, 333}) {
            QSet<QString> seen;
            QStringList namespaces;
            PageQuery query;
            query.size = size;
            query.addSort(QStringLiteral("namespace"));
            const BindingSearch by{BindingType::Group, group.id, {}};
            int pages = 0;
            for (;; ++query.page) {
                KTC_AWAIT_OK(Page<Binding>, page, bindings.search(kTenant, query, by, ctx, cb));
                QCOMPARE(page.total, qint64(kCount));
                if (page.results.isEmpty())
                    break;
                ++pages;
                QVERIFY(page.results.size() <= size);
                for (const Binding& b : page.results) {
                    QVERIFY2(!seen.contains(b.id), qPrintable(QStringLiteral("duplicate %1 on page %2").arg(b.id).arg(query.page)));
                    seen.insert(b.id);
                    namespaces << b.namespaceId;
                }
                QVERIFY(query.page < 100);
            }
            QCOMPARE(pages, (kCount + size - 1) / size);
            QCOMPARE(seen, createdIds);
            QStringList sorted = namespaces;
            sorted.sort();
            QCOMPARE(namespaces, sorted);
        }
    }
};

KTC_TEST_MAIN(TestApiSandboxCrud)
#include "tst_ApiSandboxCrud.moc"
