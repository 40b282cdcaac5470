// End-to-end authentication tests against a fresh kestra-sandbox over loopback.
#include "support/SandboxProcess.h"
#include "support/SpecValidator.h"
#include "support/TestHttp.h"
#include "support/TestMain.h"

#include <QDateTime>
#include <QThread>

namespace ktc::test {

class TestSandboxAuth : public QObject
{
    Q_OBJECT

private:
    SpecValidator m_spec;
    SandboxProcess m_sandbox;
    std::unique_ptr<TestHttp> m_http; // owner Basic auth, spec-checked

    // Creates a token for the owner; returns {id, fullToken} or empty strings.
    QPair<QString, QString> createToken(const QJsonObject& body)
    {
        const HttpResult r = m_http->post(QStringLiteral("/api/v1/me/api-tokens"), body);
        if (r.status != 200 || !r.specError.isEmpty()) {
            qWarning("%s", qPrintable(r.describe()));
            return {};
        }
        return {r.object().value(QLatin1String("id")).toString(), r.object().value(QLatin1String("fullToken")).toString()};
    }

    QJsonObject listedToken(const QString& id)
    {
        const HttpResult r = m_http->get(QStringLiteral("/api/v1/me/api-tokens"));
        for (const QJsonValue& t : r.results()) {
            if (t.toObject().value(QLatin1String("id")).toString() == id)
                return t.toObject();
        }
        return {};
    }

    int meStatusWith(const TestAuth& auth)
    {
        TestHttp http(m_sandbox.baseUrl());
        return http.get(QStringLiteral("/api/v1/me"), &auth).status;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_spec.isLoaded(), qPrintable(m_spec.loadError()));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_http = std::make_unique<TestHttp>(m_sandbox.baseUrl(), m_sandbox.ownerAuth());
        m_http->setSpecValidator(&m_spec);
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_sandbox.stop(), qPrintable(m_sandbox.errorString()));
    }

    void ownerPasswordWorks()
    {
        const HttpResult r = m_http->get(QStringLiteral("/api/v1/me"));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(r.object().value(QLatin1String("profile")).toObject().value(QLatin1String("email")).toString(),
                 m_sandbox.ownerEmail());
        QVERIFY(r.object().value(QLatin1String("superAdmin")).toBool());
    }

    void missingOrWrongCredentialsAre401_data()
    {
        QTest::addColumn<int>("kind"); // 0 none, 1 wrong password, 2 unknown user, 3 bad bearer, 4 garbage header
        QTest::newRow("no credentials") << 0;
        QTest::newRow("wrong password") << 1;
        QTest::newRow("unknown user") << 2;
        QTest::newRow("unknown bearer token") << 3;
        QTest::newRow("owner password as bearer") << 4;
    }

    void missingOrWrongCredentialsAre401()
    {
        QFETCH(int, kind);
        TestAuth auth;
        if (kind == 1)
            auth = TestAuth::basic(m_sandbox.ownerEmail(), m_sandbox.ownerPassword() + QStringLiteral("x"));
        else if (kind == 2)
            auth = TestAuth::basic(QStringLiteral("nobody@example.com"), m_sandbox.ownerPassword());
        else if (kind == 3)
            auth = TestAuth::bearer(QStringLiteral("ktc_not_a_real_token_0123456789"));
        else if (kind == 4)
            auth = TestAuth::bearer(m_sandbox.ownerPassword());
        const HttpResult r = m_http->get(QStringLiteral("/api/v1/me"), &auth);
        QVERIFY2(r.status == 401, qPrintable(r.describe()));
        QVERIFY2(r.specError.isEmpty(), qPrintable(r.describe())); // a JsonError body
        QVERIFY(!r.body.contains(m_sandbox.ownerPassword().toUtf8()));
    }

    void configsNeedAuthButLoginConfigIsPublic()
    {
        const TestAuth none;
        const HttpResult configs = m_http->get(QStringLiteral("/api/v1/configs"), &none);
        QVERIFY2(configs.status == 401, qPrintable(configs.describe()));
        const HttpResult withAuth = m_http->get(QStringLiteral("/api/v1/configs"));
        QVERIFY2(withAuth.status == 200, qPrintable(withAuth.describe()));
        const HttpResult auths = m_http->get(QStringLiteral("/api/v1/auths"), &none);
        QVERIFY2(auths.status == 200 && auths.specError.isEmpty(), qPrintable(auths.describe()));
        QVERIFY(auths.object().value(QLatin1String("loginPassword")).toBool());
    }

    void tokenAsBearerWorksAndIsShownOnce()
    {
        const auto [id, token] = createToken(QJsonObject{{QStringLiteral("name"), QStringLiteral("bearer-test")},
                                                         {QStringLiteral("description"), QStringLiteral("auth test")}});
        QVERIFY(!id.isEmpty() && !token.isEmpty());
        const TestAuth bearer = TestAuth::bearer(token);
        const HttpResult me = m_http->get(QStringLiteral("/api/v1/me"), &bearer);
        QVERIFY2(me.status == 200, qPrintable(me.describe()));
        QCOMPARE(me.object().value(QLatin1String("profile")).toObject().value(QLatin1String("email")).toString(),
                 m_sandbox.ownerEmail());
        const HttpResult list = m_http->get(QStringLiteral("/api/v1/me/api-tokens"));
        QVERIFY2(list.status == 200, qPrintable(list.describe()));
        QVERIFY2(!list.body.contains(token.toUtf8()), "the token list shows the full token");
        const QJsonObject listed = listedToken(id);
        QCOMPARE(listed.value(QLatin1String("name")).toString(), QStringLiteral("bearer-test"));
        QVERIFY(token.startsWith(listed.value(QLatin1String("prefix")).toString()));
        // Bearer works on an instance route too.
        const HttpResult tenants = m_http->get(QStringLiteral("/api/v1/tenants/search"), &bearer);
        QVERIFY2(tenants.status == 200, qPrintable(tenants.describe()));
    }

    void revokedTokenIs401()
    {
        const auto [id, token] = createToken(QJsonObject{{QStringLiteral("name"), QStringLiteral("to-revoke")}});
        QVERIFY(!token.isEmpty());
        QCOMPARE(meStatusWith(TestAuth::bearer(token)), 200);
        const HttpResult del = m_http->del(QStringLiteral("/api/v1/me/api-tokens/") + id);
        QVERIFY2(del.status == 200 && del.specError.isEmpty(), qPrintable(del.describe()));
        QCOMPARE(meStatusWith(TestAuth::bearer(token)), 401);
        QVERIFY(listedToken(id).isEmpty());
        const HttpResult again = m_http->del(QStringLiteral("/api/v1/me/api-tokens/") + id);
        QVERIFY2(again.status == 404, qPrintable(again.describe()));
    }

    void expiredTokenIs401()
    {
        const auto [id, token] = createToken(QJsonObject{{QStringLiteral("name"), QStringLiteral("short-lived")},
                                                         {QStringLiteral("maxAge"), QStringLiteral("PT1S")}});
        QVERIFY(!token.isEmpty());
        const QJsonObject listed = listedToken(id);
        const QDateTime iat = QDateTime::fromString(listed.value(QLatin1String("iat")).toString(), Qt::ISODateWithMs);
        const QDateTime exp = QDateTime::fromString(listed.value(QLatin1String("exp")).toString(), Qt::ISODateWithMs);
        QVERIFY2(iat.isValid() && exp.isValid(), qPrintable(QString::fromUtf8(TestHttp::toJson(listed))));
        QVERIFY(qAbs(iat.msecsTo(exp) - 1000) < 1000);
        QThread::msleep(2100);
        QCOMPARE(meStatusWith(TestAuth::bearer(token)), 401);
        const QJsonObject after = listedToken(id);
        if (after.contains(QLatin1String("expired")))
            QVERIFY(after.value(QLatin1String("expired")).toBool());
    }

    void extendedTokenSlides()
    {
        const auto [id, token] = createToken(QJsonObject{{QStringLiteral("name"), QStringLiteral("sliding")},
                                                         {QStringLiteral("maxAge"), QStringLiteral("PT3S")},
                                                         {QStringLiteral("extended"), true}});
        QVERIFY(!token.isEmpty());
        QVERIFY(listedToken(id).value(QLatin1String("extended")).toBool());
        const QDateTime exp0 = QDateTime::fromString(listedToken(id).value(QLatin1String("exp")).toString(), Qt::ISODateWithMs);
        QVERIFY(exp0.isValid());
        // Use it every ~1.2 s for ~4.8 s: past the first expiry, still valid because each use slides it.
        for (int i = 0; i < 4; ++i) {
            QThread::msleep(1200);
            QCOMPARE(meStatusWith(TestAuth::bearer(token)), 200);
        }
        const QDateTime exp1 = QDateTime::fromString(listedToken(id).value(QLatin1String("exp")).toString(), Qt::ISODateWithMs);
        QVERIFY2(exp1 > exp0.addMSecs(1000), qPrintable(exp0.toString(Qt::ISODateWithMs) + QStringLiteral(" -> ")
                                                         + exp1.toString(Qt::ISODateWithMs)));
        const QJsonObject listed = listedToken(id);
        QVERIFY(listed.contains(QLatin1String("lastUsed")));
        // Unused for longer than maxAge: expired.
        QThread::msleep(3300);
        QCOMPARE(meStatusWith(TestAuth::bearer(token)), 401);
    }

    void unknownRouteWithValidCredentialsIs401()
    {
        // Kestra answers 401, not 404/405, to unknown routes and wrong methods (kestra-io/kestra#6549).
        const HttpResult unknown = m_http->get(QStringLiteral("/api/v1/no-such-route"));
        QVERIFY2(unknown.status == 401, qPrintable(unknown.describe()));
        const HttpResult wrongMethod = m_http->request("PATCH", QStringLiteral("/api/v1/tenants/search"));
        QVERIFY2(wrongMethod.status == 401, qPrintable(wrongMethod.describe()));
        const HttpResult outsideApi = m_http->get(QStringLiteral("/index.html"));
        QVERIFY2(outsideApi.status == 401 || outsideApi.status == 404, qPrintable(outsideApi.describe()));
    }

    void controlRouteNeedsNoCredentials()
    {
        const std::optional<QString> active = m_sandbox.faults();
        QVERIFY2(active.has_value(), qPrintable(m_sandbox.errorString()));
        QCOMPARE(*active, QString());
    }
};

} // namespace ktc::test

KTC_TEST_MAIN(ktc::test::TestSandboxAuth)
#include "tst_sandboxauth.moc"
