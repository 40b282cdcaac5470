#include "core/Json.h"
#include "support/TestMain.h"

using namespace ktc;

// Hostile and broken bodies: every one must give a clear failure, never a crash or a throw.
class TestJsonHostile : public QObject
{
    Q_OBJECT
private slots:
    void tenantErrors_data();
    void tenantErrors();
    void pageErrors_data();
    void pageErrors();
    void deepNesting();
    void nestingLimitIsExact();
    void hugeBody();
    void hugeString();
    void invalidUtf8();
    void unknownFieldsAreIgnored();
    void nullForOptionalFields();
};

void TestJsonHostile::tenantErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("name is a number") << QByteArray(R"({"id": "a", "name": 5, "deleted": false})")
                                      << QStringLiteral("name: expected a string, got number");
    QTest::newRow("id is null") << QByteArray(R"({"id": null, "name": "A", "deleted": false})")
                                << QStringLiteral("id: the required field is missing or null");
    QTest::newRow("deleted missing") << QByteArray(R"({"id": "a", "name": "A"})")
                                     << QStringLiteral("deleted: the required field is missing or null");
    QTest::newRow("deleted is a string") << QByteArray(R"({"id": "a", "name": "A", "deleted": "no"})")
                                         << QStringLiteral("deleted: expected a boolean, got string");
    QTest::newRow("limit is fractional")
        << QByteArray(R"({"id": "a", "name": "A", "deleted": false, "concurrency": {"limit": 1.5, "behavior": "QUEUE"}})")
        << QStringLiteral("concurrency.limit: expected an integer, got a fractional number");
    QTest::newRow("limit overflows int32")
        << QByteArray(R"({"id": "a", "name": "A", "deleted": false, "concurrency": {"limit": 10000000000, "behavior": "QUEUE"}})")
        << QStringLiteral("concurrency.limit: the number is out of range");
    QTest::newRow("quota without duration")
        << QByteArray(R"({"id": "a", "name": "A", "deleted": false, "quotas": [{"limit": 1, "behavior": "FAIL"}]})")
        << QStringLiteral("quotas[0].duration: the required field is missing or null");
    QTest::newRow("tags is an object")
        << QByteArray(R"({"id": "a", "name": "A", "deleted": false, "defaultWorkerSelector": {"tags": {}}})")
        << QStringLiteral("defaultWorkerSelector.tags: expected an array of strings, got object");
    QTest::newRow("tag is a bool")
        << QByteArray(R"({"id": "a", "name": "A", "deleted": false, "defaultWorkerSelector": {"tags": ["x", true]}})")
        << QStringLiteral("defaultWorkerSelector.tags[1]: expected a string, got boolean");
    QTest::newRow("storage configuration is a list")
        << QByteArray(R"({"id": "a", "name": "A", "deleted": false, "storageConfiguration": [1]})")
        << QStringLiteral("storageConfiguration: expected an object, got array");
    QTest::newRow("array top level") << QByteArray("[]") << QStringLiteral("top level: expected an object, got array");
    QTest::newRow("string top level") << QByteArray(R"("tenant")") << QStringLiteral("top level: expected an object, got string");
    QTest::newRow("null top level") << QByteArray("null") << QStringLiteral("top level: expected an object, got null");
    QTest::newRow("truncated") << QByteArray(R"({"id": "a", "name": "A", "dele)") << QStringLiteral("invalid JSON");
    QTest::newRow("trailing garbage") << QByteArray(R"({"id": "a", "name": "A", "deleted": false} x)") << QStringLiteral("invalid JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("the body is empty");
    QTest::newRow("white space") << QByteArray(" \n ") << QStringLiteral("the body is empty");
    QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>") << QStringLiteral("invalid JSON");
    QTest::newRow("nul byte") << QByteArray("{\"id\": \"a\0b\"}", 12) << QStringLiteral("invalid JSON");
}

void TestJsonHostile::tenantErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const auto r = json::decode<Tenant>(body);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().startsWith(expected), qPrintable(r.error()));
}

void TestJsonHostile::pageErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("results missing") << QByteArray(R"({"total": 1})") << QStringLiteral("results: the required field is missing or null");
    QTest::newRow("total missing") << QByteArray(R"({"results": []})") << QStringLiteral("total: the required field is missing or null");
    QTest::newRow("total is a string") << QByteArray(R"({"results": [], "total": "3"})") << QStringLiteral("total: expected an integer, got string");
    QTest::newRow("results is an object") << QByteArray(R"({"results": {}, "total": 0})") << QStringLiteral("results: expected an array, got object");
    QTest::newRow("fourth item name") << QByteArray(R"({"results": [{"id": "1", "name": "a"}, {"id": "2", "name": "b"}, {"id": "3", "name": "c"}, {"id": "4", "name": 7}], "total": 4})")
                                      << QStringLiteral("results[3].name: expected a string, got number");
    QTest::newRow("item is a string") << QByteArray(R"({"results": ["g1"], "total": 1})") << QStringLiteral("results[0]: expected an object, got string");
    QTest::newRow("item id null") << QByteArray(R"({"results": [{"id": null, "name": "a"}], "total": 1})")
                                  << QStringLiteral("results[0].id: the required field is missing or null");
    QTest::newRow("total beyond 64 bits") << QByteArray(R"({"results": [], "total": 99999999999999999999})")
                                       << QStringLiteral("total: expected an integer, got a fractional number");
}

void TestJsonHostile::pageErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const auto r = json::decode<Page<GroupSummary>>(body);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().startsWith(expected), qPrintable(r.error()));
}

void TestJsonHostile::deepNesting()
{
    const int depth = 10000;
    QByteArray arrays = QByteArray(depth, '[') + QByteArray(depth, ']');
    auto top = json::decode<QList<GroupSummary>>(arrays);
    QVERIFY(!top.ok());
    QVERIFY2(top.error().contains(QStringLiteral("deeper than 64")), qPrintable(top.error()));

    // Hidden in a field the console does not even read.
    QByteArray objects = QByteArrayLiteral(R"({"id": "a", "name": "A", "deleted": false, "x": )");
    for (int i = 0; i < depth; ++i)
        objects += QByteArrayLiteral(R"({"k": )");
    objects += "1";
    objects += QByteArray(depth + 1, '}');
    auto inner = json::decode<Tenant>(objects);
    QVERIFY(!inner.ok());
    QVERIFY2(inner.error().contains(QStringLiteral("deeper than 64")), qPrintable(inner.error()));

    // Unbalanced, never closed.
    auto open = json::decode<Tenant>(QByteArray(depth, '['));
    QVERIFY(!open.ok());
}

void TestJsonHostile::nestingLimitIsExact()
{
    auto nested = [](int levels) {
        QByteArray body = QByteArrayLiteral(R"({"id": "a", "name": "A", "deleted": false, "x": )");
        for (int i = 1; i < levels; ++i) // the outer object is level 1
            body += '[';
        body += QByteArray(levels - 1, ']') + '}';
        return body;
    };
    auto ok = json::decode<Tenant>(nested(json::kMaxDepth));
    QVERIFY2(ok.ok(), qPrintable(ok.error()));
    auto tooDeep = json::decode<Tenant>(nested(json::kMaxDepth + 1));
    QVERIFY(!tooDeep.ok());
}

void TestJsonHostile::hugeBody()
{
    QByteArray body = QByteArrayLiteral(R"({"id": "a", "name": "A", "deleted": false, "pad": ")");
    body += QByteArray(40 * 1024 * 1024, 'x');
    body += "\"}";
    auto r = json::decode<Tenant>(body);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("too large")), qPrintable(r.error()));
}

void TestJsonHostile::hugeString()
{
    QByteArray body = QByteArrayLiteral(R"({"id": "a", "name": ")");
    body += QByteArray(1024 * 1024, 'n');
    body += QByteArrayLiteral(R"(", "deleted": false})");
    auto r = json::decode<Tenant>(body);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("string is longer than")), qPrintable(r.error()));

    QByteArray key = QByteArrayLiteral(R"({")") + QByteArray(1024 * 1024, 'k') + QByteArrayLiteral(R"(": 1})");
    QVERIFY(!json::decode<Group>(key).ok());
}

void TestJsonHostile::invalidUtf8()
{
    const QByteArray bodies[] = {
        QByteArray("{\"id\": \"a\xff\", \"name\": \"A\", \"deleted\": false}"),
        QByteArray("{\"id\": \"\xc3\x28\", \"name\": \"A\", \"deleted\": false}"),     // bad continuation
        QByteArray("{\"id\": \"\xed\xa0\x80\", \"name\": \"A\", \"deleted\": false}"), // UTF-16 surrogate
        QByteArray("{\"id\": \"\xf0\x28\x8c\xbc\", \"name\": \"A\", \"deleted\": false}"),
        QByteArray("\xff\xfe{}"),
        QByteArray("{\"\xc0\xaf\": 1}"), // overlong, in a key
    };
    for (const auto& body : bodies) {
        auto r = json::decode<Tenant>(body);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().startsWith(QStringLiteral("invalid JSON")), qPrintable(r.error()));
        QVERIFY2(!r.error().contains(QStringLiteral("last read")), qPrintable(r.error()));
    }
}

void TestJsonHostile::unknownFieldsAreIgnored()
{
    auto r = json::decode<GroupSummary>(QByteArrayLiteral(
        R"({"id": "g", "name": "G", "members": [1, 2, {"deep": [null]}], "tenantId": "dev", "deleted": false, "x": null})"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->id, QStringLiteral("g"));
    auto user = json::decode<User>(QByteArrayLiteral(R"({"id": "u", "futureField": {"a": 1}, "groups": [{"id": "g", "tenantId": "t", "extra": 3}]})"));
    QVERIFY2(user.ok(), qPrintable(user.error()));
    QCOMPARE(user->groups.at(0).tenantId, QStringLiteral("t"));
}

void TestJsonHostile::nullForOptionalFields()
{
    auto r = json::decode<User>(QByteArrayLiteral(
        R"({"id": "u", "username": null, "tenants": null, "auths": null, "groups": null, "superAdmin": null, "restricted": null})"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QVERIFY(r->username.isEmpty());
    QVERIFY(!r->instanceOwner);
    auto token = json::decode<ApiToken>(QByteArrayLiteral(
        R"({"id": "t", "name": "n", "prefix": "p", "iat": "2026-01-01T00:00:00Z", "exp": null, "lastUsed": null, "description": null})"));
    QVERIFY2(token.ok(), qPrintable(token.error()));
    QVERIFY(!token->exp.isValid());
    auto binding = json::decode<Binding>(QByteArrayLiteral(R"({"id": "b", "type": "USER", "role": null, "user": null, "group": null})"));
    QVERIFY2(binding.ok(), qPrintable(binding.error()));
    QVERIFY(!binding->user);
}

KTC_TEST_MAIN(TestJsonHostile)
#include "tst_jsonhostile.moc"
