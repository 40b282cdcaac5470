// FallbackCredentialStore: with a real KeychainCredentialStore on an unusable session bus
// (DBUS_SESSION_BUS_ADDRESS=disabled:), and over a scripted keychain for recovery and timeouts.
#include "ScriptedCredentialStore.h"
#include "StoreRecorder.h"
#include "secrets/FallbackCredentialStore.h"
#include "secrets/KeychainCredentialStore.h"
#include "support/TestMain.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QUuid>
#include <memory>

using namespace ktc;
using namespace std::chrono_literals;

namespace {
// Before QCoreApplication and before the first keychain job.
[[maybe_unused]] const bool busDisabled = qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
constexpr int kWaitMs = 10000;

// True if any file under the test's home, config or data directories contains `needle`.
bool anyFileContains(const QByteArray& needle)
{
    for (const char* var : { "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR" }) {
        const QString root = qEnvironmentVariable(var);
        if (root.isEmpty() || root == QStringLiteral("/") || root == QStringLiteral("/root"))
            continue; // only the throwaway directories of packaging/run-tests.sh are scanned
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.size() < 10 * 1024 * 1024
                && file.readAll().contains(needle))
                return true;
        }
    }
    return false;
}
} // namespace

class TestFallbackStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray("disabled:"));
        m_service = QStringLiteral("kestra-tenant-console-test-")
            + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void unavailableKeychainKeepsSessionSecrets()
    {
        FallbackCredentialStore store(std::make_unique<KeychainCredentialStore>(m_service));
        QSignalSpy availability(&store, &CredentialStore::availabilityChanged);
        const QString key = QStringLiteral("profile-1");
        const QString value = QStringLiteral("fallback-s3cret-one");

        StoreRecorder written;
        store.write(key, SecretString(value), this, written.callback());
        QCOMPARE(written.count(), 0);
        KTC_AWAIT_ONE(written, kWaitMs);
        // Kept for the session, but the failure is reported, never silent.
        QCOMPARE(written.lastStatus(), CredentialResult::Unavailable);
        QVERIFY2(written.last().error.contains(QStringLiteral("disabled")), qPrintable(written.last().error));
        QVERIFY(!store.isAvailable());
        QCOMPARE(store.errorString(), written.last().error);
        QCOMPARE(availability.count(), 1);
        QCOMPARE(availability.at(0).at(0).toBool(), false);
        QCOMPARE(store.sessionOnlyCount(), qsizetype(1));

        StoreRecorder readBack;
        store.read(key, this, readBack.callback());
        KTC_AWAIT_ONE(readBack, kWaitMs);
        QCOMPARE(readBack.lastStatus(), CredentialResult::Ok);
        QCOMPARE(readBack.last().secret.toQString(), value);

        // Now known unavailable: no more keychain jobs, answers come at once from memory.
        QElapsedTimer clock;
        clock.start();
        StoreRecorder second;
        store.write(key, SecretString(QStringLiteral("fallback-s3cret-two")), this, second.callback());
        KTC_AWAIT_ONE(second, kWaitMs);
        QCOMPARE(second.lastStatus(), CredentialResult::Unavailable);
        QCOMPARE(second.last().error, store.errorString());
        StoreRecorder overwritten;
        store.read(key, this, overwritten.callback());
        KTC_AWAIT_ONE(overwritten, kWaitMs);
        QCOMPARE(overwritten.last().secret.toQString(), QStringLiteral("fallback-s3cret-two"));
        QVERIFY(clock.elapsed() < 1000);

        // Nothing was written anywhere else (no plain-text fallback in the throwaway home).
        QVERIFY(!anyFileContains(value.toUtf8()));
        QVERIFY(!anyFileContains(QByteArrayLiteral("fallback-s3cret-two")));

        StoreRecorder removed;
        store.remove(key, this, removed.callback());
        KTC_AWAIT_ONE(removed, kWaitMs);
        QCOMPARE(removed.lastStatus(), CredentialResult::Unavailable); // the keychain could not be cleaned
        QCOMPARE(store.sessionOnlyCount(), qsizetype(0));
        StoreRecorder gone;
        store.read(key, this, gone.callback());
        KTC_AWAIT_ONE(gone, kWaitMs);
        QCOMPARE(gone.lastStatus(), CredentialResult::Unavailable);
        QCOMPARE(gone.last().error, store.errorString());
        QVERIFY(gone.last().secret.isEmpty());
    }

    void readWhileUnavailableSaysWhy()
    {
        FallbackCredentialStore store(std::make_unique<KeychainCredentialStore>(m_service));
        StoreRecorder rec;
        store.read(QStringLiteral("profile-unknown"), this, rec.callback());
        KTC_AWAIT_ONE(rec, kWaitMs);
        QCOMPARE(rec.lastStatus(), CredentialResult::Unavailable);
        QVERIFY(!rec.last().error.isEmpty());
        QVERIFY(!store.isAvailable());
    }

    void callbackDroppedWhenContextDeleted()
    {
        FallbackCredentialStore store(std::make_unique<KeychainCredentialStore>(m_service));
        StoreRecorder dropped;
        auto* context = new QObject;
        store.write(QStringLiteral("profile-ctx"), SecretString(QStringLiteral("ctx-s3cret")), context,
            dropped.callback());
        store.read(QStringLiteral("profile-ctx"), context, dropped.callback());
        delete context;
        StoreRecorder probe; // issued after: answered after the two above
        store.read(QStringLiteral("profile-ctx"), this, probe.callback());
        KTC_AWAIT_ONE(probe, kWaitMs);
        QTest::qWait(100);
        QCOMPARE(dropped.count(), 0);
        QCOMPARE(probe.lastStatus(), CredentialResult::Ok); // the write itself happened (for the session)
    }

    void workingKeychainHoldsTheOnlyCopy()
    {
        auto scripted = std::make_unique<ScriptedCredentialStore>();
        ScriptedCredentialStore* keychain = scripted.get();
        FallbackCredentialStore store(std::move(scripted));
        QCOMPARE(store.keychain(), keychain);
        StoreRecorder w;
        store.write(QStringLiteral("p"), SecretString(QStringLiteral("kc-s3cret")), this, w.callback());
        KTC_AWAIT_ONE(w, kWaitMs);
        QCOMPARE(w.lastStatus(), CredentialResult::Ok);
        QVERIFY(keychain->holds(QStringLiteral("p")));
        QCOMPARE(store.sessionOnlyCount(), qsizetype(0));
        QVERIFY(store.isAvailable());
        StoreRecorder r;
        store.read(QStringLiteral("p"), this, r.callback());
        KTC_AWAIT_ONE(r, kWaitMs);
        QCOMPARE(r.last().secret.toQString(), QStringLiteral("kc-s3cret"));
        StoreRecorder d;
        store.remove(QStringLiteral("p"), this, d.callback());
        KTC_AWAIT_ONE(d, kWaitMs);
        QCOMPARE(d.lastStatus(), CredentialResult::Ok);
        QVERIFY(!keychain->holds(QStringLiteral("p")));
    }

    void timedOutWriteIsKeptAndReported()
    {
        auto scripted = std::make_unique<ScriptedCredentialStore>();
        ScriptedCredentialStore* keychain = scripted.get();
        FallbackCredentialStore store(std::move(scripted));
        QSignalSpy availability(&store, &CredentialStore::availabilityChanged);
        const QString why = QStringLiteral("The keychain did not answer within 5000 ms.");
        keychain->failWith(CredentialResult::TimedOut, why);
        QCOMPARE(availability.count(), 1);

        keychain->heal(); // available again, but this write times out:
        keychain->failWith(CredentialResult::TimedOut, why);
        store.retryKeychain();
        StoreRecorder w;
        store.write(QStringLiteral("p"), SecretString(QStringLiteral("to-s3cret")), this, w.callback());
        KTC_AWAIT_ONE(w, kWaitMs);
        QCOMPARE(w.lastStatus(), CredentialResult::Unavailable);
        QCOMPARE(w.last().error, why);
        QCOMPARE(store.errorString(), why);
        QCOMPARE(store.sessionOnlyCount(), qsizetype(1));
        StoreRecorder r;
        store.read(QStringLiteral("p"), this, r.callback());
        KTC_AWAIT_ONE(r, kWaitMs);
        QCOMPARE(r.last().secret.toQString(), QStringLiteral("to-s3cret"));
    }

    void retryReachesTheKeychainAgain()
    {
        auto scripted = std::make_unique<ScriptedCredentialStore>();
        ScriptedCredentialStore* keychain = scripted.get();
        FallbackCredentialStore store(std::move(scripted));
        keychain->failWith(
            CredentialResult::Unavailable, QStringLiteral("The keychain is locked or refused access."));
        QVERIFY(!store.isAvailable());
        keychain->heal();
        keychain->failWith(
            CredentialResult::Unavailable, QStringLiteral("The keychain is locked or refused access."));
        const int before = keychain->calls();

        StoreRecorder sessionOnly; // unavailable: not even tried
        store.write(
            QStringLiteral("p"), SecretString(QStringLiteral("retry-s3cret")), this, sessionOnly.callback());
        KTC_AWAIT_ONE(sessionOnly, kWaitMs);
        QCOMPARE(sessionOnly.lastStatus(), CredentialResult::Unavailable);
        QCOMPARE(keychain->calls(), before);

        keychain->heal(); // the user unlocked it
        store.retryKeychain();
        StoreRecorder again;
        store.write(
            QStringLiteral("p"), SecretString(QStringLiteral("retry-s3cret")), this, again.callback());
        KTC_AWAIT_ONE(again, kWaitMs);
        QCOMPARE(again.lastStatus(), CredentialResult::Ok);
        QCOMPARE(keychain->calls(), before + 1);
        QVERIFY(keychain->holds(QStringLiteral("p")));
        QCOMPARE(store.sessionOnlyCount(), qsizetype(0)); // the session copy was wiped
        QVERIFY(store.isAvailable());
    }

private:
    QString m_service;
};

KTC_TEST_MAIN(TestFallbackStore)
#include "tst_fallbackstore.moc"
