// The large seed of kestra-sandbox: one tenant with 100,000 users, 1,000 groups, 200 roles and
// 50,000 bindings, and its first pages answer fast enough to page through.
#include "support/SandboxProcess.h"
#include "support/SpecValidator.h"
#include "support/TestHttp.h"
#include "support/TestMain.h"

#include <QElapsedTimer>

namespace ktc::test {

class TestSandboxLarge : public QObject
{
    Q_OBJECT

private:
    static SandboxProcess::Options large()
    {
        SandboxProcess::Options o;
        o.seed = QStringLiteral("large");
        o.startTimeoutMs = 600000;
        return o;
    }

    SpecValidator m_spec;
    SandboxProcess m_sandbox{large()};
    std::unique_ptr<TestHttp> m_http;

    void checkTotal(const QString& path, qint64 expected, bool atLeast = false)
    {
        QElapsedTimer timer;
        timer.start();
        const HttpResult r = m_http->get(path);
        QVERIFY2(r.status == 200 && r.specError.isEmpty(), qPrintable(r.describe()));
        if (atLeast)
            QVERIFY2(r.total() >= expected, qPrintable(r.describe()));
        else
            QCOMPARE(r.total(), expected);
        QVERIFY(!r.results().isEmpty());
        qInfo("%s: %lld ms", qPrintable(path), qint64(timer.elapsed()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_spec.isLoaded(), qPrintable(m_spec.loadError()));
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        qInfo("large seed ready in %lld ms", qint64(timer.elapsed()));
        m_http = std::make_unique<TestHttp>(m_sandbox.baseUrl(), m_sandbox.ownerAuth(), 120000);
        m_http->setSpecValidator(&m_spec);
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_sandbox.stop(60000), qPrintable(m_sandbox.errorString()));
    }

    void tenantAccessTotal()
    {
        checkTotal(QStringLiteral("/api/v1/large/tenant-access?page=1&size=25"), 100000);
    }

    void otherTotals()
    {
        checkTotal(QStringLiteral("/api/v1/large/groups/search?page=1&size=25"), 1000);
        checkTotal(QStringLiteral("/api/v1/large/roles/search?page=1&size=25"), 200, true);
        checkTotal(QStringLiteral("/api/v1/large/bindings/search?page=1&size=25"), 50000);
    }

    void deepPage()
    {
        const HttpResult r = m_http->get(QStringLiteral("/api/v1/large/tenant-access?page=4000&size=25"));
        QVERIFY2(r.status == 200 && r.specError.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(r.results().size(), 25);
    }
};

} // namespace ktc::test

KTC_TEST_MAIN(ktc::test::TestSandboxLarge)
#include "tst_sandboxlarge.moc"
