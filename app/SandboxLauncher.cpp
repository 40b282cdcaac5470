#include "SandboxLauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace ktc::app {

namespace {
const QByteArray kListeningPrefix = QByteArrayLiteral("kestra-sandbox listening on ");

SecretString randomPassword()
{
    QByteArray bytes(18, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    SecretString password(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    wipe(bytes);
    return password;
}
} // namespace

SandboxLauncher::SandboxLauncher(QString executable, QObject* parent)
    : QObject(parent)
    , m_executable(std::move(executable))
{
    m_startTimer.setSingleShot(true);
    m_startTimer.setInterval(30000);
    connect(&m_startTimer, &QTimer::timeout, this,
            [this] { fail(tr("The demo sandbox did not start within %1 s.").arg(m_startTimer.interval() / 1000)); });
}

SandboxLauncher::~SandboxLauncher() { stop(); }

QString SandboxLauncher::defaultExecutable()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("kestra-sandbox"));
}

bool SandboxLauncher::isRunning() const { return m_process && m_process->state() != QProcess::NotRunning; }

void SandboxLauncher::start(const QString& seed)
{
    stop();
    m_reported = false;
    m_stdout.clear();
    m_baseUrl.clear();
    m_dataDir = std::make_unique<QTemporaryDir>();
    if (!m_dataDir->isValid()) {
        fail(tr("Cannot create a data folder for the demo sandbox: %1").arg(m_dataDir->errorString()));
        return;
    }
    m_ownerEmail = QStringLiteral("admin@demo.kestra.local");
    m_ownerPassword = randomPassword();

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // If the console dies without cleaning up (killed, crashed), the kernel stops the sandbox too.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this, &SandboxLauncher::onStandardOutput);
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        fail(tr("Cannot run the demo sandbox %1: %2").arg(m_executable, m_process->errorString()));
    });
    connect(m_process.get(), &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        const QString err = QString::fromUtf8(m_process->readAllStandardError()).trimmed();
        const QString message = tr("The demo sandbox stopped (exit code %1). %2").arg(code).arg(err);
        if (m_reported && m_baseUrl.isValid())
            emit stopped(message);
        else
            fail(message);
    });
    const QStringList args { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                             QStringLiteral("--data"),   m_dataDir->path(),
                             QStringLiteral("--seed"),   seed,
                             QStringLiteral("--owner"),  m_ownerEmail + QLatin1Char(':') + m_ownerPassword.toQString() };
    m_startTimer.start();
    m_process->start(m_executable, args);
}

void SandboxLauncher::stop()
{
    m_startTimer.stop();
    if (!m_process)
        return;
    m_process->disconnect(this);
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM: the sandbox closes its database cleanly
        if (!m_process->waitForFinished(3000))
            m_process->kill();
    }
    m_process.reset();
}

void SandboxLauncher::onStandardOutput()
{
    m_stdout += m_process->readAllStandardOutput();
    if (m_reported)
        return;
    const qsizetype newline = m_stdout.indexOf('\n');
    if (newline < 0) {
        if (m_stdout.size() > 4096)
            fail(tr("The demo sandbox printed something unexpected."));
        return;
    }
    const QByteArray line = m_stdout.left(newline).trimmed();
    if (!line.startsWith(kListeningPrefix)) {
        fail(tr("The demo sandbox printed something unexpected: %1").arg(QString::fromUtf8(line.left(200))));
        return;
    }
    const QUrl url(QString::fromUtf8(line.mid(kListeningPrefix.size())), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.port() <= 0) {
        fail(tr("The demo sandbox announced an invalid address: %1").arg(QString::fromUtf8(line)));
        return;
    }
    m_startTimer.stop();
    m_reported = true;
    m_baseUrl = url;
    emit ready(url);
}

void SandboxLauncher::fail(const QString& message)
{
    if (m_reported)
        return;
    m_reported = true;
    m_startTimer.stop();
    emit failed(message);
}

} // namespace ktc::app
