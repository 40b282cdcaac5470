#pragma once

#include "CommandLine.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QSettings>

#include "secrets/CredentialStore.h"
#include "ui/Prompter.h"

#include <memory>

class QNetworkAccessManager;

namespace ktc {
class CredentialStore;
class ProfileStore;
namespace ui {
class MainWindow;
class Prompter;
class SessionController;
class TenantsController;
} // namespace ui
} // namespace ktc

namespace ktc::app {

class SandboxLauncher;

// What tests may replace when they build the composition root; empty parts get the defaults.
struct CompositionServices
{
    std::unique_ptr<QSettings> settings;          // default: the user's QSettings
    std::unique_ptr<CredentialStore> credentials; // default: the keychain, with a session fallback
    std::unique_ptr<ui::Prompter> prompter;       // default: message boxes
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString sandboxExecutable;                    // default: kestra-sandbox next to this program
};

// The one place that builds the services (network, credential store, settings, the demo sandbox)
// and hands them to the main window. Tests build it with their own settings and credential store.
class CompositionRoot : public QObject
{
    Q_OBJECT
public:
    explicit CompositionRoot(CommandLine commandLine, CompositionServices services = {}, QObject* parent = nullptr);
    ~CompositionRoot() override;

    void start();

    ui::MainWindow* mainWindow() const { return m_window.get(); }
    ui::SessionController* session() const { return m_session.get(); }
    ui::TenantsController* tenants() const { return m_tenants.get(); }
    SandboxLauncher* sandbox() const { return m_sandbox; }
    ProfileStore* profiles() const { return m_profiles.get(); }

private:
    void startDemo();
    void connectToDemo();

    CommandLine m_commandLine;
    QProcessEnvironment m_environment;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ui::Prompter> m_prompter;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ui::SessionController> m_session;
    std::unique_ptr<ui::TenantsController> m_tenants;
    SandboxLauncher* m_sandbox = nullptr;
};

} // namespace ktc::app
