// The demo seed of kestra-sandbox is a believable organisation, and every list it answers
// validates against the vendor's spec.
#include "support/SandboxProcess.h"
#include "support/SpecValidator.h"
#include "support/TestHttp.h"
#include "support/TestMain.h"

namespace ktc::test {

class TestSandboxSeeds : public QObject
{
    Q_OBJECT

private:
    static SandboxProcess::Options demo()
    {
        SandboxProcess::Options o;
        o.seed = QStringLiteral("demo");
        return o;
    }

    SpecValidator m_spec;
    SandboxProcess m_sandbox{demo()};
    std::unique_ptr<TestHttp> m_http;
    QStringList m_tenants;

    // A spec-checked GET of a list; fails the calling test on any problem.
    HttpResult list(const QString& path)
    {
        const HttpResult r = m_http->get(path);
        if (r.status != 200 || !r.specError.isEmpty())
            qWarning("%s", qPrintable(r.describe()));
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_spec.isLoaded(), qPrintable(m_spec.loadError()));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_http = std::make_unique<TestHttp>(m_sandbox.baseUrl(), m_sandbox.ownerAuth());
        m_http->setSpecValidator(&m_spec);
        const HttpResult r = list(QStringLiteral("/api/v1/tenants/search?size=100"));
        QVERIFY2(r.status == 200 && r.specError.isEmpty(), qPrintable(r.describe()));
        for (const QJsonValue& t : r.results())
            m_tenants << t.toObject().value(QLatin1String("id")).toString();
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_sandbox.stop(), qPrintable(m_sandbox.errorString()));
    }

    void tenants()
    {
        QVERIFY2(m_tenants.size() >= 3, qPrintable(m_tenants.join(QLatin1Char(','))));
    }

    void users()
    {
        const HttpResult r = list(QStringLiteral("/api/v1/users?page=1&size=100"));
        QVERIFY2(r.status == 200 && r.specError.isEmpty(), qPrintable(r.describe()));
        QVERIFY2(r.total() >= 20 && r.total() <= 40, qPrintable(QString::number(r.total())));
        QCOMPARE(r.results().size(), r.total());
    }

    void everyTenantListValidates()
    {
        const QStringList lists{QStringLiteral("tenant-access"), QStringLiteral("service-accounts"), QStringLiteral("groups/search"),
                                QStringLiteral("roles/search"), QStringLiteral("bindings/search"), QStringLiteral("invitations/search")};
        for (const QString& tenant : m_tenants) {
            for (const QString& what : lists) {
                const HttpResult r = list(QStringLiteral("/api/v1/%1/%2?page=1&size=100").arg(tenant, what));
                QVERIFY2(r.status == 200 && r.specError.isEmpty(), qPrintable(r.describe()));
            }
            const HttpResult perms = list(QStringLiteral("/api/v1/%1/acls/permissions").arg(tenant));
            QVERIFY2(perms.status == 200 && perms.specError.isEmpty(), qPrintable(perms.describe()));
        }
        const HttpResult sas = list(QStringLiteral("/api/v1/service-accounts?size=100"));
        QVERIFY2(sas.status == 200 && sas.specError.isEmpty(), qPrintable(sas.describe()));
    }

    void aGroupHasAnOwner()
    {
        bool found = false;
        for (const QString& tenant : m_tenants) {
            const HttpResult groups = list(QStringLiteral("/api/v1/%1/groups/search?size=100").arg(tenant));
            for (const QJsonValue& g : groups.results()) {
                const QString id = g.toObject().value(QLatin1String("id")).toString();
                const HttpResult members = list(QStringLiteral("/api/v1/%1/groups/%2/members?size=100").arg(tenant, id));
                QVERIFY2(members.status == 200 && members.specError.isEmpty(), qPrintable(members.describe()));
                for (const QJsonValue& m : members.results()) {
                    for (const QJsonValue& mg : m.toObject().value(QLatin1String("groups")).toArray()) {
                        if (mg.toObject().value(QLatin1String("id")).toString() == id
                            && mg.toObject().value(QLatin1String("membership")).toString() == QLatin1String("OWNER"))
                            found = true;
                    }
                }
            }
        }
        QVERIFY(found);
    }

    void bindingsWithAndWithoutNamespace()
    {
        int withNamespace = 0;
        int tenantWide = 0;
        int groupBindings = 0;
        for (const QString& tenant : m_tenants) {
            const HttpResult r = list(QStringLiteral("/api/v1/%1/bindings/search?size=100").arg(tenant));
            for (const QJsonValue& b : r.results()) {
                const QJsonObject binding = b.toObject();
                if (binding.value(QLatin1String("namespace")).toString().isEmpty())
                    ++tenantWide;
                else
                    ++withNamespace;
                if (binding.value(QLatin1String("type")).toString() == QLatin1String("GROUP"))
                    ++groupBindings;
            }
        }
        QVERIFY(withNamespace > 0);
        QVERIFY(tenantWide > 0);
        QVERIFY(groupBindings > 0);
    }

    void customRoles()
    {
        int custom = 0;
        for (const QString& tenant : m_tenants) {
            const HttpResult r = list(QStringLiteral("/api/v1/%1/roles/search?size=100").arg(tenant));
            for (const QJsonValue& role : r.results())
                custom += role.toObject().value(QLatin1String("isManaged")).toBool() ? 0 : 1;
        }
        QVERIFY(custom > 0);
    }

    void serviceAccountsWithTokens()
    {
        int accounts = 0;
        int withTokens = 0;
        for (const QString& tenant : m_tenants) {
            const HttpResult r = list(QStringLiteral("/api/v1/%1/service-accounts?size=100").arg(tenant));
            for (const QJsonValue& sa : r.results()) {
                ++accounts;
                const QString id = sa.toObject().value(QLatin1String("id")).toString();
                const HttpResult tokens = list(QStringLiteral("/api/v1/%1/service-accounts/%2/api-tokens").arg(tenant, id));
                QVERIFY2(tokens.status == 200 && tokens.specError.isEmpty(), qPrintable(tokens.describe()));
                if (!tokens.results().isEmpty()) {
                    ++withTokens;
                    // Only prefixes: a seeded token's value was never shown, so it is not here.
                    QVERIFY(!tokens.body.contains("fullToken"));
                }
            }
        }
        QVERIFY2(accounts >= 2, qPrintable(QString::number(accounts)));
        QVERIFY2(withTokens >= 1, qPrintable(QString::number(withTokens)));
    }

    void pendingInvitation()
    {
        bool pending = false;
        for (const QString& tenant : m_tenants) {
            const HttpResult r = list(QStringLiteral("/api/v1/%1/invitations/search?size=100").arg(tenant));
            for (const QJsonValue& inv : r.results())
                pending = pending || inv.toObject().value(QLatin1String("status")).toString() == QLatin1String("PENDING");
        }
        QVERIFY(pending);
    }

    void scimGroup()
    {
        bool scim = false;
        for (const QString& tenant : m_tenants) {
            const HttpResult r = list(QStringLiteral("/api/v1/%1/groups/search?size=100").arg(tenant));
            for (const QJsonValue& g : r.results())
                scim = scim || !g.toObject().value(QLatin1String("securityIntegrationName")).toString().isEmpty();
        }
        QVERIFY(scim);
    }

    void seedIsAppliedOnceOnly()
    {
        const qint64 before = list(QStringLiteral("/api/v1/users?size=1")).total();
        QVERIFY2(m_sandbox.restart(), qPrintable(m_sandbox.errorString()));
        m_http->setBaseUrl(m_sandbox.baseUrl());
        QCOMPARE(list(QStringLiteral("/api/v1/users?size=1")).total(), before);
    }
};

} // namespace ktc::test

KTC_TEST_MAIN(ktc::test::TestSandboxSeeds)
#include "tst_sandboxseeds.moc"
