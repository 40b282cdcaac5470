// API tokens end to end against the sandbox, with real clicks and typing: create (name rules,
// max-age preset), the one-time hand-off and its clipboard copy, the token authenticating,
// closing without copying, revoking, users and service accounts, no trace left behind, and a
// clear 403.
#include "models/ApiTokenModel.h"
#include "support/TestHttp.h"
#include "support/TestMain.h"
#include "ui/ClipboardGuard.h"
#include "ui/pages/StateOverlay.h"
#include "ui/tokens/ApiTokensPanel.h"
#include "ui/tokens/CreateTokenDialog.h"
#include "ui/tokens/MyTokensDialog.h"
#include "ui/tokens/TokenHandoffDialog.h"
#include "uisupport/SandboxSession.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMimeData>
#include <QMutex>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

using ktc::test::HttpResult;
using ktc::test::SandboxSession;
using ktc::test::TestAuth;
using ktc::ui::ApiTokensPanel;
using ktc::ui::ClipboardGuard;
using ktc::ui::CreateTokenDialog;
using ktc::ui::StateOverlay;
using ktc::ui::TokenHandoffDialog;
using ktc::ui::TokenSource;
using namespace std::chrono_literals;

namespace {
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(
            QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

template <class T> T* child(QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

void click(QWidget* button)
{
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}
} // namespace

class TestApiTokens : public QObject
{
    Q_OBJECT

    SandboxSession m_session;
    QTemporaryDir m_settingsDir;
    ClipboardGuard m_guard;
    QStringList m_tokensSeen; // every value the hand-off showed, to look for traces afterwards

    std::unique_ptr<ApiTokensPanel> makePanel(const TokenSource& source)
    {
        auto panel = std::make_unique<ApiTokensPanel>();
        panel->setPrompter(&m_session.prompter());
        panel->setClipboardGuard(&m_guard);
        panel->setSource(source);
        panel->resize(900, 400);
        panel->show();
        panel->activateWindow();
        return panel;
    }

    CreateTokenDialog* openCreateDialog(ApiTokensPanel& panel)
    {
        auto* button = child<QPushButton>(&panel, "newTokenButton");
        if (!QTest::qWaitFor([button] { return button->isEnabled(); }, 10000))
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        CreateTokenDialog* dialog = panel.findChild<CreateTokenDialog*>();
        if (dialog) {
            dialog->activateWindow();
            if (!QTest::qWaitForWindowExposed(dialog))
                return nullptr;
        }
        return dialog;
    }

    // Types a valid name, keeps the 30-day preset, clicks Create; returns the hand-off dialog.
    TokenHandoffDialog* createThroughDialog(ApiTokensPanel& panel, const QString& name)
    {
        CreateTokenDialog* dialog = openCreateDialog(panel);
        if (!dialog)
            return nullptr;
        QTest::keyClicks(child<QLineEdit>(dialog, "tokenName"), name);
        QTest::keyClicks(child<QLineEdit>(dialog, "tokenDescription"), QStringLiteral("made by a test"));
        QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
        TokenHandoffDialog* handoff = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (handoff = panel.findChild<TokenHandoffDialog*>()) != nullptr; }, 10000))
            return nullptr;
        if (handoff) {
            handoff->activateWindow();
            m_tokensSeen << shownToken(handoff);
        }
        return handoff;
    }

    // A deep copy: the dialog overwrites the field's buffer in place when it closes, and a plain
    // copy of text() shares that buffer.
    static QString shownToken(TokenHandoffDialog* handoff)
    {
        const QString shared = child<QLineEdit>(handoff, "tokenValue")->text();
        return QString(shared.constData(), shared.size());
    }

    int bearerStatus(const QString& token)
    {
        const TestAuth auth = TestAuth::bearer(token);
        return m_session.http().get(QStringLiteral("/api/v1/me"), &auth).status;
    }

    static int rowNamed(ApiTokensPanel& panel, const QString& name)
    {
        const auto& items = panel.model()->items();
        for (int row = 0; row < items.size(); ++row) {
            if (items.at(row).name == name)
                return row;
        }
        return -1;
    }

    static void selectRow(ApiTokensPanel& panel, int row)
    {
        QTableView* table = panel.table();
        const QRect cell = table->visualRect(panel.model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    }

    QString idOf(const QString& listPath, const QString& key, const QString& value)
    {
        const HttpResult r = m_session.http().get(listPath);
        for (const QJsonValue& item : r.results()) {
            if (item.toObject().value(key).toString() == value)
                return item.toObject().value(QLatin1String("id")).toString();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QLoggingCategory::setFilterRules(QStringLiteral("ktc.*=true"));
        g_previousHandler = qInstallMessageHandler(captureMessage);
        QVERIFY2(m_session.start(), qPrintable(m_session.errorString()));
        m_guard.setTimeout(60s);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void init() { m_session.prompter().clearQuestions(); }

    void createValidatesTheNameAndSendsThePreset()
    {
        auto panel = makePanel(TokenSource::forMe(m_session.client()));
        QVERIFY(panel->table()->accessibleName() == QStringLiteral("API tokens"));
        QCOMPARE(child<QPushButton>(panel.get(), "newTokenButton")->accessibleName(),
            QStringLiteral("New API token"));
        QCOMPARE(
            child<QPushButton>(panel.get(), "revokeTokenButton")->accessibleName(), QStringLiteral("Revoke"));
        QVERIFY(!child<QPushButton>(panel.get(), "revokeTokenButton")->isEnabled());

        CreateTokenDialog* dialog = openCreateDialog(*panel);
        QVERIFY(dialog);
        auto* name = child<QLineEdit>(dialog, "tokenName");
        auto* create = child<QPushButton>(dialog, "createButton");
        auto* hint = child<QLabel>(dialog, "tokenNameHint");
        auto* maxAge = child<QComboBox>(dialog, "tokenMaxAge");
        QCOMPARE(name->accessibleName(), QStringLiteral("Name"));
        QCOMPARE(maxAge->accessibleName(), QStringLiteral("Max age"));
        QCOMPARE(child<QCheckBox>(dialog, "tokenExtended")->accessibleName(), QStringLiteral("Extended"));
        QCOMPARE(create->accessibleName(), QStringLiteral("Create"));

        QTest::keyClicks(name, QStringLiteral("Bad_Name"));
        QVERIFY(!create->isEnabled());
        QVERIFY(!hint->text().isEmpty());
        const QString rejection = hint->text();
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Backspace);
        QTest::keyClicks(name, QStringLiteral("ci-token"));
        QVERIFY(create->isEnabled());
        QVERIFY(hint->text() != rejection);

        // Never: Extended means nothing then. Custom: an ISO-8601 duration is checked.
        maxAge->setFocus();
        QTest::keyClick(maxAge, Qt::Key_End);
        QVERIFY(maxAge->currentText().contains(QStringLiteral("Never")));
        QVERIFY(!child<QCheckBox>(dialog, "tokenExtended")->isEnabled());
        QTest::keyClick(maxAge, Qt::Key_Up);
        auto* custom = child<QLineEdit>(dialog, "tokenCustomMaxAge");
        QVERIFY(custom->isVisible());
        QVERIFY(!create->isEnabled());
        QTest::keyClicks(custom, QStringLiteral("30 days"));
        QVERIFY(!create->isEnabled());
        QTest::keyClick(maxAge, Qt::Key_Home); // 7 days
        QTest::keyClick(maxAge, Qt::Key_Down); // 30 days
        QCOMPARE(maxAge->currentData().toInt(), 30);
        QCOMPARE(dialog->request().maxAge, QStringLiteral("P30D"));
        QVERIFY(create->isEnabled());

        click(create);
        TokenHandoffDialog* handoff = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((handoff = panel->findChild<TokenHandoffDialog*>()) != nullptr, 10000);
        const QString token = shownToken(handoff);
        m_tokensSeen << token;
        QVERIFY(token.size() > 16);

        // The server got P30D: exp is 30 days after iat.
        const HttpResult list = m_session.http().get(QStringLiteral("/api/v1/me/api-tokens"));
        QCOMPARE(list.status, 200);
        QJsonObject listed;
        for (const QJsonValue& v : list.results()) {
            if (v.toObject().value(QLatin1String("name")).toString() == QStringLiteral("ci-token"))
                listed = v.toObject();
        }
        QVERIFY(!listed.isEmpty());
        const QDateTime iat
            = QDateTime::fromString(listed.value(QLatin1String("iat")).toString(), Qt::ISODate);
        const QDateTime exp
            = QDateTime::fromString(listed.value(QLatin1String("exp")).toString(), Qt::ISODate);
        QVERIFY(iat.isValid() && exp.isValid());
        QVERIFY(qAbs(iat.secsTo(exp) - 30 * 24 * 3600) < 120);
        QCOMPARE(listed.value(QLatin1String("description")).toString(), QString());

        // The list reloaded: the new token is there, with its prefix and without its value.
        QTRY_VERIFY(rowNamed(*panel, QStringLiteral("ci-token")) >= 0);
        const ktc::ApiToken row = panel->model()->itemAt(rowNamed(*panel, QStringLiteral("ci-token")));
        QVERIFY(!row.prefix.isEmpty());
        QVERIFY(token.startsWith(row.prefix));
        QVERIFY(row.prefix.size() < token.size());

        // The hand-off: read-only, selectable, not hidden; Copy goes through the guard.
        auto* field = child<QLineEdit>(handoff, "tokenValue");
        QCOMPARE(field->accessibleName(), QStringLiteral("Token"));
        QVERIFY(field->isReadOnly());
        QCOMPARE(field->echoMode(), QLineEdit::Normal);
        QCOMPARE(child<QPushButton>(handoff, "copyButton")->accessibleName(), QStringLiteral("Copy"));
        QCOMPARE(child<QPushButton>(handoff, "closeButton")->accessibleName(), QStringLiteral("Close"));
        click(child<QPushButton>(handoff, "copyButton"));
        QCOMPARE(QGuiApplication::clipboard()->text(), token);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
            QByteArrayLiteral("secret"));
#endif
        QVERIFY(m_guard.isHolding());
        QTRY_VERIFY(child<QLabel>(handoff, "tokenCountdown")->isVisible());
        QVERIFY(child<QLabel>(handoff, "tokenCountdown")->text().contains(QStringLiteral("second")));

        QCOMPARE(bearerStatus(token), 200);

        // Copied: Close asks nothing, and the dialog is gone; the field's own buffer (seen here
        // through a shallow copy of its text) was overwritten, not just dropped.
        const QString sharedWithField = field->text();
        QCOMPARE(sharedWithField, token);
        QPointer<TokenHandoffDialog> watch(handoff);
        click(child<QPushButton>(handoff, "closeButton"));
        QTRY_VERIFY(watch.isNull());
        QVERIFY(sharedWithField != token);
        QVERIFY(!sharedWithField.contains(token.left(8)));
        QVERIFY(m_session.prompter().questions().isEmpty());
        m_guard.clearNow();
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void ctrlCInTheFieldGoesThroughTheGuard()
    {
        auto panel = makePanel(TokenSource::forMe(m_session.client()));
        TokenHandoffDialog* handoff = createThroughDialog(*panel, QStringLiteral("ctrl-c"));
        QVERIFY(handoff);
        auto* field = child<QLineEdit>(handoff, "tokenValue");
        field->setFocus();
        field->selectAll();
        QTest::keySequence(field, QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(), shownToken(handoff));
        QVERIFY(QGuiApplication::clipboard()->mimeData()->formats().size() > 1); // the concealed marks
        QVERIFY(handoff->hasCopied());
        m_guard.clearNow();
        click(child<QPushButton>(handoff, "closeButton"));
    }

    void closingWithoutCopyAsksFirst()
    {
        auto panel = makePanel(TokenSource::forMe(m_session.client()));
        TokenHandoffDialog* handoff = createThroughDialog(*panel, QStringLiteral("never-copied"));
        QVERIFY(handoff);
        QPointer<TokenHandoffDialog> watch(handoff);

        m_session.prompter().queueConfirm(false); // "No, keep it open"
        click(child<QPushButton>(handoff, "closeButton"));
        QTRY_COMPARE(m_session.prompter().questions().size(), 1);
        QVERIFY(m_session.prompter().lastText().contains(
            QStringLiteral("You will not be able to see this token again")));
        QTest::qWait(50);
        QVERIFY(!watch.isNull());
        QVERIFY(handoff->isVisible());

        m_session.prompter().queueConfirm(false);
        QTest::keyClick(handoff, Qt::Key_Escape); // Esc asks too
        QTRY_COMPARE(m_session.prompter().questions().size(), 2);
        QTest::qWait(50);
        QVERIFY(!watch.isNull());

        m_session.prompter().queueConfirm(false);
        handoff->close(); // the window's close button
        QTRY_COMPARE(m_session.prompter().questions().size(), 3);
        QTest::qWait(50);
        QVERIFY(!watch.isNull());

        m_session.prompter().queueConfirm(true);
        click(child<QPushButton>(handoff, "closeButton"));
        QTRY_VERIFY(watch.isNull());
        QCOMPARE(m_session.prompter().questions().size(), 4);
    }

    void revokeAsksAndTheTokenStopsWorking()
    {
        auto panel = makePanel(TokenSource::forMe(m_session.client()));
        TokenHandoffDialog* handoff = createThroughDialog(*panel, QStringLiteral("to-revoke"));
        QVERIFY(handoff);
        const QString token = shownToken(handoff);
        click(child<QPushButton>(handoff, "copyButton"));
        click(child<QPushButton>(handoff, "closeButton"));
        m_guard.clearNow();
        QCOMPARE(bearerStatus(token), 200);

        QTRY_VERIFY(rowNamed(*panel, QStringLiteral("to-revoke")) >= 0);
        selectRow(*panel, rowNamed(*panel, QStringLiteral("to-revoke")));
        auto* revoke = child<QPushButton>(panel.get(), "revokeTokenButton");
        QTRY_VERIFY(revoke->isEnabled());

        m_session.prompter().queueConfirm(false);
        click(revoke);
        QTRY_COMPARE(m_session.prompter().questions().size(), 1);
        QVERIFY(m_session.prompter().lastText().contains(QStringLiteral("to-revoke")));
        QCOMPARE(m_session.prompter().questions().constLast().acceptText, QStringLiteral("Revoke"));
        QTest::qWait(100);
        QVERIFY(rowNamed(*panel, QStringLiteral("to-revoke")) >= 0);
        QCOMPARE(bearerStatus(token), 200);

        m_session.prompter().queueConfirm(true);
        click(revoke);
        QTRY_VERIFY_WITH_TIMEOUT(rowNamed(*panel, QStringLiteral("to-revoke")) < 0, 10000);
        QCOMPARE(bearerStatus(token), 401);
        QVERIFY(panel->noticeText().contains(QStringLiteral("revoked")));
    }

    void aUsersToken()
    {
        const QString chloe = idOf(QStringLiteral("/api/v1/users?size=100"), QStringLiteral("username"),
            QStringLiteral("chloe.dubois@acme.com"));
        QVERIFY(!chloe.isEmpty());
        auto panel = makePanel(TokenSource::forUser(m_session.client(), chloe));
        TokenHandoffDialog* handoff = createThroughDialog(*panel, QStringLiteral("chloe-cli"));
        QVERIFY(handoff);
        const QString token = shownToken(handoff);
        const TestAuth auth = TestAuth::bearer(token);
        const HttpResult me = m_session.http().get(QStringLiteral("/api/v1/me"), &auth);
        QCOMPARE(me.status, 200);
        QVERIFY(me.body.contains("chloe.dubois@acme.com"));
        QTRY_VERIFY(rowNamed(*panel, QStringLiteral("chloe-cli")) >= 0);
        const HttpResult listed
            = m_session.http().get(QStringLiteral("/api/v1/users/") + chloe + QStringLiteral("/api-tokens"));
        QVERIFY(listed.body.contains("chloe-cli"));
        click(child<QPushButton>(handoff, "copyButton"));
        click(child<QPushButton>(handoff, "closeButton"));
        m_guard.clearNow();
    }

    void aServiceAccountsToken()
    {
        const QString ci = idOf(QStringLiteral("/api/v1/acme-dev/service-accounts"),
            QStringLiteral("username"), QStringLiteral("ci-bot"));
        QVERIFY(!ci.isEmpty());
        auto panel
            = makePanel(TokenSource::forServiceAccount(m_session.client(), QStringLiteral("acme-dev"), ci));
        QTRY_VERIFY(rowNamed(*panel, QStringLiteral("github-actions")) >= 0); // the seeded one
        TokenHandoffDialog* handoff = createThroughDialog(*panel, QStringLiteral("gitlab"));
        QVERIFY(handoff);
        QCOMPARE(bearerStatus(shownToken(handoff)), 200);
        QTRY_VERIFY(rowNamed(*panel, QStringLiteral("gitlab")) >= 0);
        click(child<QPushButton>(handoff, "copyButton"));
        click(child<QPushButton>(handoff, "closeButton"));
        m_guard.clearNow();
    }

    void serverErrorsStayInTheDialog()
    {
        auto panel = makePanel(TokenSource::forUser(m_session.client(), QStringLiteral("no-such-user")));
        CreateTokenDialog* dialog = nullptr;
        // A 404 for the list; New stays possible (only a 403 disables it).
        QTRY_COMPARE_WITH_TIMEOUT(panel->overlay()->showing(), StateOverlay::Showing::Error, 10000);
        dialog = openCreateDialog(*panel);
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, "tokenName"), QStringLiteral("orphan"));
        click(child<QPushButton>(dialog, "createButton"));
        auto* error = child<QLabel>(dialog, "createTokenError");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && !error->text().isEmpty(), 10000);
        QCOMPARE(child<QLineEdit>(dialog, "tokenName")->text(), QStringLiteral("orphan"));
        QVERIFY(!panel->findChild<TokenHandoffDialog*>());
        dialog->reject();
    }

    void noTraceOfAnyTokenAfterTheDialogsClosed()
    {
        QVERIFY(m_tokensSeen.size() >= 5);
        QVERIFY(!panelHasAnyToken());
        // Log output was captured and holds no token (but the creations were logged by name).
        QStringList log;
        {
            QMutexLocker lock(&g_logMutex);
            log = g_log;
        }
        QVERIFY(log.join(QLatin1Char('\n')).contains(QStringLiteral("ci-token")));
        for (const QString& token : std::as_const(m_tokensSeen)) {
            QVERIFY(!token.isEmpty());
            for (const QString& line : std::as_const(log))
                QVERIFY2(!line.contains(token), "a token reached the log");
        }
        // No settings file written during the test holds one either.
        QSettings settings;
        settings.sync();
        QDirIterator files(m_settingsDir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QString& token : std::as_const(m_tokensSeen))
                QVERIFY2(!bytes.contains(token.toUtf8()), qPrintable(file.fileName()));
        }
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void myTokensDialogShowsTheSignedInUsersTokens()
    {
        QPointer<ktc::ui::MyTokensDialog> dialog
            = new ktc::ui::MyTokensDialog(m_session.client(), m_session.prompter());
        dialog->show();
        QCOMPARE(dialog->windowTitle(), QStringLiteral("My API tokens"));
        QVERIFY(dialog->panel()->source().has_value());
        QCOMPARE(dialog->panel()->source()->kind(), TokenSource::Kind::Me);
        QTRY_VERIFY_WITH_TIMEOUT(rowNamed(*dialog->panel(), QStringLiteral("ci-token")) >= 0, 10000);
        click(child<QPushButton>(dialog.data(), "closeButton"));
        QTRY_VERIFY(dialog.isNull()); // deletes itself
    }

    void aForbiddenListIsShownClearly()
    {
        const QString email = QStringLiteral("token.outsider@acme.com");
        const QString password = QStringLiteral("outsider-pass-1");
        const HttpResult created = m_session.http().post(QStringLiteral("/api/v1/users"),
            QJsonObject { { QStringLiteral("email"), email }, { QStringLiteral("password"), password },
                { QStringLiteral("tenants"), QJsonArray { QStringLiteral("acme-dev") } } });
        QCOMPARE(created.status, 201);
        const QString ci = idOf(QStringLiteral("/api/v1/acme-dev/service-accounts"),
            QStringLiteral("username"), QStringLiteral("ci-bot"));
        QVERIFY(m_session.signInAs(email, password));

        auto panel
            = makePanel(TokenSource::forServiceAccount(m_session.client(), QStringLiteral("acme-dev"), ci));
        QTRY_COMPARE_WITH_TIMEOUT(panel->overlay()->showing(), StateOverlay::Showing::Error, 10000);
        QVERIFY2(panel->overlay()->messageText().contains(QStringLiteral("403")),
            qPrintable(panel->overlay()->messageText()));
        QVERIFY(!child<QPushButton>(panel.get(), "newTokenButton")->isEnabled());
        QVERIFY(!child<QPushButton>(panel.get(), "revokeTokenButton")->isEnabled());
    }

    void noSourceMeansEmptyAndDisabled()
    {
        ApiTokensPanel panel;
        QCOMPARE(panel.overlay()->showing(), StateOverlay::Showing::Empty);
        QVERIFY(!child<QPushButton>(&panel, "newTokenButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&panel, "revokeTokenButton")->isEnabled());
    }

private:
    bool panelHasAnyToken()
    {
        auto panel = makePanel(TokenSource::forMe(m_session.client()));
        if (!QTest::qWaitFor([&] { return panel->model()->hasLoaded(); }, 10000))
            return true;
        const QAbstractItemModel* model = panel->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                for (int role = 0; role <= Qt::UserRole + 16; ++role) {
                    const QString value = model->data(model->index(row, column), role).toString();
                    for (const QString& token : std::as_const(m_tokensSeen)) {
                        if (!value.isEmpty() && value.contains(token))
                            return true;
                    }
                }
            }
        }
        return false;
    }
};

KTC_TEST_MAIN(TestApiTokens)
#include "tst_apitokens.moc"
