// The connection dialog: profiles added, edited, removed and connected with real typing; the
// secret goes to the caller only, never into the settings file.
#include "core/ProfileStore.h"
#include "support/TestMain.h"
#include "ui/ConnectionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace ktc;

class TestConnectionDialog : public QObject
{
    Q_OBJECT

    template <class T>
    static T* child(QWidget* w, const char* name)
    {
        return w->findChild<T*>(QString::fromLatin1(name));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        m_store = std::make_unique<ProfileStore>(*m_settings);
    }

    void addsAProfileAndConnectsWithTheTypedSecret()
    {
        ui::ConnectionDialog dialog(*m_store);
        dialog.show();
        dialog.activateWindow();
        QCOMPARE(child<QLineEdit>(&dialog, "serverUrl")->accessibleName(), QStringLiteral("Server URL"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "profileName"), QStringLiteral("Production"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "serverUrl"), QStringLiteral("https://kestra.example.com"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "userName"), QStringLiteral("admin@example.com"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "secret"), QStringLiteral("S3cret-Value!"));
        QVERIFY(child<QCheckBox>(&dialog, "rememberSecret")->isChecked()); // on by default
        QSignalSpy spy(&dialog, &ui::ConnectionDialog::connectRequested);
        QTest::mouseClick(child<QPushButton>(&dialog, "connectProfile"), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        const auto profile = spy.at(0).at(0).value<ConnectionProfile>();
        QCOMPARE(profile.name, QStringLiteral("Production"));
        QCOMPARE(profile.serverUrl, QUrl(QStringLiteral("https://kestra.example.com")));
        QCOMPARE(profile.authKind, ConnectionProfile::AuthKind::Basic);
        QCOMPARE(spy.at(0).at(1).value<SecretString>().toQString(), QStringLiteral("S3cret-Value!"));
        QVERIFY(!profile.id.isEmpty()); // saved
        QCOMPARE(m_store->list().size(), 1);
        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("S3cret-Value!"));
    }

    void invalidInputIsExplainedAndNothingIsSent()
    {
        ui::ConnectionDialog dialog(*m_store);
        dialog.show();
        QSignalSpy spy(&dialog, &ui::ConnectionDialog::connectRequested);
        QTest::keyClicks(child<QLineEdit>(&dialog, "serverUrl"), QStringLiteral("ftp://nowhere"));
        QTest::mouseClick(child<QPushButton>(&dialog, "connectProfile"), Qt::LeftButton);
        QVERIFY(child<QLabel>(&dialog, "connectionError")->text().contains(QStringLiteral("address")));
        child<QLineEdit>(&dialog, "serverUrl")->clear();
        QTest::keyClicks(child<QLineEdit>(&dialog, "serverUrl"), QStringLiteral("https://kestra.example.com"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "userName"), QStringLiteral("not-an-email"));
        QTest::mouseClick(child<QPushButton>(&dialog, "connectProfile"), Qt::LeftButton);
        QVERIFY(!child<QLabel>(&dialog, "connectionError")->text().isEmpty());
        QCOMPARE(spy.count(), 0);
        QCOMPARE(child<QLineEdit>(&dialog, "serverUrl")->text(), QStringLiteral("https://kestra.example.com")); // kept
    }

    void tokenProfilesHideTheEmail()
    {
        ui::ConnectionDialog dialog(*m_store);
        dialog.show();
        auto* kind = child<QComboBox>(&dialog, "authKind");
        kind->setCurrentIndex(kind->findData(int(ConnectionProfile::AuthKind::Token)));
        QVERIFY(!child<QLineEdit>(&dialog, "userName")->isVisible());
        QCOMPARE(child<QLineEdit>(&dialog, "secret")->accessibleName(), QStringLiteral("API token"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "serverUrl"), QStringLiteral("https://k.example.com"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "secret"), QStringLiteral("tok"));
        QSignalSpy spy(&dialog, &ui::ConnectionDialog::connectRequested);
        QTest::mouseClick(child<QPushButton>(&dialog, "connectProfile"), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        const auto profile = spy.at(0).at(0).value<ConnectionProfile>();
        QCOMPARE(profile.authKind, ConnectionProfile::AuthKind::Token);
        QVERIFY(!profile.rememberSecret); // no name: a session-only profile
        QVERIFY(m_store->list().isEmpty());
    }

    void editsAndRemovesProfiles()
    {
        ConnectionProfile p;
        p.name = QStringLiteral("Staging");
        p.serverUrl = QUrl(QStringLiteral("https://staging.example.com"));
        p.authKind = ConnectionProfile::AuthKind::Basic;
        p.userName = QStringLiteral("me@example.com");
        const QString id = m_store->save(p)->id;

        ui::ConnectionDialog dialog(*m_store);
        dialog.show();
        QCOMPARE(child<QListWidget>(&dialog, "profileList")->count(), 1);
        QCOMPARE(child<QLineEdit>(&dialog, "serverUrl")->text(), QStringLiteral("https://staging.example.com"));
        // A remembered secret may be left empty: the caller reads it from the keychain.
        QSignalSpy connectSpy(&dialog, &ui::ConnectionDialog::connectRequested);
        QTest::mouseClick(child<QPushButton>(&dialog, "connectProfile"), Qt::LeftButton);
        QCOMPARE(connectSpy.count(), 1);
        QVERIFY(connectSpy.at(0).at(1).value<SecretString>().isEmpty());

        auto* url = child<QLineEdit>(&dialog, "serverUrl");
        url->clear();
        QTest::keyClicks(url, QStringLiteral("https://staging2.example.com"));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveProfile"), Qt::LeftButton);
        QCOMPARE(m_store->findById(id)->serverUrl, QUrl(QStringLiteral("https://staging2.example.com")));

        QSignalSpy removed(&dialog, &ui::ConnectionDialog::profileRemoved);
        QTest::mouseClick(child<QPushButton>(&dialog, "removeProfile"), Qt::LeftButton);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).toString(), id);
        QVERIFY(m_store->list().isEmpty());
        QCOMPARE(child<QListWidget>(&dialog, "profileList")->count(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
};

KTC_TEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
