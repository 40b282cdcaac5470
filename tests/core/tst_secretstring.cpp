#include "core/Clock.h"
#include "core/SecretString.h"
#include "support/TestMain.h"

using namespace ktc;

class TestSecretString : public QObject
{
    Q_OBJECT
private slots:
    void debugOutputIsRedacted();
    void clearWipes();
    void copiesAreIndependent();
    void moveLeavesSourceEmpty();
    void wipeHelpers();
    void manualClock();
    void systemClock();
};

void TestSecretString::debugOutputIsRedacted()
{
    const SecretString secret(QStringLiteral("kst_very_secret"));
    QString out;
    QDebug(&out) << secret;
    QVERIFY(!out.contains(QStringLiteral("very_secret")));
    QVERIFY(out.contains(QStringLiteral("redacted")));
    QString empty;
    QDebug(&empty) << SecretString();
    QVERIFY(empty.contains(QStringLiteral("empty")));
}

void TestSecretString::clearWipes()
{
    SecretString secret(QByteArrayLiteral("password"));
    QCOMPARE(secret.size(), 8);
    secret.clear();
    QVERIFY(secret.isEmpty());
    QCOMPARE(secret.utf8(), QByteArray());
}

void TestSecretString::copiesAreIndependent()
{
    SecretString a(QStringLiteral("token-123"));
    SecretString b = a;
    QVERIFY(a == b);
    QVERIFY(a.utf8().constData() != b.utf8().constData()); // own buffers
    a.clear();
    QCOMPARE(b.toQString(), QStringLiteral("token-123"));
    SecretString c;
    c = b;
    b.clear();
    QCOMPARE(c.utf8(), QByteArrayLiteral("token-123"));
}

void TestSecretString::moveLeavesSourceEmpty()
{
    SecretString a(QStringLiteral("abc"));
    SecretString b(std::move(a));
    QCOMPARE(b.utf8(), QByteArrayLiteral("abc"));
    SecretString c;
    c = std::move(b);
    QCOMPARE(c.utf8(), QByteArrayLiteral("abc"));
}

void TestSecretString::wipeHelpers()
{
    QByteArray bytes("secret");
    QByteArray shared = bytes; // implicitly shared: wiping one must not zero the other's data
    wipe(bytes);
    QVERIFY(bytes.isEmpty());
    QCOMPARE(shared, QByteArrayLiteral("secret"));
    QString text = QStringLiteral("secret");
    text.detach();
    wipe(text);
    QVERIFY(text.isEmpty());
}

void TestSecretString::manualClock()
{
    const QDateTime start(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    ManualClock clock(start);
    const Clock& asClock = clock;
    QCOMPARE(asClock.now(), start);
    clock.advance(3600);
    QCOMPARE(asClock.now(), start.addSecs(3600));
    clock.setNow(start.addDays(30));
    QCOMPARE(asClock.now().date(), QDate(2026, 1, 31));
}

void TestSecretString::systemClock()
{
    SystemClock clock;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime now = clock.now();
    QVERIFY(now >= before);
    QVERIFY(now.secsTo(QDateTime::currentDateTimeUtc()) < 5);
    QCOMPARE(now.timeSpec(), Qt::UTC);
}

KTC_TEST_MAIN(TestSecretString)
#include "tst_secretstring.moc"
