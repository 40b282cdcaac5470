#pragma once

#include "CredentialStore.h"

#include <QList>
#include <QString>
#include <chrono>
#include <memory>

namespace QKeychain {
class Job;
}

namespace ktc {

// The OS keychain through QtKeychain (Secret Service on Linux), one item per profile id, with its
// own timeout on every job. Never uses QtKeychain's insecure (plain text) fallback.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultTimeout { 5000 };

    explicit KeychainCredentialStore(const QString& service = QStringLiteral("kestra-tenant-console"),
        std::chrono::milliseconds timeout = DefaultTimeout, QObject* parent = nullptr);
    ~KeychainCredentialStore() override;

    QString service() const { return m_service; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const SecretString& secret, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;

    // True until a job fails for a reason other than "not found" or times out; true again after
    // the next job that the keychain answers.
    bool isAvailable() const override { return m_available; }
    QString errorString() const override { return m_errorString; }

private:
    enum class Operation { Read, Write, Remove };
    struct Pending;

    void run(QKeychain::Job* job, Operation operation, const QString& key, QObject* context, Callback done);
    CredentialResult resultOf(QKeychain::Job* job, Operation operation) const;
    void noteResult(const CredentialResult& result);
    void setAvailable(bool available, const QString& why);

    QString m_service;
    std::chrono::milliseconds m_timeout;
    bool m_available = true;
    QString m_errorString;
    QList<std::shared_ptr<Pending>> m_pending;
};

} // namespace ktc
