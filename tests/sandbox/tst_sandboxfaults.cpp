// Fault injection of kestra-sandbox: --faults at start and PUT /_sandbox/faults at run time.
#include "support/SandboxProcess.h"
#include "support/TestHttp.h"
#include "support/TestMain.h"

#include <QElapsedTimer>

namespace ktc::test {

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<TestHttp> m_http;

    HttpResult me() { return m_http->get(QStringLiteral("/api/v1/me")); }
    HttpResult tenants() { return m_http->get(QStringLiteral("/api/v1/tenants/search")); }
    HttpResult createTenant(const QString& id)
    {
        return m_http->post(QStringLiteral("/api/v1/tenants"),
                            QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), id}, {QStringLiteral("deleted"), false}});
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_http = std::make_unique<TestHttp>(m_sandbox.baseUrl(), m_sandbox.ownerAuth(), 10000);
    }

    void cleanup()
    {
        QVERIFY2(m_sandbox.setFaults(QString()), qPrintable(m_sandbox.errorString()));
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_sandbox.stop(), qPrintable(m_sandbox.errorString()));
    }

    void noFaultsByDefault()
    {
        const std::optional<QString> active = m_sandbox.faults();
        QVERIFY2(active.has_value(), qPrintable(m_sandbox.errorString()));
        QVERIFY2(active->isEmpty(), qPrintable(*active));
        const HttpResult r = me();
        QVERIFY2(r.status == 200 && r.isJson(), qPrintable(r.describe()));
    }

    void errorStatus()
    {
        QVERIFY2(m_sandbox.setFaults(QStringLiteral("error-rate=1,error-status=503")), qPrintable(m_sandbox.errorString()));
        const std::optional<QString> active = m_sandbox.faults();
        QVERIFY(active.has_value());
        QVERIFY2(active->contains(QLatin1String("503")), qPrintable(*active));
        for (int i = 0; i < 5; ++i) {
            const HttpResult r = me();
            QVERIFY2(r.status == 503, qPrintable(r.describe()));
        }
    }

    void droppedConnection()
    {
        QVERIFY2(m_sandbox.setFaults(QStringLiteral("drop-rate=1")), qPrintable(m_sandbox.errorString()));
        const HttpResult r = me();
        QVERIFY2(r.status == 0 && r.error != QNetworkReply::NoError && !r.timedOut, qPrintable(r.describe()));
    }

    void malformedBody()
    {
        QVERIFY2(m_sandbox.setFaults(QStringLiteral("malformed-rate=1")), qPrintable(m_sandbox.errorString()));
        const HttpResult r = me();
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QVERIFY2(!r.body.isEmpty() && !r.isJson(), qPrintable(r.describe()));
    }

    void latency()
    {
        QVERIFY2(m_sandbox.setFaults(QStringLiteral("latency=300ms")), qPrintable(m_sandbox.errorString()));
        QElapsedTimer timer;
        timer.start();
        const HttpResult r = me();
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed())));
    }

    void switchedOffIsNormalAgain()
    {
        QVERIFY(m_sandbox.setFaults(QStringLiteral("error-rate=1,error-status=500")));
        QCOMPARE(me().status, 500);
        QVERIFY(m_sandbox.setFaults(QString()));
        const HttpResult r = me();
        QVERIFY2(r.status == 200 && r.isJson(), qPrintable(r.describe()));
        QCOMPARE(m_sandbox.faults().value_or(QStringLiteral("?")), QString());
    }

    void restrictedByMethod()
    {
        QVERIFY(m_sandbox.setFaults(QStringLiteral("error-rate=1,error-status=503,method=POST")));
        HttpResult r = me();
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        r = createTenant(QStringLiteral("faulty-post"));
        QVERIFY2(r.status == 503, qPrintable(r.describe()));
        QVERIFY(m_sandbox.setFaults(QString()));
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/tenants/faulty-post")).status, 404); // not created
    }

    void restrictedByPath()
    {
        QVERIFY(m_sandbox.setFaults(QStringLiteral("error-rate=1,error-status=502,path=^/api/v1/tenants")));
        HttpResult r = me();
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        r = tenants();
        QVERIFY2(r.status == 502, qPrintable(r.describe()));
    }

    void restrictedByMethodAndPath()
    {
        QVERIFY(m_sandbox.setFaults(QStringLiteral("drop-rate=1,method=GET,path=^/api/v1/tenants/search$")));
        HttpResult r = tenants();
        QVERIFY2(r.status == 0, qPrintable(r.describe()));
        r = me();
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        r = createTenant(QStringLiteral("faulty-ok"));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
    }

    void partialRateWithSeedHitsSome()
    {
        QVERIFY(m_sandbox.setFaults(QStringLiteral("error-rate=0.5,error-status=503,seed=7")));
        int failed = 0;
        for (int i = 0; i < 40; ++i)
            failed += me().status == 503 ? 1 : 0;
        QVERIFY2(failed > 5 && failed < 35, qPrintable(QString::number(failed)));
    }

    void invalidSpecIsRejected()
    {
        TestHttp control(m_sandbox.baseUrl());
        const HttpResult r = control.request("PUT", QStringLiteral("/_sandbox/faults"), "error-rate=lots",
                                             nullptr, QByteArrayLiteral("text/plain"));
        QVERIFY2(r.status >= 400 && r.status < 500, qPrintable(r.describe()));
        QCOMPARE(me().status, 200);
    }

    void faultsAtStartup()
    {
        SandboxProcess::Options options;
        options.faults = QStringLiteral("error-rate=1,error-status=500,path=^/api/v1/me$");
        SandboxProcess faulty(options);
        QVERIFY2(faulty.start(), qPrintable(faulty.errorString()));
        TestHttp http(faulty.baseUrl(), faulty.ownerAuth());
        QCOMPARE(http.get(QStringLiteral("/api/v1/me")).status, 500);
        QCOMPARE(http.get(QStringLiteral("/api/v1/tenants/search")).status, 200);
        QVERIFY2(faulty.stop(), qPrintable(faulty.errorString()));
    }

    void controlRouteNeedsFlag()
    {
        SandboxProcess::Options options;
        options.control = false;
        SandboxProcess plain(options);
        QVERIFY2(plain.start(), qPrintable(plain.errorString()));
        TestHttp http(plain.baseUrl());
        const HttpResult r = http.request("PUT", QStringLiteral("/_sandbox/faults"), "error-rate=1", nullptr,
                                          QByteArrayLiteral("text/plain"));
        QVERIFY2(r.status >= 400, qPrintable(r.describe()));
        TestHttp owner(plain.baseUrl(), plain.ownerAuth());
        QCOMPARE(owner.get(QStringLiteral("/api/v1/me")).status, 200);
        QVERIFY2(plain.stop(), qPrintable(plain.errorString()));
    }
};

} // namespace ktc::test

KTC_TEST_MAIN(ktc::test::TestSandboxFaults)
#include "tst_sandboxfaults.moc"
