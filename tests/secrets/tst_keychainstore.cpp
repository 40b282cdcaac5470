// KeychainCredentialStore against the real gnome-keyring that packaging/run-tests.sh starts on a
// private session bus: round trips, independence of keys, the per-job timeout and late replies,
// dropped callbacks, and that no secret reaches the log.
#include "StoreRecorder.h"
#include "secrets/KeychainCredentialStore.h"
#include "support/TestMain.h"

#include <QDebug>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringList>
#include <QUuid>
#include <memory>

using namespace ktc;
using namespace std::chrono_literals;

namespace {
// Every ktc category on, before QCoreApplication reads the rules.
[[maybe_unused]] const bool loggingOn = qputenv("QT_LOGGING_RULES", "ktc.*=true");

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(
            QString::fromUtf8(context.category ? context.category : "") + QLatin1Char(' ') + message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

constexpr int kWaitMs = 10000;
} // namespace

class TestKeychainStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
            "run through packaging/run-tests.sh: it starts a private bus with an unlocked gnome-keyring");
        g_previousHandler = qInstallMessageHandler(captureMessage);
        QVERIFY(QLoggingCategory("ktc.secrets")
                    .isDebugEnabled()); // same rules as lcSecrets; the log check is not vacuous
        m_service = QStringLiteral("kestra-tenant-console-test-")
            + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_store = std::make_unique<KeychainCredentialStore>(m_service);
        QCOMPARE(m_store->service(), m_service);
        QCOMPARE(m_store->timeout(), 5000ms);
    }

    void cleanupTestCase()
    {
        m_store.reset();
        qInstallMessageHandler(g_previousHandler);
        QMutexLocker lock(&g_logMutex);
        QVERIFY2(!g_log.isEmpty(), "ktc.secrets logged nothing: the no-secret-in-log check proved nothing");
        bool sawKeychainLine = false;
        for (const QString& line : std::as_const(g_log)) {
            sawKeychainLine = sawKeychainLine || line.startsWith(QStringLiteral("ktc.secrets keychain"));
            for (const QString& secret : std::as_const(m_secretsUsed))
                QVERIFY2(!line.contains(secret),
                    qPrintable(QStringLiteral("secret in log line: ") + line.left(40)));
        }
        QVERIFY(sawKeychainLine);
    }

    void writeReadOverwriteDelete()
    {
        const QString key = QStringLiteral("profile-roundtrip");
        QCOMPARE(write(key, secret(QStringLiteral("first-s3cret-value"))), CredentialResult::Ok);
        QCOMPARE(readSecret(key), QStringLiteral("first-s3cret-value"));

        QCOMPARE(write(key, secret(QStringLiteral("second-s3cret-value"))), CredentialResult::Ok);
        QCOMPARE(readSecret(key), QStringLiteral("second-s3cret-value"));

        QCOMPARE(remove(key).status, CredentialResult::Ok);
        const CredentialResult after = read(key);
        QCOMPARE(after.status, CredentialResult::NotFound);
        QVERIFY(after.secret.isEmpty());
        QVERIFY(!after.error.isEmpty());
        QVERIFY(m_store->isAvailable()); // NotFound is an answer: the keychain works
        QVERIFY(m_store->errorString().isEmpty());
    }

    void readMissingIsNotFound()
    {
        QCOMPARE(read(QStringLiteral("profile-never-written")).status, CredentialResult::NotFound);
    }

    void removeMissing()
    {
        // Secret Service clears nothing without complaint; QtKeychain reports that as success.
        const CredentialResult r = remove(QStringLiteral("profile-never-written"));
        QVERIFY2(r.status == CredentialResult::Ok || r.status == CredentialResult::NotFound,
            CredentialResult::statusName(r.status));
        QVERIFY(m_store->isAvailable());
    }

    void unicodeSecret()
    {
        const QString key = QStringLiteral("profile-unicode-ü");
        const QString value = QStringLiteral("pässwörd-€-密码-🔑-\u00e9\u0301");
        QCOMPARE(write(key, secret(value)), CredentialResult::Ok);
        QCOMPARE(readSecret(key), value);
        QCOMPARE(remove(key).status, CredentialResult::Ok);
    }

    void keysAreIndependent()
    {
        const QString a = QStringLiteral("profile-a");
        const QString b = QStringLiteral("profile-b");
        QCOMPARE(write(a, secret(QStringLiteral("alpha-s3cret"))), CredentialResult::Ok);
        QCOMPARE(write(b, secret(QStringLiteral("bravo-s3cret"))), CredentialResult::Ok);
        QCOMPARE(readSecret(a), QStringLiteral("alpha-s3cret"));
        QCOMPARE(readSecret(b), QStringLiteral("bravo-s3cret"));
        QCOMPARE(remove(a).status, CredentialResult::Ok);
        QCOMPARE(read(a).status, CredentialResult::NotFound);
        QCOMPARE(readSecret(b), QStringLiteral("bravo-s3cret"));
        QCOMPARE(remove(b).status, CredentialResult::Ok);
    }

    void servicesAreIndependent()
    {
        const QString key = QStringLiteral("profile-shared-key");
        QCOMPARE(write(key, secret(QStringLiteral("service-one-s3cret"))), CredentialResult::Ok);
        KeychainCredentialStore other(m_service + QStringLiteral("-other"));
        StoreRecorder rec;
        other.read(key, this, rec.callback());
        KTC_AWAIT_ONE(rec, kWaitMs);
        QCOMPARE(rec.lastStatus(), CredentialResult::NotFound);
        QCOMPARE(remove(key).status, CredentialResult::Ok);
    }

    // The item really is in the Secret Service, readable by another client (secret-tool).
    void itemIsInTheKeyring()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        QVERIFY2(!tool.isEmpty(), "secret-tool (libsecret-tools, in the system package list) is needed");
        const QString key = QStringLiteral("profile-visible");
        QCOMPARE(write(key, secret(QStringLiteral("visible-s3cret"))), CredentialResult::Ok);
        QProcess lookup;
        // QtKeychain's libsecret schema: attributes "server" (our service) and "user" (the key).
        lookup.start(tool,
            { QStringLiteral("lookup"), QStringLiteral("server"), m_service, QStringLiteral("user"), key });
        QVERIFY(lookup.waitForFinished(kWaitMs));
        QCOMPARE(lookup.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()), QStringLiteral("visible-s3cret"));
        QCOMPARE(remove(key).status, CredentialResult::Ok);
        lookup.start(tool,
            { QStringLiteral("lookup"), QStringLiteral("server"), m_service, QStringLiteral("user"), key });
        QVERIFY(lookup.waitForFinished(kWaitMs));
        QVERIFY(lookup.readAllStandardOutput().isEmpty());
    }

    void completesLaterNeverInline()
    {
        StoreRecorder rec;
        m_store->read(QStringLiteral("profile-never-written"), this, rec.callback());
        QCOMPARE(rec.count(), 0);
        KTC_AWAIT_ONE(rec, kWaitMs);
    }

    void callbackDroppedWhenContextDeleted()
    {
        const QString key = QStringLiteral("profile-context");
        StoreRecorder dropped;
        auto* context = new QObject;
        m_store->write(key, secret(QStringLiteral("context-s3cret")), context, dropped.callback());
        m_store->read(key, context, dropped.callback());
        delete context;
        // Jobs run one after another, so once this later one answers, the earlier ones have too.
        QCOMPARE(readSecret(key), QStringLiteral("context-s3cret"));
        QTest::qWait(100);
        QCOMPARE(dropped.count(), 0);
        QCOMPARE(remove(key).status, CredentialResult::Ok);
    }

    void nullContextIsFireAndForget()
    {
        const QString key = QStringLiteral("profile-null-context");
        m_store->write(key, secret(QStringLiteral("nullctx-s3cret")), nullptr, {});
        QCOMPARE(readSecret(key), QStringLiteral("nullctx-s3cret"));
        QCOMPARE(remove(key).status, CredentialResult::Ok);
    }

    // A keychain that does not answer in time, simulated with a 1 ms timeout (queued behind a job of
    // the normal store, so the real answer surely comes later). TimedOut, the store unavailable;
    // then the late answer arrives and is ignored: no crash, no second completion.
    void timeoutThenLateReplyIsIgnored()
    {
        const QString key = QStringLiteral("profile-late");
        KeychainCredentialStore hanging(m_service, 1ms);
        QSignalSpy availability(&hanging, &CredentialStore::availabilityChanged);

        StoreRecorder ahead;
        m_store->read(QStringLiteral("profile-never-written"), this, ahead.callback());
        StoreRecorder late;
        hanging.write(key, secret(QStringLiteral("late-s3cret")), this, late.callback());

        KTC_AWAIT_ONE(late, kWaitMs);
        QCOMPARE(late.lastStatus(), CredentialResult::TimedOut);
        QVERIFY2(late.last().error.contains(QStringLiteral("did not answer within 1 ms")),
            qPrintable(late.last().error));
        QVERIFY(!hanging.isAvailable());
        QCOMPARE(hanging.errorString(), late.last().error);
        QCOMPARE(availability.count(), 1);
        QCOMPARE(availability.at(0).at(0).toBool(), false);

        // The timed-out write still runs to its end in the keychain: once a later job has answered,
        // its reply has come back and been dropped. It really ran: the value is there.
        hanging.setTimeout(5000ms);
        StoreRecorder after;
        hanging.read(key, this, after.callback());
        KTC_AWAIT_ONE(after, kWaitMs);
        QCOMPARE(after.lastStatus(), CredentialResult::Ok);
        QCOMPARE(after.last().secret.toQString(), QStringLiteral("late-s3cret"));
        QVERIFY(hanging.isAvailable()); // an answer makes it available again
        QCOMPARE(availability.count(), 2);
        QCOMPARE(availability.at(1).at(0).toBool(), true);

        QTest::qWait(300); // let the late job's deleteLater and any stray event run
        QCOMPARE(late.count(), 1);
        QCOMPARE(ahead.count(), 1);
        QCOMPARE(remove(key).status, CredentialResult::Ok);
    }

    // Destroying the store with a job in flight completes the request once, now, and the job's
    // later answer reaches nothing.
    void storeDestroyedWithJobInFlight()
    {
        const QString key = QStringLiteral("profile-orphan");
        auto doomed = std::make_unique<KeychainCredentialStore>(m_service);
        StoreRecorder rec;
        doomed->write(key, secret(QStringLiteral("orphan-s3cret")), this, rec.callback());
        doomed.reset();
        KTC_AWAIT_ONE(rec, kWaitMs);
        QCOMPARE(rec.lastStatus(), CredentialResult::Unavailable);
        // Wait for the orphaned job (queued before this read) to end, then a little more.
        QCOMPARE(readSecret(key), QStringLiteral("orphan-s3cret"));
        QTest::qWait(200);
        QCOMPARE(rec.count(), 1);
        QCOMPARE(remove(key).status, CredentialResult::Ok);
    }

    void debugOutputRedactsTheSecret()
    {
        const QString key = QStringLiteral("profile-debug");
        QCOMPARE(write(key, secret(QStringLiteral("debug-s3cret-value"))), CredentialResult::Ok);
        const CredentialResult r = read(key);
        QCOMPARE(r.status, CredentialResult::Ok);
        QString printed;
        QDebug(&printed) << r;
        QVERIFY2(!printed.contains(QStringLiteral("debug-s3cret-value")), qPrintable(printed));
        QVERIFY2(printed.contains(QStringLiteral("<redacted>")), qPrintable(printed));
        QVERIFY(printed.contains(QStringLiteral("Ok")));
        qDebug() << "read result" << r; // goes through the captured log too
        QCOMPARE(remove(key).status, CredentialResult::Ok);
    }

private:
    SecretString secret(const QString& value)
    {
        m_secretsUsed.append(value);
        return SecretString(value);
    }

    CredentialResult::Status write(const QString& key, const SecretString& value)
    {
        StoreRecorder rec;
        m_store->write(key, value, this, rec.callback());
        if (!QTest::qWaitFor([&] { return rec.count() == 1; }, kWaitMs))
            return CredentialResult::Failed;
        return rec.lastStatus();
    }

    CredentialResult read(const QString& key)
    {
        StoreRecorder rec;
        m_store->read(key, this, rec.callback());
        if (!QTest::qWaitFor([&] { return rec.count() == 1; }, kWaitMs))
            return CredentialResult::failure(CredentialResult::Failed, QStringLiteral("test: no answer"));
        return rec.last();
    }

    QString readSecret(const QString& key)
    {
        const CredentialResult r = read(key);
        return r.ok() ? r.secret.toQString()
                      : QStringLiteral("<%1>").arg(QLatin1String(CredentialResult::statusName(r.status)));
    }

    CredentialResult remove(const QString& key)
    {
        StoreRecorder rec;
        m_store->remove(key, this, rec.callback());
        if (!QTest::qWaitFor([&] { return rec.count() == 1; }, kWaitMs))
            return CredentialResult::failure(CredentialResult::Failed, QStringLiteral("test: no answer"));
        return rec.last();
    }

    QString m_service;
    std::unique_ptr<KeychainCredentialStore> m_store;
    QStringList m_secretsUsed;
};

KTC_TEST_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
