#include "core/ProfileStore.h"
#include "core/SessionProfile.h"
#include "support/TestMain.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>
#include <QUuid>

using namespace ktc;

namespace {

ConnectionProfile profile(const QString& name, const QString& url)
{
    ConnectionProfile p;
    p.name = name;
    p.serverUrl = QUrl(url);
    return p;
}

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void saveInsertsWithFreshId();
    void saveUpdatesById();
    void findAndRemove();
    void rejectsBadProfiles();
    void survivesReopen();
    void neverWritesTheSecret();
    void environment_data();
    void environment();
    void environmentToken();
    void environmentBasic();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;
};

void TestProfiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ini = m_dir->filePath(QStringLiteral("profiles.ini"));
}

void TestProfiles::saveInsertsWithFreshId()
{
    QSettings settings(m_ini, QSettings::IniFormat);
    ProfileStore store(settings);
    QVERIFY(store.list().isEmpty());
    ConnectionProfile p = profile(QStringLiteral("Prod"), QStringLiteral("https://kestra.example.com"));
    p.authKind = ConnectionProfile::AuthKind::Basic;
    p.userName = QStringLiteral("alice@acme.com");
    p.pinnedCertificateSha256 = QByteArrayLiteral("ab12cd");
    p.pinnedErrors = {QStringLiteral("SelfSignedCertificate")};
    auto saved = store.save(p);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QVERIFY(!QUuid::fromString(saved->id).isNull());
    const auto all = store.list();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0), saved.value());
}

void TestProfiles::saveUpdatesById()
{
    QSettings settings(m_ini, QSettings::IniFormat);
    ProfileStore store(settings);
    auto first = store.save(profile(QStringLiteral("Prod"), QStringLiteral("https://a.example.com")));
    QVERIFY(first.ok());
    ConnectionProfile changed = first.value();
    changed.name = QStringLiteral("Production");
    changed.rememberSecret = false;
    auto second = store.save(changed);
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(second->id, first->id);
    QCOMPARE(store.list().size(), 1);
    QCOMPARE(store.findById(first->id)->name, QStringLiteral("Production"));
    QCOMPARE(store.findById(first->id)->rememberSecret, false);
}

void TestProfiles::findAndRemove()
{
    QSettings settings(m_ini, QSettings::IniFormat);
    ProfileStore store(settings);
    auto b = store.save(profile(QStringLiteral("Beta"), QStringLiteral("https://b.example.com")));
    auto a = store.save(profile(QStringLiteral("Alpha"), QStringLiteral("http://a.example.com:8080")));
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(store.list().at(0).name, QStringLiteral("Alpha")); // sorted by name
    QCOMPARE(store.findByName(QStringLiteral("beta"))->id, b->id);
    QVERIFY(!store.findByName(QStringLiteral("Gamma")));
    QVERIFY(!store.findById(QString()));
    QVERIFY(store.remove(a->id));
    QVERIFY(!store.remove(a->id));
    QVERIFY(!store.findById(a->id));
    QCOMPARE(store.list().size(), 1);
}

void TestProfiles::rejectsBadProfiles()
{
    QSettings settings(m_ini, QSettings::IniFormat);
    ProfileStore store(settings);
    QVERIFY(!store.save(profile(QStringLiteral("  "), QStringLiteral("https://a.example.com"))).ok());
    QVERIFY(!store.save(profile(QStringLiteral("X"), QStringLiteral("ftp://a.example.com"))).ok());
    QVERIFY(!store.save(profile(QStringLiteral("X"), QStringLiteral("kestra.example.com"))).ok());
    QVERIFY(store.save(profile(QStringLiteral("Dup"), QStringLiteral("https://a.example.com"))).ok());
    auto dup = store.save(profile(QStringLiteral("dup"), QStringLiteral("https://b.example.com")));
    QVERIFY(!dup.ok());
    QVERIFY(dup.error().contains(QStringLiteral("dup")));
    ConnectionProfile evil = profile(QStringLiteral("Evil"), QStringLiteral("https://a.example.com"));
    evil.id = QStringLiteral("../general");
    QVERIFY(!store.save(evil).ok());
    QCOMPARE(store.list().size(), 1);
}

void TestProfiles::survivesReopen()
{
    QString id;
    {
        QSettings settings(m_ini, QSettings::IniFormat);
        ProfileStore store(settings);
        ConnectionProfile p = profile(QStringLiteral("Prod"), QStringLiteral("https://kestra.example.com/base"));
        p.authKind = ConnectionProfile::AuthKind::Token;
        auto saved = store.save(p);
        QVERIFY(saved.ok());
        id = saved->id;
    }
    QSettings settings(m_ini, QSettings::IniFormat);
    ProfileStore store(settings);
    const auto found = store.findById(id);
    QVERIFY(found);
    QCOMPARE(found->serverUrl, QUrl(QStringLiteral("https://kestra.example.com/base")));
    QCOMPARE(found->authKind, ConnectionProfile::AuthKind::Token);
    QVERIFY(found->rememberSecret);
}

void TestProfiles::neverWritesTheSecret()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("KESTRA_URL"), QStringLiteral("https://kestra.example.com"));
    env.insert(QStringLiteral("KESTRA_USERNAME"), QStringLiteral("alice@acme.com"));
    env.insert(QStringLiteral("KESTRA_PASSWORD"), QStringLiteral("Hunter2-very-secret"));
    auto session = profileFromEnvironment(env);
    QVERIFY2(session.ok(), qPrintable(session.error()));
    {
        QSettings settings(m_ini, QSettings::IniFormat);
        ProfileStore store(settings);
        QVERIFY(store.save(session->profile).ok());
    }
    QFile file(m_ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains("alice@acme.com"));
    QVERIFY(!written.contains("Hunter2"));
    // And only the known keys are there.
    QSettings settings(m_ini, QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("profiles"));
    settings.beginGroup(settings.childGroups().value(0));
    QStringList keys = settings.childKeys();
    keys.sort();
    QCOMPARE(keys, QStringList({QStringLiteral("authKind"), QStringLiteral("name"), QStringLiteral("pinnedCertificateSha256"),
                                QStringLiteral("pinnedErrors"), QStringLiteral("rememberSecret"), QStringLiteral("serverUrl"),
                                QStringLiteral("userName")}));
}

void TestProfiles::environment_data()
{
    QTest::addColumn<QStringList>("vars"); // NAME=value pairs
    QTest::addColumn<bool>("defines");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("error");
    QTest::newRow("nothing") << QStringList{QStringLiteral("HOME=/root")} << false << false << QStringLiteral("No KESTRA_URL");
    QTest::newRow("empty values") << QStringList{QStringLiteral("KESTRA_URL=")} << false << false << QStringLiteral("No KESTRA_URL");
    QTest::newRow("token without url") << QStringList{QStringLiteral("KESTRA_API_TOKEN=t")} << true << false << QStringLiteral("KESTRA_URL is not set");
    QTest::newRow("url alone") << QStringList{QStringLiteral("KESTRA_URL=https://k.example.com")} << true << false << QStringLiteral("Set KESTRA_API_TOKEN");
    QTest::newRow("bad scheme") << QStringList{QStringLiteral("KESTRA_URL=ftp://k.example.com"), QStringLiteral("KESTRA_API_TOKEN=t")} << true << false << QStringLiteral("KESTRA_URL must be");
    QTest::newRow("no host") << QStringList{QStringLiteral("KESTRA_URL=k.example.com"), QStringLiteral("KESTRA_API_TOKEN=t")} << true << false << QStringLiteral("KESTRA_URL must be");
    QTest::newRow("user without password") << QStringList{QStringLiteral("KESTRA_URL=https://k.example.com"), QStringLiteral("KESTRA_USERNAME=a@b.c")} << true << false << QStringLiteral("but KESTRA_PASSWORD is not");
    QTest::newRow("password without user") << QStringList{QStringLiteral("KESTRA_URL=https://k.example.com"), QStringLiteral("KESTRA_PASSWORD=p")} << true << false << QStringLiteral("but KESTRA_USERNAME is not");
    QTest::newRow("token") << QStringList{QStringLiteral("KESTRA_URL=https://k.example.com"), QStringLiteral("KESTRA_API_TOKEN=t")} << true << true << QString();
    QTest::newRow("basic") << QStringList{QStringLiteral("KESTRA_URL=http://localhost:8080"), QStringLiteral("KESTRA_USERNAME=a@b.c"), QStringLiteral("KESTRA_PASSWORD=p")} << true << true << QString();
}

void TestProfiles::environment()
{
    QFETCH(QStringList, vars);
    QFETCH(bool, defines);
    QFETCH(bool, ok);
    QFETCH(QString, error);
    QProcessEnvironment env;
    for (const auto& v : vars) {
        const auto eq = v.indexOf(u'=');
        env.insert(v.left(eq), v.mid(eq + 1));
    }
    QCOMPARE(environmentDefinesProfile(env), defines);
    const auto r = profileFromEnvironment(env);
    QCOMPARE(r.ok(), ok);
    if (!ok)
        QVERIFY2(r.error().contains(error), qPrintable(r.error()));
}

void TestProfiles::environmentToken()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("KESTRA_URL"), QStringLiteral("https://kestra.example.com:8443"));
    env.insert(QStringLiteral("KESTRA_API_TOKEN"), QStringLiteral("kst_token"));
    env.insert(QStringLiteral("KESTRA_USERNAME"), QStringLiteral("ignored@acme.com"));
    env.insert(QStringLiteral("KESTRA_PASSWORD"), QStringLiteral("ignored"));
    const auto r = profileFromEnvironment(env);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->profile.authKind, ConnectionProfile::AuthKind::Token);
    QCOMPARE(r->secret.utf8(), QByteArrayLiteral("kst_token"));
    QCOMPARE(r->profile.name, QStringLiteral("kestra.example.com"));
    QCOMPARE(r->profile.serverUrl.port(), 8443);
    QVERIFY(!r->profile.rememberSecret);
    QVERIFY(r->profile.id.isEmpty());
    QVERIFY(r->profile.userName.isEmpty());
}

void TestProfiles::environmentBasic()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("KESTRA_URL"), QStringLiteral("http://localhost:8080"));
    env.insert(QStringLiteral("KESTRA_USERNAME"), QStringLiteral("admin@kestra.io"));
    env.insert(QStringLiteral("KESTRA_PASSWORD"), QStringLiteral("Admin1234"));
    const auto r = profileFromEnvironment(env);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->profile.authKind, ConnectionProfile::AuthKind::Basic);
    QCOMPARE(r->profile.userName, QStringLiteral("admin@kestra.io"));
    QCOMPARE(r->secret.utf8(), QByteArrayLiteral("Admin1234"));
    QCOMPARE(r->profile.name, QStringLiteral("localhost"));
}

KTC_TEST_MAIN(TestProfiles)
#include "tst_profiles.moc"
