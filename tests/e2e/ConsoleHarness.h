#pragma once

#include "app/CommandLine.h"
#include "app/CompositionRoot.h"
#include "uisupport/ScriptedPrompter.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

namespace ktc::test {

// The whole console as main() builds it, with test settings, a given credential store and a
// scripted prompter, started against `environment` (e.g. KESTRA_URL and credentials).
class ConsoleHarness
{
public:
    ConsoleHarness(const QProcessEnvironment& environment, std::unique_ptr<CredentialStore> credentials,
                   app::CommandLine commandLine = {});

    app::CompositionRoot& root() { return *m_root; }
    ui::MainWindow& window() { return *m_root->mainWindow(); }
    ScriptedPrompter& prompter() { return *m_prompter; }
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    static QProcessEnvironment environmentFor(const QUrl& url, const QString& user, const QString& password);

private:
    QTemporaryDir m_dir;
    ScriptedPrompter* m_prompter = nullptr;
    std::unique_ptr<app::CompositionRoot> m_root;
};

} // namespace ktc::test
