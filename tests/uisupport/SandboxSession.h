#pragma once

#include "ScriptedPrompter.h"
#include "api/ApiClient.h"
#include "api/SessionInfo.h"
#include "support/SandboxProcess.h"
#include "ui/pages/PageContext.h"

#include <QNetworkAccessManager>

#include <memory>

namespace ktc::test {

// A running kestra-sandbox and a connected session on it, for page and dialog tests:
//
//     SandboxSession s;                        // --seed demo, signed in as the instance owner
//     QVERIFY2(s.start(), qPrintable(s.errorString()));
//     page.setContext(s.context(QStringLiteral("acme-dev")));
//
// signInAs() opens a second session as another user (e.g. a tenant admin without a right).
class SandboxSession
{
public:
    explicit SandboxSession(const QString& seed = QStringLiteral("demo"));
    explicit SandboxSession(const SandboxProcess::Options& options);
    ~SandboxSession();

    // Starts the sandbox and runs the connect sequence as the owner (waits; tests only).
    bool start();
    // Connects again as `email` with `password` (the user must have one); replaces the session.
    bool signInAs(const QString& email, const QString& password);
    QString errorString() const { return m_error; }

    SandboxProcess& sandbox() { return m_sandbox; }
    api::ApiClient* client() const { return m_client.get(); }
    const api::SessionInfo& session() const { return m_session; }
    ScriptedPrompter& prompter() { return m_prompter; }
    // Synchronous HTTP to the sandbox as the owner, to set up data and to check results.
    TestHttp& http() { return *m_http; }

    ui::PageContext context(const QString& tenantId);

private:
    bool connectAs(const QString& email, const QString& password);

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<TestHttp> m_http;
    api::SessionInfo m_session;
    ScriptedPrompter m_prompter;
    QString m_error;
};

} // namespace ktc::test
