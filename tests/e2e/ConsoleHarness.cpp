#include "ConsoleHarness.h"

#include "ui/MainWindow.h"

#include <QSettings>
#include <QUrl>

namespace ktc::test {

ConsoleHarness::ConsoleHarness(const QProcessEnvironment& environment, std::unique_ptr<CredentialStore> credentials,
                               app::CommandLine commandLine)
{
    app::CompositionServices services;
    services.settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    services.credentials = std::move(credentials);
    auto prompter = std::make_unique<ScriptedPrompter>();
    m_prompter = prompter.get();
    services.prompter = std::move(prompter);
    services.environment = environment;
    services.sandboxExecutable = QStringLiteral(KTC_SANDBOX_EXE);
    m_root = std::make_unique<app::CompositionRoot>(std::move(commandLine), std::move(services));
    m_root->start();
    m_root->mainWindow()->activateWindow();
}

QProcessEnvironment ConsoleHarness::environmentFor(const QUrl& url, const QString& user, const QString& password)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("KESTRA_URL"), url.toString());
    env.insert(QStringLiteral("KESTRA_USERNAME"), user);
    env.insert(QStringLiteral("KESTRA_PASSWORD"), password);
    return env;
}

} // namespace ktc::test
