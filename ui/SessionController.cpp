#include "SessionController.h"

#include "ConnectionDialog.h"
#include "ConnectionStatus.h"
#include "MainWindow.h"
#include "Prompter.h"
#include "UiLogging.h"
#include "WelcomePage.h"
#include "api/ApiClient.h"
#include "api/Connector.h"
#include "core/ProfileStore.h"
#include "secrets/CredentialStore.h"

#include <QNetworkAccessManager>
#include <QStatusBar>

namespace ktc::ui {

SessionController::SessionController(QNetworkAccessManager& network, CredentialStore& credentials,
                                     ProfileStore& profiles, Prompter& prompter, MainWindow& window,
                                     QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_credentials(credentials)
    , m_profiles(profiles)
    , m_prompter(prompter)
    , m_window(window)
{
    connect(&m_credentials, &CredentialStore::availabilityChanged, this, &SessionController::updateKeychainBanner);
    connect(m_window.connectAction(), &QAction::triggered, this, [this] { showConnectionDialog(); });
    connect(m_window.welcomePage(), &WelcomePage::connectRequested, this, [this] { showConnectionDialog(); });
    updateKeychainBanner();
}

SessionController::~SessionController() = default;

void SessionController::updateKeychainBanner()
{
    if (m_credentials.isAvailable())
        m_window.hideBanner();
    else
        m_window.showBanner(tr("Credentials will not be remembered: %1").arg(m_credentials.errorString()));
}

void SessionController::showConnectionDialog(const QString& message)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        if (auto* d = qobject_cast<ConnectionDialog*>(m_dialog.data()); d && !message.isEmpty())
            d->setError(message);
        return;
    }
    auto* dialog = new ConnectionDialog(m_profiles, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_profile.id.isEmpty())
        dialog->selectProfile(m_profile.id);
    if (!message.isEmpty())
        dialog->setError(message);
    connect(dialog, &ConnectionDialog::connectRequested, this,
            [this, dialog](const ConnectionProfile& profile, const SecretString& secret) {
                dialog->setBusy(true);
                connectWith(profile, secret);
            });
    connect(dialog, &ConnectionDialog::profileRemoved, this, [this](const QString& id) {
        m_credentials.remove(id, this, [](const CredentialResult&) { });
    });
    m_dialog = dialog;
    dialog->open();
}

void SessionController::connectWith(const ConnectionProfile& profile, const SecretString& secret)
{
    disconnectSession();
    m_profile = profile;
    m_window.welcomePage()->setBusy(true);
    m_window.welcomePage()->setStatus(tr("Connecting to %1...").arg(profile.serverUrl.toDisplayString()));
    if (!secret.isEmpty() || !profile.rememberSecret || profile.id.isEmpty()) {
        m_secretTyped = true;
        startConnect(secret);
        return;
    }
    m_secretTyped = false;
    const QString id = profile.id;
    m_credentials.read(id, this, [this, id](const CredentialResult& result) {
        if (m_profile.id != id)
            return; // another connection was started meanwhile
        if (!result.ok()) {
            const QString why = result.status == CredentialResult::NotFound
                ? tr("No secret is saved for this profile: enter it to connect.")
                : tr("The secret could not be read from the keychain (%1): enter it to connect.").arg(result.error);
            fail(why);
            showConnectionDialog(why);
            return;
        }
        startConnect(result.secret);
    });
}

void SessionController::startConnect(const SecretString& secret)
{
    m_secret = secret;
    m_client = std::make_unique<api::ApiClient>(&m_network, m_profile, secret);
    m_client->setTlsTrust(this);
    connect(m_client.get(), &api::ApiClient::activityChanged, &m_window,
            [this](int n) { m_window.connectionStatus()->setRequestsInFlight(n); });
    connect(m_client.get(), &api::ApiClient::credentialsRejected, this, &SessionController::onCredentialsRejected);
    connect(m_client.get(), &api::ApiClient::profileChanged, this, [this](const ConnectionProfile& p) {
        m_profile = p;
        if (!p.id.isEmpty())
            m_profiles.save(p);
    });
    m_connector = std::make_unique<api::Connector>(m_client.get());
    // The secret is needed once more after the connect (to remember it); keep a copy till then.
    m_connector->connectToServer(this, [this, secret](const api::ApiResult<api::SessionInfo>& result) {
        if (result)
            onConnected(result.value(), secret);
        else
            onConnectFailed(result.error());
    });
}

void SessionController::onConnected(const api::SessionInfo& session, const SecretString& secret)
{
    m_session = session;
    m_connected = true;
    if (m_secretTyped && m_profile.rememberSecret && !m_profile.id.isEmpty()) {
        m_credentials.write(m_profile.id, secret, this, [this](const CredentialResult& result) {
            if (!result.ok())
                m_window.statusBar()->showMessage(
                    tr("The secret is kept for this session only: %1").arg(result.error));
            updateKeychainBanner();
        });
    }
    if (m_dialog)
        m_dialog->close();
    const QString identity = session.me.profile.email.isEmpty() ? session.me.profile.username : session.me.profile.email;
    m_window.connectionStatus()->setConnected(m_profile.serverUrl.toDisplayString(), session.server.version, identity,
                                              session.instanceOwner);
    m_window.welcomePage()->setBusy(false);
    m_window.welcomePage()->setStatus(QString());
    m_window.showView(MainWindow::View::Tenants);
    qCInfo(lcUi) << "connected to" << m_profile.serverUrl.toDisplayString() << "version" << session.server.version;
    emit connected(session);
}

void SessionController::onConnectFailed(const api::ApiError& error)
{
    if (error.kind() == api::ApiError::Kind::Cancelled)
        return;
    const QString message = error.kind() == api::ApiError::Kind::Unauthorized
        ? tr("The server did not accept these credentials. %1").arg(error.message())
        : error.message();
    fail(message);
    if (error.kind() == api::ApiError::Kind::Unauthorized)
        showConnectionDialog(message);
}

void SessionController::fail(const QString& message)
{
    m_client.reset();
    m_connector.reset();
    m_window.welcomePage()->setBusy(false);
    m_window.welcomePage()->setStatus(message);
    if (auto* d = qobject_cast<ConnectionDialog*>(m_dialog.data())) {
        d->setBusy(false);
        d->setError(message);
    }
    m_window.showView(MainWindow::View::Welcome);
    emit connectFailed(message);
}

void SessionController::onCredentialsRejected()
{
    m_window.statusBar()->showMessage(tr("Your credentials no longer work: sign in again."));
    showConnectionDialog(tr("Your credentials no longer work: sign in again. What you were editing is kept."));
}

void SessionController::disconnectSession()
{
    if (m_connector)
        m_connector->cancel();
    const bool was = m_connected;
    m_connected = false;
    m_connector.reset();
    if (m_client) {
        m_client->cancelAll();
        m_client.reset();
    }
    m_secret.clear();
    m_window.connectionStatus()->setDisconnected();
    if (was)
        emit disconnected();
}

void SessionController::reviewCertificate(const api::TlsChallenge& challenge)
{
    QStringList errors;
    for (const QSslError& e : challenge.errors)
        errors << e.errorString();
    QString pretty;
    for (qsizetype i = 0; i < challenge.sha256.size(); i += 2)
        pretty += QString::fromLatin1(challenge.sha256.mid(i, 2)).toUpper() + (i + 2 < challenge.sha256.size() ? QStringLiteral(":") : QString());
    const QString text = tr("The certificate of %1 could not be verified:\n%2\n\nSHA-256 fingerprint:\n%3\n\n"
                            "Trust this certificate for this profile? Only these errors will be ignored, and only "
                            "for this exact certificate.")
                             .arg(challenge.host, errors.join(QLatin1Char('\n')), pretty);
    const QByteArray sha256 = challenge.sha256;
    const QStringList errorNames = challenge.errorNames();
    const QString profileId = m_profile.id;
    m_prompter.confirm(&m_window, tr("Untrusted certificate"), text, tr("Trust"), this,
                       [this, sha256, errorNames, profileId](bool accepted) {
                           if (!accepted || m_profile.id != profileId)
                               return;
                           // Pin exactly this certificate and these errors, then connect again.
                           m_profile.pinnedCertificateSha256 = sha256;
                           m_profile.pinnedErrors = errorNames;
                           if (!m_profile.id.isEmpty())
                               m_profiles.save(m_profile);
                           const SecretString secret = m_secret;
                           disconnectSession();
                           startConnect(secret);
                       });
}

} // namespace ktc::ui
