#include "core/Json.h"
#include "support/TestMain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ktc;

namespace {

QByteArray fixture(const char* name)
{
    QFile f(QStringLiteral(KTC_TEST_DATA_DIR "/fixtures/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

QJsonObject object(const QByteArray& json) { return QJsonDocument::fromJson(json).object(); }

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

// Tenant::raw is expected to differ after a round trip, and logo is read-only: drop both.
template <class T>
T normalised(T value)
{
    return value;
}
Tenant normalised(Tenant t)
{
    t.raw.clear();
    t.logo.clear();
    return t;
}
QList<Tenant> normalised(QList<Tenant> list)
{
    for (auto& t : list)
        t = normalised(t);
    return list;
}
Page<Tenant> normalised(Page<Tenant> page)
{
    page.results = normalised(page.results);
    return page;
}

// encode, decode, compare.
template <class T>
void roundTrip(const T& value)
{
    const QByteArray bytes = json::encode(value);
    QVERIFY2(!bytes.isEmpty(), "encode gave nothing");
    auto back = json::decode<T>(bytes);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY2(normalised(back.value()) == normalised(value), bytes.constData());
}

template <class T>
void roundTripAll(const T& value)
{
    roundTrip(value);
    if (QTest::currentTestFailed())
        return;
    roundTrip(Page<T>{{value, value}, 42});
    if (QTest::currentTestFailed())
        return;
    roundTrip(QList<T>{value});
}

Tenant sampleTenant()
{
    Tenant t;
    t.id = QStringLiteral("dev");
    t.name = QStringLiteral("Development");
    t.defaultWorkerSelector = WorkerSelector{{QStringLiteral("gpu")}, WorkerSelectorMatch::Any, WorkerFallback::Ignore};
    t.workerGroup = LegacyWorkerGroup{QStringLiteral("k"), WorkerFallback::Wait};
    t.concurrency = TenantConcurrency{5, ConcurrencyBehavior::Cancel};
    t.quotas = QList<TenantQuota>{{QStringLiteral("PT1H"), 10, QuotaBehavior::Cancel}};
    t.storageType = QStringLiteral("s3");
    t.storageConfiguration = {{QStringLiteral("bucket"), QStringLiteral("b")},
                              {QStringLiteral("n"), QVariant(qlonglong(64))},
                              {QStringLiteral("ratio"), QVariant(0.5)},
                              {QStringLiteral("flag"), QVariant(true)},
                              {QStringLiteral("none"), QVariant()},
                              {QStringLiteral("list"), QVariantList{QStringLiteral("a"), QVariant(qlonglong(2))}},
                              {QStringLiteral("map"), QVariantMap{{QStringLiteral("x"), QVariant(qlonglong(1))}}}};
    t.storageIsolation = Isolation{true, {QStringLiteral("WORKER")}};
    t.secretType = QStringLiteral("vault");
    t.secretConfiguration = {{QStringLiteral("address"), QStringLiteral("https://vault")}};
    t.secretReadOnly = true;
    t.secretIsolation = Isolation{false, {}};
    t.requireExistingNamespace = true;
    t.outputsInInternalStorage = true;
    t.appCatalogConfig = AppCatalogConfig{QStringLiteral("t"), QStringLiteral("#1"), QStringLiteral("#2"),
                                          QStringLiteral("#3"), QStringLiteral("#4"), QStringLiteral("#5")};
    t.settings = TenantSettings{DashboardSettings{QStringLiteral("h"), QStringLiteral("f"), QStringLiteral("n")}};
    t.sdkDefaultAuthentication = SdkAuthentication{std::nullopt, QStringLiteral("sdk"), std::nullopt};
    return t;
}

} // namespace

class TestJsonCodecs : public QObject
{
    Q_OBJECT
private slots:
    void roundTripsEveryType();
    void decodesTenant20();
    void decodesTenant13();
    void tenantPutKeepsUnknownFields();
    void tenantEncodeWithoutRawEmitsOnlySchemaFields();
    void decodesUsers();
    void superAdminAndInstanceOwner();
    void decodesMe();
    void decodesTenantAccess();
    void decodesServiceAccounts();
    void decodesApiTokens();
    void createdTokenIsASecret();
    void decodesGroupsRolesBindings();
    void decodesCatalogs();
    void decodesInvitationConfigWorkerGroups();
    void decodesErrorBodies();
    void encodesRequestsWithSchemaKeysOnly();
    void unknownEnumValuesAreKept();
};

void TestJsonCodecs::roundTripsEveryType()
{
    roundTripAll(sampleTenant());
    roundTripAll(TenantRef{QStringLiteral("dev"), QStringLiteral("Dev")});
    const QList<AuthMethod> auths{{QStringLiteral("a1"), QStringLiteral("basic"), QStringLiteral("BASIC_AUTH")}};
    const QList<TenantRef> tenants{{QStringLiteral("dev"), QStringLiteral("Dev")}};
    roundTripAll(UserSummary{QStringLiteral("u1"), QStringLiteral("a@b.c"), QStringLiteral("A"), tenants, auths, true});
    roundTripAll(User{QStringLiteral("u1"), QStringLiteral("a@b.c"), QStringLiteral("A B"), QStringLiteral("A"),
                      QStringLiteral("B"), QStringLiteral("a@b.c"), tenants, auths,
                      {{QStringLiteral("g1"), QStringLiteral("dev")}}, true, true});
    roundTripAll(UserRequest{QStringLiteral("a@b.c"), QStringLiteral("A"), QStringLiteral("B"),
                             SecretString(QStringLiteral("pw")), {QStringLiteral("dev")}, {QStringLiteral("g1")}, true, true});
    roundTripAll(UserRequest{QStringLiteral("a@b.c"), {}, {}, std::nullopt, {}, {}, false, false});
    roundTripAll(UserDetailsPatch{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("a@b.c")});
    roundTripAll(UserPasswordPatch{SecretString(QStringLiteral("pw"))});
    roundTripAll(PasswordChangeRequest{SecretString(QStringLiteral("old")), SecretString(QStringLiteral("new"))});
    roundTripAll(SuperAdminPatch{true});
    roundTripAll(RestrictedPatch{true});
    roundTripAll(Me{QStringLiteral("u1"), true, true,
                    MeProfile{QStringLiteral("a@b.c"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("a@b.c")},
                    auths, {{QStringLiteral("dev"), QStringLiteral("Dev"), QStringLiteral("logo.png")}}});
    const QList<TenantAccessGroup> groups{{QStringLiteral("g1"), QStringLiteral("G"), true}};
    roundTripAll(TenantAccessUser{QStringLiteral("u1"), QStringLiteral("a@b.c"), QStringLiteral("A"),
                                  QStringLiteral("d"), groups, {{QStringLiteral("basic"), QStringLiteral("BASIC")}}});
    roundTripAll(TenantAccess{QStringLiteral("dev"), QStringLiteral("u1"), QStringLiteral("a@b.c"), QStringLiteral("A"), true, groups,
                              {{QStringLiteral("r1"), QStringLiteral("Admin"), QStringLiteral("company"), RoleOrigin::Group,
                                QStringLiteral("g1"), {{QStringLiteral("FLOW"), {QStringLiteral("VIEW")}}}}}});
    roundTripAll(TenantAccessCreateRequest{QStringLiteral("a@b.c")});
    roundTripAll(UserGroupsRequest{{QStringLiteral("g1"), QStringLiteral("g2")}});
    roundTripAll(Autocomplete{QStringLiteral("al"), {QStringLiteral("u1")}, true});
    roundTripAll(Autocomplete{std::nullopt, {}, false});
    roundTripAll(Ids{{QStringLiteral("a"), QStringLiteral("b")}});
    roundTripAll(ServiceAccount{QStringLiteral("sa"), QStringLiteral("ci-bot"), QStringLiteral("d"), true, tenants, std::nullopt});
    roundTripAll(ServiceAccount{QStringLiteral("sa"), QStringLiteral("ci-bot"), QStringLiteral("d"), false, std::nullopt,
                                QStringList{QStringLiteral("g1")}});
    roundTripAll(ServiceAccountRequest{QStringLiteral("ci-bot"), QStringLiteral("d"), true, {QStringLiteral("g1")}});
    roundTripAll(InstanceServiceAccountRequest{QStringLiteral("ci-bot"), QStringLiteral("d"), true, {QStringLiteral("dev")}});
    roundTripAll(ServiceAccountPatch{QStringLiteral("ci-bot"), QStringLiteral("d")});
    const ApiToken token{QStringLiteral("t1"), QStringLiteral("gh"), QStringLiteral("d"), QStringLiteral("kst_"),
                         utc(2026, 1, 2, 3, 4, 5, 123), utc(2026, 4, 1, 0, 0, 0), QDateTime(), true, false};
    roundTripAll(token);
    roundTripAll(ApiTokenList{{token, token}, 2});
    roundTripAll(CreateApiTokenRequest{QStringLiteral("gh"), QStringLiteral("d"), QStringLiteral("P30D"), true});
    roundTripAll(CreateApiTokenRequest{QStringLiteral("gh"), {}, {}, false});
    roundTripAll(CreatedApiToken{QStringLiteral("t1"), QStringLiteral("gh"), SecretString(QStringLiteral("kst_secret"))});
    roundTripAll(GroupSummary{QStringLiteral("g1"), QStringLiteral("G"), QStringLiteral("d"), QStringLiteral("okta")});
    roundTripAll(Group{QStringLiteral("g1"), QStringLiteral("G"), QStringLiteral("d")});
    roundTripAll(GroupCreateRequest{QStringLiteral("G"), QStringLiteral("d"), {QStringLiteral("u1")}});
    roundTripAll(GroupUpdateRequest{QStringLiteral("G"), QStringLiteral("d")});
    roundTripAll(GroupMember{QStringLiteral("u1"), QStringLiteral("a@b.c"), QStringLiteral("A"),
                             {{QStringLiteral("g1"), QStringLiteral("G"), true, GroupMembership::Owner}}});
    roundTripAll(RoleSummary{QStringLiteral("r1"), QStringLiteral("Admin"), true, true, 7});
    const PermissionMap perms{{QStringLiteral("FLOW"), {QStringLiteral("VIEW"), QStringLiteral("LIST")}},
                              {QStringLiteral("COPILOT"), {}}};
    roundTripAll(Role{QStringLiteral("r1"), QStringLiteral("Admin"), QStringLiteral("d"), perms, true, true});
    roundTripAll(RoleRequest{QStringLiteral("Admin"), QStringLiteral("d"), perms, true});
    roundTripAll(PermissionCatalog{perms});
    roundTripAll(RoleTemplates{{{QStringLiteral("ADMIN"), perms}, {QStringLiteral("EDITOR"), {}}}});
    roundTripAll(Binding{QStringLiteral("b1"), BindingType::Group, QStringLiteral("company.team"),
                         {QStringLiteral("r1"), QStringLiteral("Admin")}, BindingGroup{QStringLiteral("g1"), QStringLiteral("G")}, std::nullopt});
    roundTripAll(Binding{QStringLiteral("b2"), BindingType::User, {}, {QStringLiteral("r1"), QStringLiteral("Admin")}, std::nullopt,
                         BindingUser{QStringLiteral("sa"), QStringLiteral("ci-bot"), QStringLiteral("ci-bot"), UserType::ServiceAccount}});
    roundTripAll(BindingRequest{BindingType::Group, QStringLiteral("g1"), QStringLiteral("r1"), QStringLiteral("company")});
    roundTripAll(BindingRequest{BindingType::User, QStringLiteral("u1"), QStringLiteral("r1"), std::nullopt});
    roundTripAll(Invitation{QStringLiteral("i1"), QStringLiteral("dev"), QStringLiteral("a@b.c"), InvitationStatus::Accepted,
                            utc(2026, 1, 1, 0, 0, 0), utc(2026, 1, 8, 0, 0, 0), utc(2026, 1, 2, 0, 0, 0), true, QStringLiteral("https://x"),
                            {{QStringLiteral("r1"), QStringLiteral("Admin"), false, true, 0}},
                            {{QStringLiteral("g1"), QStringLiteral("G"), {}, {}}}});
    roundTripAll(InvitationRequest{QStringLiteral("a@b.c"), {{QStringLiteral("r1"), {QStringLiteral("company")}}},
                                   {QStringLiteral("g1")}, true, true});
    roundTripAll(ServerConfig{QStringLiteral("2.0.0"), QStringLiteral("EE")});
    roundTripAll(WorkerGroup{QStringLiteral("wg"), QStringLiteral("gpu"), QStringLiteral("d")});
    roundTripAll(ErrorBody{QStringLiteral("Invalid"), {{QStringLiteral("must not be blank"), QStringLiteral("name")}}});
    roundTripAll(ErrorBody{QStringLiteral("Unauthorized"), {}});
}

void TestJsonCodecs::decodesTenant20()
{
    auto r = json::decode<Tenant>(fixture("tenant-2.0.json"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const Tenant& t = r.value();
    QCOMPARE(t.id, QStringLiteral("dev"));
    QCOMPARE(t.name, QStringLiteral("Development"));
    QVERIFY(t.defaultWorkerSelector);
    QCOMPARE(t.defaultWorkerSelector->tags, QStringList({QStringLiteral("gpu"), QStringLiteral("eu-west")}));
    QCOMPARE(t.defaultWorkerSelector->match, WorkerSelectorMatch::Any);
    QCOMPARE(t.defaultWorkerSelector->fallback, WorkerFallback::Wait);
    QVERIFY(!t.workerGroup);
    QCOMPARE(t.concurrency->limit, 10);
    QCOMPARE(t.concurrency->behavior, ConcurrencyBehavior::Queue);
    QCOMPARE(t.quotas->size(), 2);
    QCOMPARE(t.quotas->at(1).limit, 5000);
    QCOMPARE(t.quotas->at(1).behavior, QuotaBehavior::Cancel);
    QCOMPARE(t.storageConfiguration.value(QStringLiteral("bucket")).toString(), QStringLiteral("kestra-dev"));
    QCOMPARE(t.storageConfiguration.value(QStringLiteral("forcePathStyle")).toBool(), true);
    QCOMPARE(t.storageConfiguration.value(QStringLiteral("maxConnections")).toLongLong(), 64);
    QCOMPARE(t.storageConfiguration.value(QStringLiteral("ratio")).toDouble(), 0.75);
    QVERIFY(t.storageConfiguration.contains(QStringLiteral("endpoint")));
    QVERIFY(t.storageConfiguration.value(QStringLiteral("endpoint")).isNull());
    QCOMPARE(t.storageConfiguration.value(QStringLiteral("nested")).toMap().value(QStringLiteral("x")).toInt(), 1);
    QCOMPARE(t.storageIsolation->deniedServices.size(), 2);
    QCOMPARE(t.secretConfiguration.value(QStringLiteral("kvVersion")).toInt(), 2);
    QVERIFY(t.secretReadOnly);
    QVERIFY(t.requireExistingNamespace);
    QCOMPARE(t.appCatalogConfig->buttonTextColor, QStringLiteral("#000000"));
    QCOMPARE(t.settings->dashboard->defaultNamespaceOverviewDashboard, QStringLiteral("ns"));
    QVERIFY(t.sdkDefaultAuthentication);
    QVERIFY(!t.sdkDefaultAuthentication->apiToken);
    QVERIFY(!t.raw.isEmpty());

    // The free-form map survives a round trip value for value.
    auto again = json::decode<Tenant>(json::encode(t));
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->storageConfiguration, t.storageConfiguration);
    const QJsonObject storage = object(json::encode(t)).value(QStringLiteral("storageConfiguration")).toObject();
    QVERIFY(storage.value(QStringLiteral("endpoint")).isNull());
    QVERIFY(storage.value(QStringLiteral("forcePathStyle")).isBool());
    QCOMPARE(storage.value(QStringLiteral("maxConnections")).toInt(), 64);
}

void TestJsonCodecs::decodesTenant13()
{
    auto r = json::decode<Tenant>(fixture("tenant-1.3.json"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QVERIFY(!r->defaultWorkerSelector);
    QVERIFY(!r->concurrency);
    QVERIFY(!r->quotas);
    QVERIFY(!r->settings);
    QVERIFY(!r->secretIsolation); // null
    QCOMPARE(r->workerGroup->key, QStringLiteral("gpu-workers"));
    QCOMPARE(r->workerGroup->fallback, WorkerFallback::Cancel);
    QVERIFY(r->outputsInInternalStorage);
    QCOMPARE(r->appCatalogConfig->title, QStringLiteral("Apps"));

    // Writing it back must not invent the 2.0-only keys a 1.3 server would reject.
    const QJsonObject out = object(json::encode(r.value()));
    QVERIFY(!out.contains(QStringLiteral("concurrency")));
    QVERIFY(!out.contains(QStringLiteral("quotas")));
    QVERIFY(!out.contains(QStringLiteral("settings")));
    QVERIFY(!out.contains(QStringLiteral("defaultWorkerSelector")));
    const QJsonObject catalog = out.value(QStringLiteral("appCatalogConfig")).toObject();
    QCOMPARE(catalog.keys(), QStringList({QStringLiteral("primaryColor"), QStringLiteral("title"), QStringLiteral("titleColor")}));
    QCOMPARE(out.value(QStringLiteral("workerGroup")).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("gpu-workers"));
}

void TestJsonCodecs::tenantPutKeepsUnknownFields()
{
    auto r = json::decode<Tenant>(fixture("tenant-2.0.json"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    Tenant t = r.value();
    t.name = QStringLiteral("Renamed");
    t.concurrency.reset();
    t.quotas = QList<TenantQuota>{};
    t.defaultWorkerSelector->tags = {QStringLiteral("cpu")};
    t.storageConfiguration.remove(QStringLiteral("region"));

    const QJsonObject out = object(json::encode(t));
    QCOMPARE(out.value(QStringLiteral("name")).toString(), QStringLiteral("Renamed"));
    QCOMPARE(out.value(QStringLiteral("someFutureFlag")).toString(), QStringLiteral("keep me"));
    QCOMPARE(out.value(QStringLiteral("pluginDefaults")).toArray().size(), 1);
    const QJsonObject selector = out.value(QStringLiteral("defaultWorkerSelector")).toObject();
    QCOMPARE(selector.value(QStringLiteral("futureKnob")).toInt(), 3); // unknown nested key kept
    QCOMPARE(selector.value(QStringLiteral("tags")).toArray().size(), 1);
    QVERIFY(out.contains(QStringLiteral("concurrency")));
    QVERIFY(out.value(QStringLiteral("concurrency")).isNull()); // removed, not silently kept
    QVERIFY(out.value(QStringLiteral("quotas")).isArray());
    QVERIFY(out.value(QStringLiteral("quotas")).toArray().isEmpty());
    QVERIFY(!out.value(QStringLiteral("storageConfiguration")).toObject().contains(QStringLiteral("region")));
    QVERIFY(!out.contains(QStringLiteral("logo")));
}

void TestJsonCodecs::tenantEncodeWithoutRawEmitsOnlySchemaFields()
{
    Tenant t;
    t.id = QStringLiteral("new");
    t.name = QStringLiteral("New");
    t.logo = QStringLiteral("ignored");
    const QJsonObject out = object(json::encode(t));
    const QStringList expected{QStringLiteral("deleted"), QStringLiteral("id"), QStringLiteral("name"),
                               QStringLiteral("outputsInInternalStorage"), QStringLiteral("requireExistingNamespace"),
                               QStringLiteral("secretReadOnly")};
    QCOMPARE(out.keys(), expected);
    QCOMPARE(out.value(QStringLiteral("deleted")).toBool(true), false);
}

void TestJsonCodecs::decodesUsers()
{
    auto user = json::decode<User>(fixture("user.json"));
    QVERIFY2(user.ok(), qPrintable(user.error()));
    QCOMPARE(user->id, QStringLiteral("4by6NvSLcPXFhCj8nwbZOM"));
    QCOMPARE(user->email, QStringLiteral("alice@acme.com"));
    QCOMPARE(user->auths.size(), 2);
    QCOMPARE(user->auths.at(1).type, QStringLiteral("OIDC"));
    QCOMPARE(user->groups.at(0).tenantId, QStringLiteral("dev"));
    QCOMPARE(user->tenants.at(0).name, QStringLiteral("Development"));
    QVERIFY(user->restricted);
    QVERIFY(!user->instanceOwner);

    auto page = json::decode<Page<UserSummary>>(fixture("users-page.json"));
    QVERIFY2(page.ok(), qPrintable(page.error()));
    QCOMPARE(page->total, 3);
    QCOMPARE(page->results.size(), 3);
    QCOMPARE(page->results.at(2).displayName, QString()); // null is absent
    QVERIFY(page->results.at(2).tenants.isEmpty());
}

void TestJsonCodecs::superAdminAndInstanceOwner()
{
    auto page = json::decode<Page<UserSummary>>(fixture("users-page.json"));
    QVERIFY2(page.ok(), qPrintable(page.error()));
    QVERIFY(page->results.at(0).instanceOwner);  // superAdmin: true
    QVERIFY(page->results.at(1).instanceOwner);  // instanceOwner: true (2.0 GA)
    QVERIFY(!page->results.at(2).instanceOwner); // both false

    auto both = json::decode<User>(QByteArrayLiteral(R"({"superAdmin": true, "instanceOwner": false})"));
    QVERIFY(both.ok());
    QVERIFY(both->instanceOwner);
    auto sa = json::decode<ServiceAccount>(QByteArrayLiteral(R"({"name": "x", "instanceOwner": true})"));
    QVERIFY(sa.ok());
    QVERIFY(sa->superAdmin);
    auto access = json::decode<TenantAccess>(QByteArrayLiteral(R"({"instanceOwner": true})"));
    QVERIFY(access.ok());
    QVERIFY(access->instanceOwner);
    // Requests keep the key every server accepts.
    QVERIFY(object(json::encode(User{})).contains(QStringLiteral("superAdmin")));
    QVERIFY(!object(json::encode(User{})).contains(QStringLiteral("instanceOwner")));
}

void TestJsonCodecs::decodesMe()
{
    auto me = json::decode<Me>(fixture("me.json"));
    QVERIFY2(me.ok(), qPrintable(me.error()));
    QVERIFY(me->instanceOwner);
    QCOMPARE(me->profile.firstName, QStringLiteral("Alice"));
    QCOMPARE(me->auths.at(0).type, QStringLiteral("BASIC_AUTH"));
    QCOMPARE(me->tenants.size(), 2);
    QCOMPARE(me->tenants.at(0).logo, QStringLiteral("https://cdn.example.com/dev.png"));
    QCOMPARE(me->tenants.at(1).logo, QString());
}

void TestJsonCodecs::decodesTenantAccess()
{
    auto page = json::decode<Page<TenantAccessUser>>(fixture("tenant-access-page.json"));
    QVERIFY2(page.ok(), qPrintable(page.error()));
    QCOMPARE(page->results.at(0).groups.at(1).external, true);
    QCOMPARE(page->results.at(1).description, QStringLiteral("CI robot"));

    auto access = json::decode<TenantAccess>(fixture("tenant-access-2.0.json"));
    QVERIFY2(access.ok(), qPrintable(access.error()));
    QVERIFY(access->instanceOwner);
    QCOMPARE(access->roles.size(), 2);
    QCOMPARE(access->roles.at(0).origin, RoleOrigin::Group);
    QCOMPARE(access->roles.at(0).namespaceId, QString());
    QCOMPARE(access->roles.at(1).namespaceId, QStringLiteral("company.team"));
    QCOMPARE(access->roles.at(1).origin, RoleOrigin::Binding);
    QCOMPARE(access->roles.at(0).permissions.at(0).resource, QStringLiteral("FLOW"));
    QCOMPARE(access->roles.at(0).permissions.at(0).actions.size(), 3);

    auto legacy = json::decode<TenantAccess>(fixture("tenant-access-1.3.json"));
    QVERIFY2(legacy.ok(), qPrintable(legacy.error()));
    QCOMPARE(legacy->roles.at(0).permissions.at(0).resource, QStringLiteral("FLOW")); // from `permission`
    QCOMPARE(legacy->roles.at(0).origin, RoleOrigin::Unknown);
}

void TestJsonCodecs::decodesServiceAccounts()
{
    auto instance = json::decode<ServiceAccount>(fixture("service-account-instance.json"));
    QVERIFY2(instance.ok(), qPrintable(instance.error()));
    QVERIFY(instance->superAdmin);
    QVERIFY(instance->tenants);
    QCOMPARE(instance->tenants->size(), 2);
    QVERIFY(!instance->groupIds);

    auto tenant = json::decode<ServiceAccount>(fixture("service-account-tenant.json"));
    QVERIFY2(tenant.ok(), qPrintable(tenant.error()));
    QVERIFY(!tenant->tenants);
    QCOMPARE(tenant->groupIds.value(), QStringList({QStringLiteral("g1"), QStringLiteral("g2")}));

    const QJsonObject body = object(json::encode(ServiceAccountRequest{QStringLiteral("ci-bot"), {}, false, {QStringLiteral("g1")}}));
    QCOMPARE(body.value(QStringLiteral("groups")).toArray().at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("g1"));

    auto missingName = json::decode<ServiceAccount>(QByteArrayLiteral(R"({"id": "x"})"));
    QVERIFY(!missingName.ok());
    QVERIFY2(missingName.error().contains(QStringLiteral("name")), qPrintable(missingName.error()));
}

void TestJsonCodecs::decodesApiTokens()
{
    auto list = json::decode<ApiTokenList>(fixture("api-token-list.json"));
    QVERIFY2(list.ok(), qPrintable(list.error()));
    QCOMPARE(list->total, 2);
    const ApiToken& t1 = list->results.at(0);
    QCOMPARE(t1.iat, utc(2026, 1, 2, 3, 4, 5, 123));
    QCOMPARE(t1.exp, utc(2026, 4, 2, 3, 4, 5));
    QVERIFY(t1.lastUsed.isValid()); // microseconds are accepted
    QCOMPARE(t1.lastUsed.date(), QDate(2026, 1, 3));
    QVERIFY(t1.extended);
    const ApiToken& t2 = list->results.at(1);
    QCOMPARE(t2.iat, utc(2025, 6, 1, 10, 0, 0)); // offset honoured
    QVERIFY(!t2.exp.isValid());
    QVERIFY(t2.expired);

    auto bad = json::decode<ApiTokenList>(QByteArrayLiteral(
        R"({"results": [{"id": "t", "name": "n", "prefix": "p", "iat": "yesterday"}]})"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().startsWith(QStringLiteral("results[0].iat")), qPrintable(bad.error()));

    const QJsonObject never = object(json::encode(CreateApiTokenRequest{QStringLiteral("gh"), QStringLiteral("d"), {}, false}));
    QVERIFY(!never.contains(QStringLiteral("maxAge")));
    const QJsonObject month = object(json::encode(CreateApiTokenRequest{QStringLiteral("gh"), {}, QStringLiteral("P30D"), true}));
    QCOMPARE(month.value(QStringLiteral("maxAge")).toString(), QStringLiteral("P30D"));
    QCOMPARE(month.value(QStringLiteral("extended")).toBool(), true);
}

void TestJsonCodecs::createdTokenIsASecret()
{
    auto created = json::decode<CreatedApiToken>(fixture("created-api-token.json"));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QCOMPARE(created->fullToken.utf8(), QByteArrayLiteral("kst_ab12.s3cr3t-t0ken-value"));
    QString printed;
    QDebug(&printed) << created->fullToken;
    QVERIFY(!printed.contains(QStringLiteral("s3cr3t")));

    auto missing = json::decode<CreatedApiToken>(QByteArrayLiteral(R"({"id": "t", "name": "n"})"));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().startsWith(QStringLiteral("fullToken")), qPrintable(missing.error()));

    // A truncated body must not echo the token in the error text.
    auto truncated = json::decode<CreatedApiToken>(QByteArrayLiteral(R"({"id": "t", "fullToken": "kst_topsecretvalue)"));
    QVERIFY(!truncated.ok());
    QVERIFY2(!truncated.error().contains(QStringLiteral("topsecret")), qPrintable(truncated.error()));
}

void TestJsonCodecs::decodesGroupsRolesBindings()
{
    auto groups = json::decode<Page<GroupSummary>>(fixture("groups-page.json"));
    QVERIFY2(groups.ok(), qPrintable(groups.error()));
    QCOMPARE(groups->results.at(1).securityIntegrationName, QStringLiteral("okta"));
    QCOMPARE(groups->results.at(1).description, QString());

    auto members = json::decode<Page<GroupMember>>(fixture("group-members-page.json"));
    QVERIFY2(members.ok(), qPrintable(members.error()));
    QCOMPARE(members->results.at(0).groups.at(0).membership, GroupMembership::Owner);
    QCOMPARE(members->results.at(0).groups.at(1).membership, GroupMembership::Member);

    auto roles = json::decode<Page<RoleSummary>>(fixture("roles-page.json"));
    QVERIFY2(roles.ok(), qPrintable(roles.error()));
    QCOMPARE(roles->results.at(0).permissionCount, 42);
    QVERIFY(roles->results.at(0).isManaged);
    QCOMPARE(roles->results.at(1).permissionCount, 0);

    auto role = json::decode<Role>(fixture("role.json"));
    QVERIFY2(role.ok(), qPrintable(role.error()));
    QCOMPARE(role->permissions.value(QStringLiteral("EXECUTION")).size(), 3);
    QVERIFY(role->isDefault);

    auto bindings = json::decode<Page<Binding>>(fixture("bindings-page.json"));
    QVERIFY2(bindings.ok(), qPrintable(bindings.error()));
    QCOMPARE(bindings->results.size(), 3);
    const Binding& b1 = bindings->results.at(0);
    QCOMPARE(b1.type, BindingType::User);
    QVERIFY(!b1.group);
    QCOMPARE(b1.user->type, UserType::Standard);
    QCOMPARE(b1.role.name, QStringLiteral("Admin"));
    QCOMPARE(bindings->results.at(1).namespaceId, QStringLiteral("company.team"));
    QCOMPARE(bindings->results.at(1).group->name, QStringLiteral("Admins"));
    QCOMPARE(bindings->results.at(2).user->type, UserType::ServiceAccount);

    // Request uses namespaceId, and only when set.
    const QJsonObject tenantWide = object(json::encode(BindingRequest{BindingType::User, QStringLiteral("u1"), QStringLiteral("r1"), std::nullopt}));
    QVERIFY(!tenantWide.contains(QStringLiteral("namespaceId")));
    QCOMPARE(tenantWide.value(QStringLiteral("type")).toString(), QStringLiteral("USER"));
    const QJsonObject scoped = object(json::encode(BindingRequest{BindingType::Group, QStringLiteral("g1"), QStringLiteral("r1"), QStringLiteral("company")}));
    QCOMPARE(scoped.value(QStringLiteral("namespaceId")).toString(), QStringLiteral("company"));
}

void TestJsonCodecs::decodesCatalogs()
{
    auto catalog = json::decode<PermissionCatalog>(fixture("acl-permissions.json"));
    QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
    QCOMPARE(catalog->actionsByResource.size(), 3);
    QCOMPARE(catalog->actionsByResource.value(QStringLiteral("COPILOT")), QStringList({QStringLiteral("USE")}));

    auto templates = json::decode<RoleTemplates>(fixture("acl-templates.json"));
    QVERIFY2(templates.ok(), qPrintable(templates.error()));
    QCOMPARE(templates->templates.size(), 5);
    QVERIFY(templates->templates.value(QStringLiteral("EDITOR")).isEmpty());
    QCOMPARE(templates->templates.value(QStringLiteral("ADMIN")).value(QStringLiteral("ROLE")), QStringList({QStringLiteral("VIEW")}));

    auto wrong = json::decode<PermissionCatalog>(QByteArrayLiteral(R"({"FLOW": ["VIEW", 3]})"));
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.error().startsWith(QStringLiteral("FLOW[1]: expected a string, got number")), qPrintable(wrong.error()));
}

void TestJsonCodecs::decodesInvitationConfigWorkerGroups()
{
    auto invitation = json::decode<Invitation>(fixture("invitation.json"));
    QVERIFY2(invitation.ok(), qPrintable(invitation.error()));
    QCOMPARE(invitation->status, InvitationStatus::Pending);
    QCOMPARE(invitation->sentAt, utc(2026, 2, 1, 10, 0, 0));
    QVERIFY(!invitation->acceptedAt.isValid());
    QCOMPARE(invitation->roles.at(0).name, QStringLiteral("Viewer"));
    QCOMPARE(invitation->groups.at(0).id, QStringLiteral("g1"));

    auto config = json::decode<ServerConfig>(fixture("configs.json"));
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QCOMPARE(config->version, QStringLiteral("2.0.0-SNAPSHOT"));
    QVERIFY(config->isEnterprise());
    const ServerConfig oss{QStringLiteral("0.19.0"), QStringLiteral("OSS")};
    QVERIFY(!oss.isEnterprise());

    auto wrapped = json::decode<QList<WorkerGroup>>(fixture("worker-groups.json"));
    QVERIFY2(wrapped.ok(), qPrintable(wrapped.error()));
    QCOMPARE(wrapped->size(), 2);
    QCOMPARE(wrapped->at(0).description, QStringLiteral("GPU nodes"));
    auto bare = json::decode<QList<WorkerGroup>>(QByteArrayLiteral(R"([{"id": "w", "name": "n"}])"));
    QVERIFY2(bare.ok(), qPrintable(bare.error()));
    QCOMPARE(bare->at(0).id, QStringLiteral("w"));
}

void TestJsonCodecs::decodesErrorBodies()
{
    auto validation = json::decode<ErrorBody>(fixture("error-validation.json"));
    QVERIFY2(validation.ok(), qPrintable(validation.error()));
    QCOMPARE(validation->message, QStringLiteral("Invalid entity: name: must not be blank"));
    QCOMPARE(validation->fieldErrors.size(), 2);
    QCOMPARE(validation->fieldErrors.at(1).path, QStringLiteral("id"));

    auto links = json::decode<ErrorBody>(fixture("error-links-array.json"));
    QVERIFY2(links.ok(), qPrintable(links.error()));
    QCOMPARE(links->message, QStringLiteral("Unauthorized"));
    QVERIFY(links->fieldErrors.isEmpty());
}

void TestJsonCodecs::encodesRequestsWithSchemaKeysOnly()
{
    const QJsonObject user = object(json::encode(UserRequest{QStringLiteral("a@b.c"), QStringLiteral("A"), QStringLiteral("B"),
                                                             std::nullopt, {QStringLiteral("dev")}, {}, false, false}));
    QCOMPARE(user.keys(), QStringList({QStringLiteral("email"), QStringLiteral("firstName"), QStringLiteral("groups"),
                                       QStringLiteral("lastName"), QStringLiteral("restricted"), QStringLiteral("superAdmin"),
                                       QStringLiteral("tenants")}));
    const QJsonObject patch = object(json::encode(UserDetailsPatch{QStringLiteral("A"), {}, {}}));
    QCOMPARE(patch.keys(), QStringList({QStringLiteral("firstName")}));
    const QJsonObject role = object(json::encode(RoleRequest{QStringLiteral("R"), {}, {}, false}));
    QVERIFY(role.value(QStringLiteral("permissions")).isObject());
    const QJsonObject invitation = object(json::encode(InvitationRequest{QStringLiteral("a@b.c"), {{QStringLiteral("r1"), {}}}, {}, false, true}));
    QCOMPARE(invitation.value(QStringLiteral("roles")).toArray().at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("r1"));
    QCOMPARE(invitation.value(QStringLiteral("createUserIfNotExist")).toBool(), true);
    const QJsonObject password = object(json::encode(PasswordChangeRequest{SecretString(QStringLiteral("o")), SecretString(QStringLiteral("n"))}));
    QCOMPARE(password.value(QStringLiteral("newPassword")).toString(), QStringLiteral("n"));
}

void TestJsonCodecs::unknownEnumValuesAreKept()
{
    auto r = json::decode<Tenant>(QByteArrayLiteral(
        R"({"id": "t", "name": "T", "deleted": false, "concurrency": {"limit": 2, "behavior": "THROTTLE"}})"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->concurrency->behavior, ConcurrencyBehavior::Unknown);
    const QJsonObject out = object(json::encode(r.value()));
    QCOMPARE(out.value(QStringLiteral("concurrency")).toObject().value(QStringLiteral("behavior")).toString(), QStringLiteral("THROTTLE"));
    QCOMPARE(fromString<BindingType>(u"ROBOT"), BindingType::Unknown);
    QCOMPARE(toWireString(UserType::ServiceAccount), QStringLiteral("SERVICE_ACCOUNT"));
    QCOMPARE(fromString<WorkerFallback>(toWireString(WorkerFallback::Ignore)), WorkerFallback::Ignore);
}

KTC_TEST_MAIN(TestJsonCodecs)
#include "tst_jsoncodecs.moc"
