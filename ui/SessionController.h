#pragma once

#include "api/SessionInfo.h"
#include "api/TlsTrust.h"
#include "core/ConnectionProfile.h"
#include "core/SecretString.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace ktc {
class CredentialStore;
class ProfileStore;
namespace api {
class ApiClient;
class ApiError;
class Connector;
} // namespace api
} // namespace ktc

namespace ktc::ui {

class MainWindow;
class Prompter;

// One connection at a time: gets the secret (typed, or from the keychain), runs the connect
// sequence, remembers the secret when asked to, and keeps the window's connection state, the
// keychain banner and the way forward after a failure (retry, sign in again) up to date.
class SessionController : public QObject, public api::TlsTrust
{
    Q_OBJECT
public:
    SessionController(QNetworkAccessManager& network, CredentialStore& credentials, ProfileStore& profiles,
                      Prompter& prompter, MainWindow& window, QObject* parent = nullptr);
    ~SessionController() override;

    // An empty secret means: read it from the keychain (for a profile that remembers it).
    void connectWith(const ConnectionProfile& profile, const SecretString& secret);
    // The connection dialog, for a new profile or to sign in again.
    void showConnectionDialog(const QString& message = {});
    void disconnectSession();

    bool isConnected() const { return m_connected; }
    api::ApiClient* client() const { return m_client.get(); }
    const api::SessionInfo& session() const { return m_session; }
    const ConnectionProfile& profile() const { return m_profile; }

    void reviewCertificate(const api::TlsChallenge& challenge) override;

signals:
    void connected(const ktc::api::SessionInfo& session);
    void disconnected();
    void connectFailed(const QString& message);

private:
    void startConnect(const SecretString& secret);
    void onConnected(const api::SessionInfo& session, const SecretString& secret);
    void onConnectFailed(const api::ApiError& error);
    void onCredentialsRejected();
    void updateKeychainBanner();
    void fail(const QString& message);

    QNetworkAccessManager& m_network;
    CredentialStore& m_credentials;
    ProfileStore& m_profiles;
    Prompter& m_prompter;
    MainWindow& m_window;

    ConnectionProfile m_profile;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<api::Connector> m_connector;
    api::SessionInfo m_session;
    bool m_connected = false;
    bool m_secretTyped = false;
    SecretString m_secret; // this session's, in memory only, for a reconnect
    QPointer<QWidget> m_dialog;
};

} // namespace ktc::ui
