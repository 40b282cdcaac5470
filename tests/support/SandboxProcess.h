#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include "support/TestHttp.h"

#include <memory>
#include <optional>

namespace ktc::test {

// Runs one kestra-sandbox process (KTC_SANDBOX_EXE) for a test, on a free loopback port.
//
//     SandboxProcess sandbox;                  // --seed none, owner owner@example.com, --control
//     QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
//     TestHttp http(sandbox.baseUrl(), sandbox.ownerAuth());
//
// The data directory is a QTemporaryDir owned by this object unless Options::dataDir is set;
// restart() keeps it. The owner's password is random per object (ownerPassword()). The sandbox's
// stderr goes to a file in a private scratch directory (capturedStderr(), and the tail of it in
// errorString()); the command line, which holds the password, is never reported.
// Blocking waits with timeouts: for tests only.
class SandboxProcess
{
public:
    struct Options
    {
        QString seed = QStringLiteral("none");            // none | demo | large
        QString ownerEmail = QStringLiteral("owner@example.com");
        QString ownerPassword;                            // empty: a random one
        bool withOwner = true;                            // false: no --owner
        QString dataDir;                                  // empty: a temporary directory
        bool control = true;                              // --control
        bool accessLog = false;                           // --access-log <scratch>/access.log
        QString faults;                                   // --faults SPEC, empty: none
        QStringList extraArguments;
        int startTimeoutMs = 30000;
    };

    SandboxProcess();
    explicit SandboxProcess(const Options& options);
    ~SandboxProcess(); // stops a running sandbox
    SandboxProcess(const SandboxProcess&) = delete;
    SandboxProcess& operator=(const SandboxProcess&) = delete;

    // Starts the process and waits for "kestra-sandbox listening on http://HOST:PORT".
    bool start();
    // SIGTERM, then waits; true when the process exited by itself with code 0.
    bool stop(int timeoutMs = 15000);
    // stop() and start() on the same data directory (the port changes).
    bool restart();
    bool isRunning() const;

    QUrl baseUrl() const { return m_baseUrl; }           // http://127.0.0.1:PORT
    QUrl url(const QString& pathAndQuery) const;         // baseUrl() + path (+ ?query)
    QString ownerEmail() const { return m_options.ownerEmail; }
    QString ownerPassword() const { return m_password; }
    TestAuth ownerAuth() const { return TestAuth::basic(m_options.ownerEmail, m_password); }
    QString dataDir() const { return m_dataDir; }
    // <dataDir>/sandbox.sqlite, the file src/sandbox/Database.cpp opens.
    QString databasePath() const;
    QString accessLogPath() const;                       // empty without Options::accessLog
    QByteArray capturedStderr() const;
    int exitCode() const { return m_exitCode; }
    // Why start()/stop()/setFaults() failed, with the end of the captured stderr.
    QString errorString() const { return m_error; }

    // PUT /_sandbox/faults (text/plain, empty = none); needs Options::control.
    bool setFaults(const QString& spec);
    // GET /_sandbox/faults: the active spec ("" = none); nullopt when the request failed.
    std::optional<QString> faults();

private:
    QStringList arguments() const;
    void fail(const QString& message);

    Options m_options;
    QString m_password;
    std::unique_ptr<QTemporaryDir> m_ownedDataDir;
    QTemporaryDir m_scratch;
    QString m_dataDir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    int m_exitCode = -1;
    QString m_error;
};

} // namespace ktc::test
