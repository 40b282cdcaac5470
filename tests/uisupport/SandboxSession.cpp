#include "SandboxSession.h"

#include "api/Connector.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace ktc::test {

namespace {
SandboxProcess::Options withSeed(const QString& seed)
{
    SandboxProcess::Options options;
    options.seed = seed;
    return options;
}
} // namespace

SandboxSession::SandboxSession(const QString& seed) : SandboxSession(withSeed(seed)) { }

SandboxSession::SandboxSession(const SandboxProcess::Options& options) : m_sandbox(options) { }

SandboxSession::~SandboxSession()
{
    if (m_client)
        m_client->cancelAll();
}

bool SandboxSession::start()
{
    if (!m_sandbox.start()) {
        m_error = m_sandbox.errorString();
        return false;
    }
    m_http = std::make_unique<TestHttp>(m_sandbox.baseUrl(), m_sandbox.ownerAuth());
    return connectAs(m_sandbox.ownerEmail(), m_sandbox.ownerPassword());
}

bool SandboxSession::signInAs(const QString& email, const QString& password) { return connectAs(email, password); }

bool SandboxSession::connectAs(const QString& email, const QString& password)
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("test");
    profile.serverUrl = m_sandbox.baseUrl();
    profile.authKind = ConnectionProfile::AuthKind::Basic;
    profile.userName = email;
    profile.rememberSecret = false;
    if (m_client)
        m_client->cancelAll();
    m_client = std::make_unique<api::ApiClient>(&m_network, profile, SecretString(password));
    api::Connector connector(m_client.get());
    std::optional<api::ApiResult<api::SessionInfo>> outcome;
    QObject context;
    connector.connectToServer(&context, [&outcome](const api::ApiResult<api::SessionInfo>& r) { outcome = r; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20000)) {
        m_error = QStringLiteral("the connect sequence did not finish");
        return false;
    }
    if (!outcome->ok()) {
        m_error = outcome->error().message();
        return false;
    }
    m_session = outcome->value();
    return true;
}

ui::PageContext SandboxSession::context(const QString& tenantId)
{
    ui::PageContext context;
    context.client = m_client.get();
    context.session = &m_session;
    context.prompter = &m_prompter;
    context.tenantId = tenantId;
    return context;
}

} // namespace ktc::test
