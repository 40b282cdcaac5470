// kestra-sandbox keeps its data across a restart on the same --data directory, and never
// writes a password or a token in clear, neither to its SQLite file nor to its access log.
#include "support/SandboxProcess.h"
#include "support/TestHttp.h"
#include "support/TestMain.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace ktc::test {

class TestSandboxPersistence : public QObject
{
    Q_OBJECT

private:
    SandboxProcess::Options options()
    {
        SandboxProcess::Options o;
        o.accessLog = true;
        return o;
    }

    SandboxProcess m_sandbox{options()};
    QString m_token;
    QString m_tokenId;
    const QString m_userPassword = QStringLiteral("Erin-clear-pw-4412");
    bool m_userCreated = false;

    TestHttp owner() { return TestHttp(m_sandbox.baseUrl(), m_sandbox.ownerAuth()); }

    // Every file the sandbox keeps in its data directory (sandbox.sqlite, -wal, -shm, ...).
    QByteArray dataDirBytes()
    {
        QByteArray all;
        const QDir dir(m_sandbox.dataDir());
        for (const QString& name : dir.entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }

    static QByteArray readFile(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // The clear values and the forms they could leak in (Basic header value, hex).
    QList<QByteArray> secrets() const
    {
        QList<QByteArray> list{m_sandbox.ownerPassword().toUtf8(), m_token.toUtf8()};
        list << (m_sandbox.ownerEmail() + QLatin1Char(':') + m_sandbox.ownerPassword()).toUtf8().toBase64();
        if (m_userCreated)
            list << m_userPassword.toUtf8();
        QList<QByteArray> withHex = list;
        for (const QByteArray& s : list)
            withHex << s.toHex();
        return withHex;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_sandbox.stop(), qPrintable(m_sandbox.errorString()));
    }

    void writeData()
    {
        TestHttp http = owner();
        HttpResult r = http.post(QStringLiteral("/api/v1/tenants"),
                                 QJsonObject{{QStringLiteral("id"), QStringLiteral("persist")},
                                             {QStringLiteral("name"), QStringLiteral("Persisted tenant")},
                                             {QStringLiteral("deleted"), false}});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        r = http.post(QStringLiteral("/api/v1/me/api-tokens"), QJsonObject{{QStringLiteral("name"), QStringLiteral("persisted")}});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        m_token = r.object().value(QLatin1String("fullToken")).toString();
        m_tokenId = r.object().value(QLatin1String("id")).toString();
        QVERIFY(m_token.size() >= 16);
        const TestAuth bearer = TestAuth::bearer(m_token);
        QCOMPARE(http.get(QStringLiteral("/api/v1/me"), &bearer).status, 200);
        // A user with a password, where the users route exists already.
        r = http.post(QStringLiteral("/api/v1/users"),
                      QJsonObject{{QStringLiteral("email"), QStringLiteral("erin@example.com")},
                                  {QStringLiteral("password"), m_userPassword},
                                  {QStringLiteral("tenants"), QJsonArray{QStringLiteral("persist")}}});
        m_userCreated = r.status == 201;
        if (m_userCreated) {
            const TestAuth erin = TestAuth::basic(QStringLiteral("erin@example.com"), m_userPassword);
            QCOMPARE(http.get(QStringLiteral("/api/v1/me"), &erin).status, 200);
        }
    }

    void dataSurvivesRestart()
    {
        const QUrl before = m_sandbox.baseUrl();
        QVERIFY2(m_sandbox.restart(), qPrintable(m_sandbox.errorString()));
        QVERIFY(m_sandbox.baseUrl().isValid());
        Q_UNUSED(before);
        TestHttp http = owner();
        HttpResult r = http.get(QStringLiteral("/api/v1/tenants/persist"));
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(r.object().value(QLatin1String("name")).toString(), QStringLiteral("Persisted tenant"));
        const TestAuth bearer = TestAuth::bearer(m_token);
        r = http.get(QStringLiteral("/api/v1/me"), &bearer);
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        r = http.get(QStringLiteral("/api/v1/me/api-tokens"));
        QVERIFY2(r.status == 200 && r.body.contains(m_tokenId.toUtf8()), qPrintable(r.describe()));
        if (m_userCreated) {
            const TestAuth erin = TestAuth::basic(QStringLiteral("erin@example.com"), m_userPassword);
            QCOMPARE(http.get(QStringLiteral("/api/v1/me"), &erin).status, 200);
        }
        // The owner stays one account: the restart with the same --owner did not duplicate it.
        r = http.get(QStringLiteral("/api/v1/tenants/search"));
        QVERIFY2(r.status == 200 && r.total() == 1, qPrintable(r.describe()));
    }

    void noSecretInTheDatabase()
    {
        QVERIFY(QFile::exists(m_sandbox.databasePath()));
        const QByteArray bytes = dataDirBytes();
        QVERIFY(bytes.size() > 1000);
        // The file is really the store: the tenant name is in it.
        QVERIFY(bytes.contains("Persisted tenant"));
        for (const QByteArray& secret : secrets())
            QVERIFY2(!bytes.contains(secret), "a password or a token is stored in clear");
    }

    void noSecretInTheAccessLog()
    {
        TestHttp http(m_sandbox.baseUrl());
        const TestAuth wrong = TestAuth::basic(m_sandbox.ownerEmail(), m_sandbox.ownerPassword() + QStringLiteral("-typo"));
        QCOMPARE(http.get(QStringLiteral("/api/v1/me"), &wrong).status, 401);
        QVERIFY2(m_sandbox.stop(), qPrintable(m_sandbox.errorString())); // flushes the log
        const QByteArray log = readFile(m_sandbox.accessLogPath());
        const QList<QByteArray> lines = log.split('\n');
        int requests = 0;
        for (const QByteArray& line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            ++requests;
            const QJsonObject entry = QJsonDocument::fromJson(line).object();
            for (const char* key : {"time", "method", "path", "query", "status", "durationMs"})
                QVERIFY2(entry.contains(QLatin1String(key)), line.constData());
        }
        QVERIFY2(requests >= 8, log.constData());
        QVERIFY(log.contains("/api/v1/tenants/persist"));
        for (const QByteArray& secret : secrets())
            QVERIFY2(!log.contains(secret), "a password or a token is in the access log");
        QVERIFY(!log.contains((m_sandbox.ownerPassword() + QStringLiteral("-typo")).toUtf8()));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); // for cleanupTestCase
    }

    void stopIsClean()
    {
        QVERIFY2(m_sandbox.stop(), qPrintable(m_sandbox.errorString()));
        QCOMPARE(m_sandbox.exitCode(), 0);
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    }
};

} // namespace ktc::test

KTC_TEST_MAIN(ktc::test::TestSandboxPersistence)
#include "tst_sandboxpersistence.moc"
