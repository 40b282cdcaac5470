// MemoryCredentialStore and CredentialResult: session-only round trips, asynchronous completion,
// dropped callbacks for a deleted context, and a redacting debug output.
#include "StoreRecorder.h"
#include "secrets/MemoryCredentialStore.h"
#include "support/TestMain.h"

#include <QDebug>

using namespace ktc;

class TestMemoryStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        MemoryCredentialStore store;
        QVERIFY(store.isAvailable());
        QVERIFY(store.errorString().isEmpty());
        const QString key = QStringLiteral("profile-1");

        StoreRecorder w;
        store.write(key, SecretString(QStringLiteral("mem-s3cret")), this, w.callback());
        QCOMPARE(w.count(), 0); // never inline
        KTC_AWAIT_ONE(w, 1000);
        QCOMPARE(w.lastStatus(), CredentialResult::Ok);

        StoreRecorder r;
        store.read(key, this, r.callback());
        KTC_AWAIT_ONE(r, 1000);
        QCOMPARE(r.last().secret.toQString(), QStringLiteral("mem-s3cret"));

        StoreRecorder o;
        store.write(key, SecretString(QStringLiteral("mem-s3cret-2")), this, o.callback());
        KTC_AWAIT_ONE(o, 1000);
        QCOMPARE(store.value(key).toQString(), QStringLiteral("mem-s3cret-2"));
        QCOMPARE(store.count(), qsizetype(1));

        StoreRecorder d;
        store.remove(key, this, d.callback());
        KTC_AWAIT_ONE(d, 1000);
        QCOMPARE(d.lastStatus(), CredentialResult::Ok);
        QVERIFY(!store.contains(key));

        StoreRecorder n;
        store.read(key, this, n.callback());
        KTC_AWAIT_ONE(n, 1000);
        QCOMPARE(n.lastStatus(), CredentialResult::NotFound);
        StoreRecorder n2;
        store.remove(key, this, n2.callback());
        KTC_AWAIT_ONE(n2, 1000);
        QCOMPARE(n2.lastStatus(), CredentialResult::NotFound);
    }

    void emptyKeyFails()
    {
        MemoryCredentialStore store;
        StoreRecorder rec;
        store.write(QString(), SecretString(QStringLiteral("x")), this, rec.callback());
        KTC_AWAIT_ONE(rec, 1000);
        QCOMPARE(rec.lastStatus(), CredentialResult::Failed);
        QVERIFY(!rec.last().error.isEmpty());
        QCOMPARE(store.count(), qsizetype(0));
    }

    void callbackDroppedWhenContextDeleted()
    {
        MemoryCredentialStore store;
        store.store(QStringLiteral("k"), SecretString(QStringLiteral("v")));
        StoreRecorder dropped;
        auto* context = new QObject;
        store.read(QStringLiteral("k"), context, dropped.callback());
        store.remove(QStringLiteral("k"), context, dropped.callback());
        delete context;
        StoreRecorder probe;
        store.read(QStringLiteral("k"), this, probe.callback());
        KTC_AWAIT_ONE(probe, 1000);
        QTest::qWait(50);
        QCOMPARE(dropped.count(), 0);
        QCOMPARE(probe.lastStatus(), CredentialResult::NotFound); // the remove itself still happened
    }

    void clearForgetsEverything()
    {
        MemoryCredentialStore store;
        store.store(QStringLiteral("a"), SecretString(QStringLiteral("1")));
        store.store(QStringLiteral("b"), SecretString(QStringLiteral("2")));
        QVERIFY(store.forget(QStringLiteral("a")));
        QVERIFY(!store.forget(QStringLiteral("a")));
        store.clear();
        QCOMPARE(store.count(), qsizetype(0));
    }

    void debugOutputRedacts()
    {
        const CredentialResult ok = CredentialResult::success(SecretString(QStringLiteral("hunter2-s3cret")));
        QString printed;
        QDebug(&printed) << ok;
        QVERIFY2(!printed.contains(QStringLiteral("hunter2")), qPrintable(printed));
        QVERIFY(printed.contains(QStringLiteral("Ok")));
        QVERIFY(printed.contains(QStringLiteral("<redacted>")));

        const CredentialResult failed
            = CredentialResult::failure(CredentialResult::TimedOut, QStringLiteral("slow"));
        printed.clear();
        QDebug(&printed) << failed;
        QVERIFY2(printed.contains(QStringLiteral("TimedOut")) && printed.contains(QStringLiteral("slow")),
            qPrintable(printed));
    }
};

KTC_TEST_MAIN(TestMemoryStore)
#include "tst_memorystore.moc"
