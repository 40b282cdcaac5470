#include "support/SandboxProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

namespace ktc::test {

namespace {

const QByteArray kListening = QByteArrayLiteral("kestra-sandbox listening on ");

QString randomPassword()
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString password = QStringLiteral("Pw-");
    for (int i = 0; i < 20; ++i)
        password += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return password + QStringLiteral("-9z");
}

} // namespace

SandboxProcess::SandboxProcess()
    : SandboxProcess(Options())
{
}

SandboxProcess::SandboxProcess(const Options& options)
    : m_options(options)
    , m_password(options.ownerPassword.isEmpty() ? randomPassword() : options.ownerPassword)
{
    if (m_options.dataDir.isEmpty()) {
        m_ownedDataDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_ownedDataDir->path();
    } else {
        m_dataDir = m_options.dataDir;
    }
}

SandboxProcess::~SandboxProcess()
{
    if (isRunning())
        stop();
}

QStringList SandboxProcess::arguments() const
{
    QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"), m_dataDir,
                     QStringLiteral("--seed"), m_options.seed};
    if (m_options.withOwner)
        args << QStringLiteral("--owner") << m_options.ownerEmail + QLatin1Char(':') + m_password;
    if (m_options.control)
        args << QStringLiteral("--control");
    if (m_options.accessLog)
        args << QStringLiteral("--access-log") << accessLogPath();
    if (!m_options.faults.isEmpty())
        args << QStringLiteral("--faults") << m_options.faults;
    return args + m_options.extraArguments;
}

void SandboxProcess::fail(const QString& message)
{
    const QByteArray err = capturedStderr();
    m_error = message;
    if (!err.isEmpty())
        m_error += QStringLiteral("\n--- sandbox stderr (end) ---\n") + QString::fromUtf8(err.right(3000));
}

bool SandboxProcess::start()
{
    m_error.clear();
    m_baseUrl.clear();
    m_exitCode = -1;
    if (isRunning()) {
        fail(QStringLiteral("the sandbox is already running"));
        return false;
    }
    if (!m_scratch.isValid() || m_dataDir.isEmpty()) {
        fail(QStringLiteral("cannot create a temporary directory"));
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QStringLiteral(KTC_SANDBOX_EXE));
    m_process->setArguments(arguments());
    m_process->setStandardErrorFile(m_scratch.filePath(QStringLiteral("stderr.log")), QIODevice::Append);
    m_process->start(QIODevice::ReadOnly);
    if (!m_process->waitForStarted(10000)) {
        fail(QStringLiteral("cannot start ") + QStringLiteral(KTC_SANDBOX_EXE) + QStringLiteral(": ")
             + m_process->errorString());
        m_process.reset();
        return false;
    }
    const QDeadlineTimer deadline(m_options.startTimeoutMs);
    QByteArray line;
    while (!deadline.hasExpired()) {
        if (m_process->canReadLine()) {
            line = m_process->readLine().trimmed();
            if (line.startsWith(kListening))
                break;
            line.clear();
            continue;
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForReadyRead(int(qBound(qint64(1), deadline.remainingTime(), qint64(200))));
    }
    if (line.isEmpty()) {
        const bool exited = m_process->state() == QProcess::NotRunning;
        if (exited)
            m_exitCode = m_process->exitCode();
        else
            m_process->kill();
        m_process->waitForFinished(5000);
        fail(exited ? QStringLiteral("kestra-sandbox exited with code %1 before listening").arg(m_exitCode)
                    : QStringLiteral("kestra-sandbox did not print its listening line within %1 ms")
                          .arg(m_options.startTimeoutMs));
        m_process.reset();
        return false;
    }
    m_baseUrl = QUrl(QString::fromUtf8(line.mid(kListening.size())));
    if (!m_baseUrl.isValid() || m_baseUrl.port() <= 0) {
        fail(QStringLiteral("cannot parse the listening line: ") + QString::fromUtf8(line));
        stop();
        return false;
    }
    // The line comes before the event loop (and the SIGTERM handler) runs: wait until the
    // sandbox answers HTTP, so that an early stop() is a clean one.
    TestHttp probe(m_baseUrl, TestAuth::none(), 2000);
    while (true) {
        if (probe.get(QStringLiteral("/api/v1/auths")).status != 0)
            return true;
        if (deadline.hasExpired() || m_process->state() == QProcess::NotRunning) {
            fail(QStringLiteral("kestra-sandbox printed its listening line but does not answer HTTP"));
            stop();
            return false;
        }
        m_process->waitForFinished(50);
    }
}

bool SandboxProcess::stop(int timeoutMs)
{
    if (!m_process)
        return m_exitCode == 0;
    bool clean = false;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM
        if (m_process->waitForFinished(timeoutMs)) {
            clean = m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
        } else {
            m_process->kill();
            m_process->waitForFinished(5000);
            fail(QStringLiteral("kestra-sandbox did not stop within %1 ms of SIGTERM").arg(timeoutMs));
        }
    } else {
        clean = m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
    }
    m_exitCode = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    if (!clean && m_error.isEmpty())
        fail(QStringLiteral("kestra-sandbox exit code %1 (%2)")
                 .arg(m_exitCode)
                 .arg(m_process->exitStatus() == QProcess::NormalExit ? QStringLiteral("normal exit")
                                                                       : QStringLiteral("crashed")));
    m_process.reset();
    return clean;
}

bool SandboxProcess::restart()
{
    if (isRunning() && !stop())
        return false;
    return start();
}

bool SandboxProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QUrl SandboxProcess::url(const QString& pathAndQuery) const
{
    QUrl u = m_baseUrl;
    const qsizetype cut = pathAndQuery.indexOf(QLatin1Char('?'));
    u.setPath(cut < 0 ? pathAndQuery : pathAndQuery.left(cut), QUrl::TolerantMode);
    if (cut >= 0)
        u.setQuery(pathAndQuery.mid(cut + 1), QUrl::TolerantMode);
    return u;
}

QString SandboxProcess::databasePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("sandbox.sqlite"));
}

QString SandboxProcess::accessLogPath() const
{
    return m_options.accessLog ? m_scratch.filePath(QStringLiteral("access.log")) : QString();
}

QByteArray SandboxProcess::capturedStderr() const
{
    QFile file(m_scratch.filePath(QStringLiteral("stderr.log")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool SandboxProcess::setFaults(const QString& spec)
{
    TestHttp http(m_baseUrl);
    const HttpResult r = http.request("PUT", QStringLiteral("/_sandbox/faults"), spec.toUtf8(), nullptr,
                                      QByteArrayLiteral("text/plain"));
    if (r.status < 200 || r.status > 299) {
        fail(QStringLiteral("setFaults: ") + r.describe());
        return false;
    }
    return true;
}

std::optional<QString> SandboxProcess::faults()
{
    TestHttp http(m_baseUrl);
    const HttpResult r = http.get(QStringLiteral("/_sandbox/faults"));
    if (r.status != 200) {
        fail(QStringLiteral("faults: ") + r.describe());
        return std::nullopt;
    }
    return QString::fromUtf8(r.body);
}

} // namespace ktc::test
