// The clipboard guard: concealed mime data, the countdown, clearing after the timeout and on
// quit, and leaving alone whatever the user copied meanwhile.
#include "core/SecretString.h"
#include "support/TestMain.h"
#include "ui/ClipboardGuard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMetaMethod>
#include <QMimeData>
#include <QSignalSpy>

using ktc::SecretString;
using ktc::ui::ClipboardGuard;
using namespace std::chrono_literals;

namespace {
const QString kToken = QStringLiteral("kestra_tok_3bW9xQ2rT5yU8iO1pA4sD7fG");

QString clipboardText()
{
    return QGuiApplication::clipboard()->text();
}
} // namespace

class TestClipboardGuard : public QObject
{
    Q_OBJECT
private slots:
    void init() { QGuiApplication::clipboard()->clear(); }

    void putsExactlyTheSecretMarkedAsConcealed()
    {
        ClipboardGuard guard;
        guard.copySecret(SecretString(kToken));
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->text(), kToken);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        QVERIFY(mime->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
#endif
#ifdef Q_OS_MACOS
        QVERIFY(mime->hasFormat(QStringLiteral("application/x-nspasteboard-concealed-type")));
#endif
#ifdef Q_OS_WIN
        QVERIFY(mime->hasFormat(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing")));
        QCOMPARE(mime->data(QStringLiteral("CanIncludeInClipboardHistory")), QByteArray(4, '\0'));
#endif
        QVERIFY(guard.isHolding());
        QCOMPARE(guard.secondsLeft(), 30);
    }

    void clearsAfterTheTimeout()
    {
        ClipboardGuard guard;
        guard.setTimeout(300ms);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copySecret(SecretString(kToken));
        QCOMPARE(clipboardText(), kToken);
        QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 3000);
        QVERIFY(clipboardText().isEmpty());
        QVERIFY(!guard.isHolding());
    }

    void leavesWhatTheUserCopiedMeanwhile()
    {
        ClipboardGuard guard;
        guard.setTimeout(300ms);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        QSignalSpy holding(&guard, &ClipboardGuard::holdingChanged);
        guard.copySecret(SecretString(kToken));
        QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
        QTRY_VERIFY(!guard.isHolding()); // nothing left to protect
        QTest::qWait(600); // well past the timeout
        QCOMPARE(clipboardText(), QStringLiteral("something else"));
        QCOMPARE(cleared.count(), 0);
        QCOMPARE(holding.count(), 2);
    }

    void clearsOnQuit()
    {
        ClipboardGuard guard; // the default 30 s: only quitting clears it here
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copySecret(SecretString(kToken));
        // QCoreApplication::aboutToQuit is a private signal: invoke it as exec() would emit it.
        const QMetaMethod aboutToQuit = QMetaMethod::fromSignal(&QCoreApplication::aboutToQuit);
        QVERIFY(aboutToQuit.invoke(QCoreApplication::instance(), Qt::DirectConnection));
        QCOMPARE(cleared.count(), 1);
        QVERIFY(clipboardText().isEmpty());
    }

    void quitLeavesSomethingElseAlone()
    {
        ClipboardGuard guard;
        guard.copySecret(SecretString(kToken));
        QGuiApplication::clipboard()->setText(QStringLiteral("notes"));
        guard.clearNow();
        QCOMPARE(clipboardText(), QStringLiteral("notes"));
    }

    void countsDownEverySecond()
    {
        ClipboardGuard guard;
        guard.setTimeout(2500ms);
        QSignalSpy seconds(&guard, &ClipboardGuard::secondsLeftChanged);
        guard.copySecret(SecretString(kToken));
        QTRY_VERIFY_WITH_TIMEOUT(!guard.isHolding(), 5000);
        QList<int> values;
        for (const QList<QVariant>& args : std::as_const(seconds))
            values << args.at(0).toInt();
        QCOMPARE(values, (QList<int> { 3, 2, 1, 0 }));
        QVERIFY(clipboardText().isEmpty());
    }

    void copyingAgainRestartsTheCountdown()
    {
        ClipboardGuard guard;
        guard.setTimeout(600ms);
        guard.copySecret(SecretString(kToken));
        QTest::qWait(400);
        guard.copySecret(SecretString(kToken));
        QTest::qWait(400); // 800 ms after the first copy, 400 after the second
        QCOMPARE(clipboardText(), kToken);
        QTRY_VERIFY_WITH_TIMEOUT(clipboardText().isEmpty(), 3000);
    }

    void theApplicationsGuardIsOwnedByQApp()
    {
        ClipboardGuard* guard = ClipboardGuard::instance();
        QVERIFY(guard);
        QCOMPARE(guard, ClipboardGuard::instance());
        QCOMPARE(guard->parent(), QCoreApplication::instance());
    }
};

KTC_TEST_MAIN(TestClipboardGuard)
#include "tst_clipboardguard.moc"
