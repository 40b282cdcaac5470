#include "core/Validation.h"
#include "support/TestMain.h"

using namespace ktc;

class TestValidation : public QObject
{
    Q_OBJECT
private slots:
    void tenantId_data();
    void tenantId();
    void dnsLabel_data();
    void dnsLabel();
    void email_data();
    void email();
    void isoDuration_data();
    void isoDuration();
    void tokenMaxAgeAllowsNever();
    void requiredName();
    void durationFromDays();
};

void TestValidation::tenantId_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("simple") << QStringLiteral("dev") << true;
    QTest::newRow("digits first") << QStringLiteral("0prod") << true;
    QTest::newRow("hyphen and underscore") << QStringLiteral("team_a-1") << true;
    QTest::newRow("single char") << QStringLiteral("a") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("upper case") << QStringLiteral("Dev") << false;
    QTest::newRow("leading hyphen") << QStringLiteral("-dev") << false;
    QTest::newRow("leading underscore") << QStringLiteral("_dev") << false;
    QTest::newRow("space") << QStringLiteral("my dev") << false;
    QTest::newRow("dot") << QStringLiteral("a.b") << false;
    QTest::newRow("non-ascii") << QStringLiteral("d\u00e9v") << false;
    QTest::newRow("trailing newline") << QStringLiteral("dev\n") << false;
    QTest::newRow("newline inside") << QStringLiteral("de\nv") << false;
}

void TestValidation::tenantId()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    const auto r = validation::tenantId(value);
    QCOMPARE(r.ok, ok);
    QCOMPARE(r.message.isEmpty(), ok);
}

void TestValidation::dnsLabel_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("ci-bot") << QStringLiteral("ci-bot") << true;
    QTest::newRow("digits") << QStringLiteral("123") << true;
    QTest::newRow("63 chars") << QString(63, u'a') << true;
    QTest::newRow("64 chars") << QString(64, u'a') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading hyphen") << QStringLiteral("-bot") << false;
    QTest::newRow("trailing hyphen") << QStringLiteral("bot-") << false;
    QTest::newRow("double hyphen") << QStringLiteral("ci--bot") << false;
    QTest::newRow("underscore") << QStringLiteral("ci_bot") << false;
    QTest::newRow("upper case") << QStringLiteral("CiBot") << false;
    QTest::newRow("dot") << QStringLiteral("ci.bot") << false;
    QTest::newRow("trailing newline") << QStringLiteral("ci-bot\n") << false;
}

void TestValidation::dnsLabel()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QCOMPARE(validation::dnsLabel(value).ok, ok);
    QCOMPARE(validation::serviceAccountName(value).ok, ok);
    QCOMPARE(validation::apiTokenName(value).ok, ok);
    if (!ok)
        QVERIFY(validation::dnsLabel(value).message.contains(QStringLiteral("63")));
}

void TestValidation::email_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << QStringLiteral("alice@acme.com") << true;
    QTest::newRow("plus and subdomain") << QStringLiteral("a.b+tag@mail.acme.co.uk") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no at") << QStringLiteral("alice.acme.com") << false;
    QTest::newRow("two ats") << QStringLiteral("a@b@acme.com") << false;
    QTest::newRow("no domain dot") << QStringLiteral("alice@localhost") << false;
    QTest::newRow("space") << QStringLiteral("alice @acme.com") << false;
    QTest::newRow("empty local") << QStringLiteral("@acme.com") << false;
    QTest::newRow("trailing dot") << QStringLiteral("alice@acme.") << false;
    QTest::newRow("trailing newline") << QStringLiteral("alice@acme.com\n") << false;
    QTest::newRow("too long") << (QString(250, u'a') + QStringLiteral("@acme.com")) << false;
}

void TestValidation::email()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QCOMPARE(validation::email(value).ok, ok);
}

void TestValidation::isoDuration_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("P30D") << QStringLiteral("P30D") << true;
    QTest::newRow("PT720H") << QStringLiteral("PT720H") << true;
    QTest::newRow("full") << QStringLiteral("P1Y2M3DT4H5M6S") << true;
    QTest::newRow("P2W") << QStringLiteral("P2W") << true;
    QTest::newRow("PT30M") << QStringLiteral("PT30M") << true;
    QTest::newRow("P1M") << QStringLiteral("P1M") << true;
    QTest::newRow("fraction seconds") << QStringLiteral("PT1.5S") << true;
    QTest::newRow("P") << QStringLiteral("P") << false;
    QTest::newRow("PT") << QStringLiteral("PT") << false;
    QTest::newRow("30D") << QStringLiteral("30D") << false;
    QTest::newRow("P1H") << QStringLiteral("P1H") << false;
    QTest::newRow("P1DT") << QStringLiteral("P1DT") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("lower case") << QStringLiteral("p30d") << false;
    QTest::newRow("negative") << QStringLiteral("P-1D") << false;
    QTest::newRow("order") << QStringLiteral("P1D2Y") << false;
    QTest::newRow("fraction days") << QStringLiteral("P1.5D") << false;
    QTest::newRow("spaces") << QStringLiteral(" P30D") << false;
    QTest::newRow("trailing newline") << QStringLiteral("P30D\n") << false;
}

void TestValidation::isoDuration()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    const auto r = validation::isoDuration(value);
    QCOMPARE(r.ok, ok);
    if (!ok)
        QVERIFY(r.message.contains(QStringLiteral("P30D")));
}

void TestValidation::tokenMaxAgeAllowsNever()
{
    QVERIFY(validation::tokenMaxAge(QString()).ok);
    QVERIFY(validation::tokenMaxAge(QStringLiteral("P90D")).ok);
    QVERIFY(!validation::tokenMaxAge(QStringLiteral("90")).ok);
}

void TestValidation::requiredName()
{
    QVERIFY(validation::requiredName(QStringLiteral("Admins"), QStringLiteral("Group name")).ok);
    const auto blank = validation::requiredName(QStringLiteral("  \t"), QStringLiteral("Group name"));
    QVERIFY(!blank.ok);
    QVERIFY(blank.message.contains(QStringLiteral("Group name")));
    QVERIFY(!validation::requiredName(QString(), QStringLiteral("Name")));
}

void TestValidation::durationFromDays()
{
    QCOMPARE(validation::durationFromDays(30), QStringLiteral("P30D"));
    QCOMPARE(validation::durationFromDays(365), QStringLiteral("P365D"));
    QCOMPARE(validation::durationFromDays(0), QString());
    QCOMPARE(validation::durationFromDays(-5), QString());
    QVERIFY(validation::isoDuration(validation::durationFromDays(7)).ok);
}

KTC_TEST_MAIN(TestValidation)
#include "tst_validation.moc"
