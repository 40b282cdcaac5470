#include "CompositionRoot.h"

#include "SandboxLauncher.h"
#include "core/ProfileStore.h"
#include "core/SessionProfile.h"
#include "secrets/FallbackCredentialStore.h"
#include "secrets/KeychainCredentialStore.h"
#include "ui/MainWindow.h"
#include "ui/Prompter.h"
#include "ui/SessionController.h"
#include "ui/TenantsController.h"
#include "ui/WelcomePage.h"
#include "ui/tokens/MyTokensDialog.h"

#include <QAction>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStatusBar>

namespace ktc::app {

CompositionRoot::CompositionRoot(CommandLine commandLine, CompositionServices services, QObject* parent)
    : QObject(parent)
    , m_commandLine(std::move(commandLine))
    , m_environment(std::move(services.environment))
    , m_settings(services.settings ? std::move(services.settings) : std::make_unique<QSettings>())
    , m_profiles(std::make_unique<ProfileStore>(*m_settings))
    , m_credentials(services.credentials ? std::move(services.credentials)
                                         : std::make_unique<FallbackCredentialStore>(
                                               std::make_unique<KeychainCredentialStore>()))
    , m_prompter(services.prompter ? std::move(services.prompter) : std::make_unique<ui::MessageBoxPrompter>())
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_window(std::make_unique<ui::MainWindow>())
    , m_session(std::make_unique<ui::SessionController>(*m_network, *m_credentials, *m_profiles, *m_prompter,
                                                        *m_window))
    , m_tenants(std::make_unique<ui::TenantsController>(*m_session, *m_prompter, *m_window))
    , m_sandbox(new SandboxLauncher(services.sandboxExecutable.isEmpty() ? SandboxLauncher::defaultExecutable()
                                                                         : services.sandboxExecutable,
                                    this))
{
    m_network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    connect(m_window->welcomePage(), &ui::WelcomePage::demoRequested, this, &CompositionRoot::startDemo);
    connect(m_window->myTokensAction(), &QAction::triggered, this,
            [this] { ui::MyTokensDialog::showFor(*m_session, *m_prompter, m_window.get()); });
    connect(m_sandbox, &SandboxLauncher::failed, this, [this](const QString& message) {
        m_window->welcomePage()->setBusy(false);
        m_window->welcomePage()->setStatus(message);
    });
    connect(m_sandbox, &SandboxLauncher::ready, this, &CompositionRoot::connectToDemo);
    connect(m_sandbox, &SandboxLauncher::stopped, this, [this](const QString& message) {
        m_window->statusBar()->showMessage(message);
    });
}

CompositionRoot::~CompositionRoot()
{
    // The window's pages hold models over the session's client: close them first.
    m_tenants.reset();
    m_session.reset();
    m_window.reset();
}

void CompositionRoot::start()
{
    m_window->show();
    if (m_commandLine.demo) {
        startDemo();
        return;
    }
    if (!m_commandLine.profileName.isEmpty()) {
        if (const auto profile = m_profiles->findByName(m_commandLine.profileName))
            m_session->connectWith(*profile, SecretString());
        else
            m_window->welcomePage()->setStatus(tr("There is no saved profile named \"%1\".").arg(m_commandLine.profileName));
        return;
    }
    if (environmentDefinesProfile(m_environment)) {
        const Result<SessionProfile> fromEnv = profileFromEnvironment(m_environment);
        if (fromEnv)
            m_session->connectWith(fromEnv->profile, fromEnv->secret);
        else
            m_window->welcomePage()->setStatus(tr("The KESTRA_* environment variables cannot be used: %1").arg(fromEnv.error()));
    }
}

void CompositionRoot::startDemo()
{
    m_window->welcomePage()->setBusy(true);
    m_window->welcomePage()->setStatus(tr("Starting the demo sandbox..."));
    m_sandbox->start();
}

void CompositionRoot::connectToDemo()
{
    ConnectionProfile profile;
    profile.name = tr("Demo sandbox");
    profile.serverUrl = m_sandbox->baseUrl();
    profile.authKind = ConnectionProfile::AuthKind::Basic;
    profile.userName = m_sandbox->ownerEmail();
    profile.rememberSecret = false; // a throwaway sandbox: nothing to remember
    m_session->connectWith(profile, m_sandbox->ownerPassword());
}

} // namespace ktc::app
