#include "support/TestMain.h"

class TestSmoke : public QObject
{
    Q_OBJECT
private slots:
    void builds() { QVERIFY(true); }
};

KTC_TEST_MAIN(TestSmoke)
#include "tst_smoke.moc"
