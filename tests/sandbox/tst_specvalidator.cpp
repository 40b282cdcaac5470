// Unit tests of SpecValidator on hand-made bodies: it must reject, not only accept.
#include "support/SpecValidator.h"
#include "support/TestMain.h"

#include <QTemporaryFile>

namespace ktc::test {

class TestSpecValidator : public QObject
{
    Q_OBJECT

private:
    SpecValidator m_spec;

    static QByteArray j(const char* text) { return QByteArray(text); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_spec.isLoaded(), qPrintable(m_spec.loadError()));
        QCOMPARE(m_spec.operations().size(), 96); // x-trimmed.stats.operations
    }

    void missingFileIsReported()
    {
        const SpecValidator missing(QStringLiteral("/nonexistent/spec.json"));
        QVERIFY(!missing.isLoaded());
        QVERIFY(missing.loadError().contains(QLatin1String("/nonexistent/spec.json")));
        QTemporaryFile notJson;
        QVERIFY(notJson.open());
        notJson.write("not json");
        notJson.close();
        QVERIFY(!SpecValidator(notJson.fileName()).isLoaded());
    }

    void operationsMatchTemplatedPaths_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expectedTemplate");
        QTest::addColumn<QString>("expectedOperationId");
        QTest::newRow("group by id") << "GET" << "/api/v1/acme/groups/3Fz9" << "/api/v1/{tenant}/groups/{id}" << "getGroup";
        QTest::newRow("literal search beats {id}") << "GET" << "/api/v1/acme/groups/search"
                                                   << "/api/v1/{tenant}/groups/search" << "searchGroups";
        QTest::newRow("query string ignored") << "get" << "/api/v1/acme/groups/search?page=2&size=25"
                                              << "/api/v1/{tenant}/groups/search" << "searchGroups";
        QTest::newRow("full url") << "GET" << "http://127.0.0.1:1234/api/v1/tenants/search?filters%5Bq%5D%5BEQUALS%5D=x"
                                  << "/api/v1/tenants/search" << "find";
        QTest::newRow("instance users, not a tenant called users")
            << "GET" << "/api/v1/users/abc" << "/api/v1/users/{id}" << "getUser";
        QTest::newRow("tenant service accounts") << "GET" << "/api/v1/acme/service-accounts"
                                                 << "/api/v1/{tenant}/service-accounts" << "listServiceAccountsForTenant";
        QTest::newRow("membership literal") << "PUT" << "/api/v1/acme/groups/g1/members/membership/u1"
                                            << "/api/v1/{tenant}/groups/{id}/members/membership/{userId}"
                                            << "setUserMembershipForGroup";
        QTest::newRow("member") << "PUT" << "/api/v1/acme/groups/g1/members/u1"
                                << "/api/v1/{tenant}/groups/{id}/members/{userId}" << "addUserToGroup";
        QTest::newRow("trailing slash") << "GET" << "/api/v1/me/" << "/api/v1/me" << "getCurrentUser";
    }

    void operationsMatchTemplatedPaths()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, expectedTemplate);
        QFETCH(QString, expectedOperationId);
        QVERIFY(m_spec.hasOperation(method, path));
        QCOMPARE(m_spec.operationTemplate(method, path), expectedTemplate);
        QCOMPARE(m_spec.operationId(method, path), expectedOperationId);
    }

    void unknownOperationsAreRejected_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown path") << "GET" << "/api/v1/acme/flows/search";
        QTest::newRow("wrong method") << "PATCH" << "/api/v1/acme/groups/g1";
        QTest::newRow("removed in 2.0") << "GET" << "/api/v1/acme/acls/actions";
        QTest::newRow("too many segments") << "GET" << "/api/v1/acme/groups/g1/extra";
        QTest::newRow("empty parameter") << "GET" << "/api/v1/acme/groups//members";
        QTest::newRow("sandbox control route") << "PUT" << "/_sandbox/faults";
    }

    void unknownOperationsAreRejected()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QVERIFY(!m_spec.hasOperation(method, path));
        QVERIFY(m_spec.operationTemplate(method, path).isEmpty());
        QVERIFY(m_spec.declaredStatuses(method, path).isEmpty());
        const QString error = m_spec.validateResponse(method, path, 200, j("{}"));
        QVERIFY(error.contains(QLatin1String("no operation")));
    }

    void declaredStatuses()
    {
        QCOMPARE(m_spec.declaredStatuses(QStringLiteral("PUT"), QStringLiteral("/api/v1/t/groups/g")),
                 (QStringList{QStringLiteral("200"), QStringLiteral("404"), QStringLiteral("409")}));
        QCOMPARE(m_spec.declaredStatuses(QStringLiteral("POST"), QStringLiteral("/api/v1/users")),
                 (QStringList{QStringLiteral("201"), QStringLiteral("404")}));
        QCOMPARE(m_spec.declaredStatuses(QStringLiteral("DELETE"), QStringLiteral("/api/v1/tenants/x")),
                 QStringList{QStringLiteral("204")});
    }

    void validResponsesAreAccepted()
    {
        const QString search = QStringLiteral("/api/v1/acme/groups/search");
        QCOMPARE(m_spec.validateResponse(QStringLiteral("GET"), search, 200,
                                         j(R"({"results":[{"id":"g1","name":"Ops"},)"
                                           R"({"id":"g2","name":"Dev","description":"d"}],"total":2})")),
                 QString());
        // Nullable description: null is allowed.
        QCOMPARE(m_spec.validateResponse(QStringLiteral("GET"), search, 200,
                                         j(R"({"results":[{"id":"g1","name":"Ops","description":null}],"total":1})")),
                 QString());
        // Declared without content (group delete 200): empty or any JSON.
        QCOMPARE(m_spec.validateResponse(QStringLiteral("DELETE"), QStringLiteral("/api/v1/t/groups/g"), 200, {}),
                 QString());
        QCOMPARE(m_spec.validateResponse(QStringLiteral("DELETE"), QStringLiteral("/api/v1/t/groups/g"), 200,
                                         j(R"({"anything":[1,2]})")),
                 QString());
        // Untyped `object` schema (SA tokens): any JSON.
        QCOMPARE(m_spec.validateResponse(QStringLiteral("GET"), QStringLiteral("/api/v1/t/service-accounts/s/api-tokens"),
                                         200, j(R"([1,"two"])")),
                 QString());
        // Declared 404 without a body schema.
        QCOMPARE(m_spec.validateResponse(QStringLiteral("GET"), QStringLiteral("/api/v1/t/groups/nope"), 404,
                                         j(R"({"message":"Group not found"})")),
                 QString());
        QCOMPARE(m_spec.validateResponse(QStringLiteral("DELETE"), QStringLiteral("/api/v1/tenants/x"), 204, {}), QString());
        // Nullable $ref via allOf: binding without group.
        QCOMPARE(m_spec.validateResponse(QStringLiteral("GET"), QStringLiteral("/api/v1/t/bindings/b1"), 200,
                                         j(R"({"id":"b1","type":"USER","namespace":null,"role":{"id":"r","name":"R"},)"
                                           R"("group":null,"user":{"id":"u","username":"a@b.c","type":"STANDARD"}})")),
                 QString());
        // A valid date-time.
        QCOMPARE(m_spec.validateResponse(QStringLiteral("GET"), QStringLiteral("/api/v1/me/api-tokens"), 200,
                                         j(R"({"results":[{"id":"t","name":"n","prefix":"p","iat":"2026-07-23T10:00:00Z"}],"total":1})")),
                 QString());
    }

    void invalidResponsesAreRejected_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expectedFragment");
        const QString search = QStringLiteral("/api/v1/acme/groups/search");
        QTest::newRow("missing required total") << "GET" << search << 200 << j(R"({"results":[]})") << "total";
        QTest::newRow("missing required name in item")
            << "GET" << search << 200 << j(R"({"results":[{"id":"g1"}],"total":1})") << "name";
        QTest::newRow("wrong type total") << "GET" << search << 200 << j(R"({"results":[],"total":"1"})") << "total";
        QTest::newRow("integer as float") << "GET" << search << 200 << j(R"({"results":[],"total":1.5})") << "total";
        QTest::newRow("null where not nullable")
            << "GET" << search << 200 << j(R"({"results":[{"id":"g1","name":null}],"total":1})") << "name";
        QTest::newRow("results not an array") << "GET" << search << 200 << j(R"({"results":{},"total":0})") << "results";
        QTest::newRow("not json") << "GET" << search << 200 << j("{results") << "not valid JSON";
        QTest::newRow("empty body with schema") << "GET" << search << 200 << QByteArray() << "not valid JSON";
        QTest::newRow("undeclared status") << "GET" << search << 201 << j(R"({"results":[],"total":0})")
                                           << "not declared";
        QTest::newRow("undeclared 404") << "GET" << search << 404 << j(R"({"message":"x"})") << "not declared";
        QTest::newRow("bad enum") << "GET" << "/api/v1/t/bindings/b1" << 200
                                  << j(R"({"id":"b1","type":"ROBOT","role":{"id":"r","name":"R"}})") << "type";
        QTest::newRow("nullable ref gets wrong type")
            << "GET" << "/api/v1/t/bindings/b1" << 200 << j(R"({"id":"b1","type":"USER","group":"g1"})") << "group";
        QTest::newRow("bad date-time") << "GET" << "/api/v1/me/api-tokens" << 200
                                       << j(R"({"results":[{"id":"t","name":"n","prefix":"p","iat":"yesterday"}]})")
                                       << "date-time";
        QTest::newRow("date-time as number") << "GET" << "/api/v1/me/api-tokens" << 200
                                             << j(R"({"results":[{"id":"t","name":"n","prefix":"p","iat":17}]})") << "iat";
        QTest::newRow("token without fullToken") << "POST" << "/api/v1/me/api-tokens" << 200
                                                 << j(R"({"id":"t","name":"n"})") << "fullToken";
        QTest::newRow("body on 204") << "DELETE" << "/api/v1/tenants/x" << 204 << j(R"({"ok":true})") << "204";
        QTest::newRow("untyped but not json") << "POST" << "/api/v1/logout" << 200 << j("<html>") << "not valid JSON";
    }

    void invalidResponsesAreRejected()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, expectedFragment);
        const QString error = m_spec.validateResponse(method, path, status, body);
        QVERIFY2(!error.isEmpty(), "accepted an invalid body");
        QVERIFY2(error.contains(expectedFragment), qPrintable(error));
    }

    void errorResponses()
    {
        const QString path = QStringLiteral("/api/v1/acme/groups/search");
        const QString get = QStringLiteral("GET");
        QCOMPARE(m_spec.validateErrorResponse(get, path, 401, j(R"({"message":"Unauthorized","_links":{"self":{"href":"/x"}}})")),
                 QString());
        QCOMPARE(m_spec.validateErrorResponse(get, path, 422,
                                              j(R"({"message":"Invalid entity","_embedded":{"errors":[{"message":"m","path":"name"}]}})")),
                 QString());
        QVERIFY(!m_spec.validateErrorResponse(get, path, 401, j(R"({"error":"Unauthorized"})")).isEmpty());
        QVERIFY(!m_spec.validateErrorResponse(get, path, 403, j("Forbidden")).isEmpty());
        QVERIFY(!m_spec.validateErrorResponse(get, path, 302, j(R"({"message":"x"})")).isEmpty());
        QVERIFY(!m_spec.validateErrorResponse(get, QStringLiteral("/nope"), 401, j(R"({"message":"x"})")).isEmpty());
        // A declared status is checked against its own declaration.
        QCOMPARE(m_spec.validateErrorResponse(QStringLiteral("POST"), QStringLiteral("/api/v1/t/groups"), 409,
                                              j(R"({"message":"exists"})")),
                 QString());
    }

    void requests()
    {
        const QString post = QStringLiteral("POST");
        QCOMPARE(m_spec.validateRequest(post, QStringLiteral("/api/v1/t/groups"), j(R"({"name":"Ops","membersId":["u1"]})")),
                 QString());
        QVERIFY(m_spec.validateRequest(post, QStringLiteral("/api/v1/t/groups"), j(R"({"description":"no name"})"))
                    .contains(QLatin1String("name")));
        QVERIFY(!m_spec.validateRequest(post, QStringLiteral("/api/v1/t/groups"), j(R"({"name":"x","membersId":"u1"})")).isEmpty());
        QVERIFY(!m_spec.validateRequest(post, QStringLiteral("/api/v1/t/groups"), {}).isEmpty()); // required body
        QCOMPARE(m_spec.validateRequest(post, QStringLiteral("/api/v1/tenants"), j(R"({"id":"dev","name":"Dev","deleted":false})")),
                 QString());
        QVERIFY(!m_spec.validateRequest(post, QStringLiteral("/api/v1/tenants"), j(R"({"id":"Dev!","name":"Dev","deleted":false})")).isEmpty());
        QCOMPARE(m_spec.validateRequest(QStringLiteral("GET"), QStringLiteral("/api/v1/me"), {}), QString());
        QVERIFY(!m_spec.validateRequest(QStringLiteral("GET"), QStringLiteral("/api/v1/me"), j("{}")).isEmpty());
        QVERIFY(!m_spec.validateRequest(post, QStringLiteral("/api/v1/nope"), j("{}")).isEmpty());
        QCOMPARE(m_spec.validateRequest(post, QStringLiteral("/api/v1/me/api-tokens"), j(R"({"name":"ci-token","maxAge":"PT1S"})")),
                 QString());
        QVERIFY(!m_spec.validateRequest(post, QStringLiteral("/api/v1/me/api-tokens"), j(R"({"name":"Not A Dns Label"})")).isEmpty());
    }

    void componentSchemas()
    {
        QCOMPARE(m_spec.validateSchema(QStringLiteral("ApiGroupSummary"), j(R"({"id":"a","name":"b"})")), QString());
        QVERIFY(!m_spec.validateSchema(QStringLiteral("ApiGroupSummary"), j(R"({"id":"a"})")).isEmpty());
        QVERIFY(!m_spec.validateSchema(QStringLiteral("NoSuchSchema"), j("{}")).isEmpty());
        // Untyped `object` (a Java Object in the vendor's code) takes any JSON, as map values too.
        QCOMPARE(m_spec.validateSchema(QStringLiteral("QueryFilter"), j(R"({"field":"q","value":"text"})")), QString());
        QCOMPARE(m_spec.validateSchema(QStringLiteral("Tenant"),
                                       j(R"({"id":"t","name":"T","deleted":false,"storageConfiguration":{"bucket":"b"}})")),
                 QString());
        QVERIFY(!m_spec.validateSchema(QStringLiteral("Tenant"),
                                       j(R"({"id":"t","name":"T","deleted":false,"storageConfiguration":"b"})")).isEmpty());
        QVERIFY(!m_spec.validateSchema(QStringLiteral("QueryFilter"),
                                       j(R"({"field":"q","children":[{"field":"NOT_A_FIELD"}]})")).isEmpty());
        // Recursive schema (QueryFilter.children) compiles and validates.
        QCOMPARE(m_spec.validateSchema(QStringLiteral("QueryFilter"),
                                       j(R"({"field":"q","operation":"EQUALS","children":[{"field":"id"}]})")),
                 QString());
    }
};

} // namespace ktc::test

KTC_TEST_MAIN(ktc::test::TestSpecValidator)
#include "tst_specvalidator.moc"
