#pragma once

#include "core/SecretString.h"

#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace ktc::app {

// Starts the embedded kestra-sandbox as a child process on a free loopback port with the demo
// seed and a throwaway instance owner, and says asynchronously where it listens. The UI thread
// never serves and never waits for it.
class SandboxLauncher : public QObject
{
    Q_OBJECT
public:
    explicit SandboxLauncher(QString executable, QObject* parent = nullptr);
    ~SandboxLauncher() override;

    // The kestra-sandbox next to this program.
    static QString defaultExecutable();

    void start(const QString& seed = QStringLiteral("demo"));
    void stop();
    bool isRunning() const;

    QUrl baseUrl() const { return m_baseUrl; }
    QString ownerEmail() const { return m_ownerEmail; }
    const SecretString& ownerPassword() const { return m_ownerPassword; }

    void setStartTimeout(int milliseconds) { m_startTimer.setInterval(milliseconds); }

signals:
    void ready(const QUrl& baseUrl);
    void failed(const QString& message);  // could not start
    void stopped(const QString& message); // was running and went away

private:
    void onStandardOutput();
    void fail(const QString& message);

    QString m_executable;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    QTimer m_startTimer;
    QByteArray m_stdout;
    QUrl m_baseUrl;
    QString m_ownerEmail;
    SecretString m_ownerPassword;
    bool m_reported = false;
};

} // namespace ktc::app
