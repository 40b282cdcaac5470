// KeychainCredentialStore with no usable session bus: every job must end as Unavailable, with a
// clear reason, well within the store's own timeout.
#include "StoreRecorder.h"
#include "secrets/KeychainCredentialStore.h"
#include "support/TestMain.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QUuid>

using namespace ktc;
using namespace std::chrono_literals;

namespace {
// Before QCoreApplication and before the first keychain job.
[[maybe_unused]] const bool busDisabled = qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
constexpr auto kTimeout = 5000ms;
} // namespace

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray("disabled:"));
        m_service = QStringLiteral("kestra-tenant-console-test-")
            + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void readIsUnavailableWithinTimeout()
    {
        KeychainCredentialStore store(m_service, kTimeout);
        QSignalSpy availability(&store, &CredentialStore::availabilityChanged);
        StoreRecorder rec;
        QElapsedTimer clock;
        clock.start();
        store.read(QStringLiteral("profile-1"), this, rec.callback());
        QCOMPARE(rec.count(), 0); // never inline
        KTC_AWAIT_ONE(rec, 10000);
        const qint64 elapsed = clock.elapsed();
        qInfo() << "read answered" << rec.last() << "after" << elapsed << "ms";
        QCOMPARE(rec.lastStatus(), CredentialResult::Unavailable);
        QVERIFY(elapsed < kTimeout.count()); // a real answer, not our timeout
        QVERIFY2(rec.last().error.startsWith(QStringLiteral("The keychain is unavailable: ")),
            qPrintable(rec.last().error));
        // QtKeychain's own text is passed on: here GDBus refusing the "disabled:" bus address.
        QVERIFY2(rec.last().error.contains(QStringLiteral("disabled")), qPrintable(rec.last().error));
        QVERIFY(!store.isAvailable());
        QCOMPARE(store.errorString(), rec.last().error);
        QCOMPARE(availability.count(), 1);
        QCOMPARE(availability.at(0).at(0).toBool(), false);
    }

    void writeIsUnavailableWithinTimeout()
    {
        KeychainCredentialStore store(m_service, kTimeout);
        StoreRecorder rec;
        QElapsedTimer clock;
        clock.start();
        store.write(
            QStringLiteral("profile-1"), SecretString(QStringLiteral("s3cret-w")), this, rec.callback());
        KTC_AWAIT_ONE(rec, 10000);
        QVERIFY(clock.elapsed() < kTimeout.count());
        QCOMPARE(rec.lastStatus(), CredentialResult::Unavailable);
        QVERIFY(!rec.last().error.isEmpty());
        QVERIFY(!store.isAvailable());
        QVERIFY(!store.errorString().isEmpty());
    }

    void removeIsUnavailableWithinTimeout()
    {
        KeychainCredentialStore store(m_service, kTimeout);
        StoreRecorder rec;
        QElapsedTimer clock;
        clock.start();
        store.remove(QStringLiteral("profile-1"), this, rec.callback());
        KTC_AWAIT_ONE(rec, 10000);
        QVERIFY(clock.elapsed() < kTimeout.count());
        QCOMPARE(rec.lastStatus(), CredentialResult::Unavailable);
        QVERIFY(!store.isAvailable());
    }

    void emptyKeyFails()
    {
        KeychainCredentialStore store(m_service, kTimeout);
        StoreRecorder rec;
        store.read(QString(), this, rec.callback());
        KTC_AWAIT_ONE(rec, 1000);
        QCOMPARE(rec.lastStatus(), CredentialResult::Failed);
        QVERIFY(store.isAvailable()); // a wrong request says nothing about the keychain
    }

private:
    QString m_service;
};

KTC_TEST_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"
