// Paging, sorting and filters of kestra-sandbox searches (KESTRA-EE-API.md §4), on 60+ groups.
#include "support/SandboxProcess.h"
#include "support/SpecValidator.h"
#include "support/TestHttp.h"
#include "support/TestMain.h"

#include <QSet>

namespace ktc::test {

class TestSandboxPaging : public QObject
{
    Q_OBJECT

private:
    static constexpr int kGroups = 60;
    SpecValidator m_spec;
    SandboxProcess m_sandbox;
    std::unique_ptr<TestHttp> m_http;
    int m_total = 0;

    HttpResult search(const QString& query)
    {
        return m_http->get(QStringLiteral("/api/v1/paging/groups/search?") + query);
    }

    static QStringList names(const HttpResult& r)
    {
        QStringList list;
        for (const QJsonValue& g : r.results())
            list << g.toObject().value(QLatin1String("name")).toString();
        return list;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_spec.isLoaded(), qPrintable(m_spec.loadError()));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_http = std::make_unique<TestHttp>(m_sandbox.baseUrl(), m_sandbox.ownerAuth());
        m_http->setSpecValidator(&m_spec);
        HttpResult r = m_http->post(QStringLiteral("/api/v1/tenants"),
                                    QJsonObject{{QStringLiteral("id"), QStringLiteral("paging")},
                                                {QStringLiteral("name"), QStringLiteral("Paging")}, {QStringLiteral("deleted"), false}});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        for (int i = 1; i <= kGroups; ++i) {
            const QString name = QStringLiteral("Group %1").arg(i, 2, 10, QLatin1Char('0'));
            r = m_http->post(QStringLiteral("/api/v1/paging/groups"), QJsonObject{{QStringLiteral("name"), name}});
            QVERIFY2(r.status == 200, qPrintable(r.describe()));
        }
        for (const char* name : {"Alpha Team", "ALPHA squad", "beta"}) {
            r = m_http->post(QStringLiteral("/api/v1/paging/groups"), QJsonObject{{QStringLiteral("name"), QLatin1String(name)}});
            QVERIFY2(r.status == 200, qPrintable(r.describe()));
        }
        m_total = kGroups + 3;
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_sandbox.stop(), qPrintable(m_sandbox.errorString()));
    }

    void defaults()
    {
        const HttpResult r = m_http->get(QStringLiteral("/api/v1/paging/groups/search"));
        QVERIFY2(r.status == 200 && r.specError.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(r.total(), m_total);
        QCOMPARE(r.results().size(), 10); // size defaults to 10
    }

    void pagesCoverEverythingOnce()
    {
        QSet<QString> ids;
        int pages = 0;
        for (int page = 1; page <= 3; ++page) {
            const HttpResult r = search(QStringLiteral("page=%1&size=25&sort=name:asc").arg(page));
            QVERIFY2(r.status == 200 && r.specError.isEmpty(), qPrintable(r.describe()));
            QCOMPARE(r.total(), m_total);
            QCOMPARE(r.results().size(), page < 3 ? 25 : m_total - 50); // last page partial
            for (const QJsonValue& g : r.results()) {
                const QString id = g.toObject().value(QLatin1String("id")).toString();
                QVERIFY2(!ids.contains(id), qPrintable(QStringLiteral("duplicate ") + id));
                ids.insert(id);
            }
            ++pages;
        }
        QCOMPARE(ids.size(), m_total);
        const HttpResult beyond = search(QStringLiteral("page=4&size=25"));
        QVERIFY2(beyond.status == 200, qPrintable(beyond.describe()));
        QCOMPARE(beyond.results().size(), 0);
        QCOMPARE(beyond.total(), m_total);
    }

    void sortAscAndDesc()
    {
        const HttpResult asc = search(QStringLiteral("page=1&size=100&sort=name:asc"));
        const HttpResult desc = search(QStringLiteral("page=1&size=100&sort=name:desc"));
        QVERIFY2(asc.status == 200, qPrintable(asc.describe()));
        QVERIFY2(desc.status == 200, qPrintable(desc.describe()));
        const QStringList up = names(asc);
        QStringList down = names(desc);
        QCOMPARE(up.size(), m_total);
        std::reverse(down.begin(), down.end());
        QCOMPARE(up, down);
        QStringList sorted = up;
        std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) {
            return QString::compare(a, b, Qt::CaseInsensitive) < 0;
        });
        QStringList sortedCaseSensitive = up;
        std::sort(sortedCaseSensitive.begin(), sortedCaseSensitive.end());
        QVERIFY2(up == sorted || up == sortedCaseSensitive, qPrintable(up.join(QStringLiteral(", "))));
        QCOMPARE(up.indexOf(QStringLiteral("Group 01")) + 1, up.indexOf(QStringLiteral("Group 02")));
    }

    void badSortIs422_data()
    {
        QTest::addColumn<QString>("sort");
        QTest::newRow("bad direction") << QStringLiteral("name:sideways");
        QTest::newRow("empty field") << QStringLiteral(":asc");
    }

    void badSortIs422()
    {
        QFETCH(QString, sort);
        const HttpResult r = search(QStringLiteral("sort=") + sort);
        QVERIFY2(r.status == 422 && r.specError.isEmpty(), qPrintable(r.describe()));
    }

    void containsFilterIsCaseInsensitive()
    {
        const HttpResult r = search(QStringLiteral("size=100&filters[q][CONTAINS]=alpha"));
        QVERIFY2(r.status == 200 && r.specError.isEmpty(), qPrintable(r.describe()));
        QStringList found = names(r);
        found.sort();
        QCOMPARE(found, (QStringList{QStringLiteral("ALPHA squad"), QStringLiteral("Alpha Team")}));
        QCOMPARE(r.total(), 2);
        const HttpResult encoded = search(QStringLiteral("size=100&filters%5Bq%5D%5BCONTAINS%5D=ALPHA"));
        QVERIFY2(encoded.status == 200, qPrintable(encoded.describe()));
        QCOMPARE(encoded.total(), 2);
    }

    void equalsFilterIsCaseInsensitive()
    {
        HttpResult r = search(QStringLiteral("filters[q][EQUALS]=group%2007"));
        QVERIFY2(r.status == 200 && r.specError.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(names(r), QStringList{QStringLiteral("Group 07")});
        QCOMPARE(r.total(), 1);
        r = search(QStringLiteral("filters[q][EQUALS]=BETA"));
        QCOMPARE(names(r), QStringList{QStringLiteral("beta")});
    }

    void filterAndPagingCombine()
    {
        const HttpResult r = search(QStringLiteral("page=2&size=5&sort=name:desc&filters[q][CONTAINS]=group"));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(r.total(), kGroups);
        QCOMPARE(names(r), (QStringList{QStringLiteral("Group 55"), QStringLiteral("Group 54"), QStringLiteral("Group 53"),
                                        QStringLiteral("Group 52"), QStringLiteral("Group 51")}));
    }

    void otherSearchesPageToo()
    {
        const HttpResult r = m_http->get(QStringLiteral("/api/v1/tenants/search?page=1&size=1&sort=id:asc"));
        QVERIFY2(r.status == 200 && r.specError.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(r.results().size(), 1);
        const HttpResult roles = m_http->get(QStringLiteral("/api/v1/paging/roles/search?page=1&size=2"));
        QVERIFY2(roles.status == 200, qPrintable(roles.describe()));
        QVERIFY(roles.results().size() <= 2);
    }
};

} // namespace ktc::test

KTC_TEST_MAIN(ktc::test::TestSandboxPaging)
#include "tst_sandboxpaging.moc"
