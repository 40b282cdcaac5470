#pragma once

#include "secrets/MemoryCredentialStore.h"

#include <QString>
#include <utility>

// Test double for a keychain: answers from memory, or with a scripted failure, and counts calls.
class ScriptedCredentialStore final : public ktc::CredentialStore
{
public:
    using Status = ktc::CredentialResult::Status;

    // While set, every operation fails with this status and reason, and the store is unavailable.
    void failWith(Status status, const QString& why)
    {
        m_failure = status;
        m_why = why;
        setAvailable(false);
    }
    void heal()
    {
        m_failure = ktc::CredentialResult::Ok;
        m_why.clear();
        setAvailable(true);
    }

    int calls() const { return m_calls; }
    bool holds(const QString& key) const { return m_items.contains(key); }

    void read(const QString& key, QObject* context, Callback done) override
    {
        if (!fail(context, done))
            m_items.read(key, context, std::move(done));
    }
    void write(const QString& key, const ktc::SecretString& secret, QObject* context, Callback done) override
    {
        if (!fail(context, done))
            m_items.write(key, secret, context, std::move(done));
    }
    void remove(const QString& key, QObject* context, Callback done) override
    {
        if (!fail(context, done))
            m_items.remove(key, context, std::move(done));
    }
    bool isAvailable() const override { return m_available; }
    QString errorString() const override { return m_available ? QString() : m_why; }

private:
    bool fail(QObject* context, Callback& done)
    {
        ++m_calls;
        if (m_failure == ktc::CredentialResult::Ok)
            return false;
        deliver(context, std::move(done), ktc::CredentialResult::failure(m_failure, m_why));
        return true;
    }
    void setAvailable(bool available)
    {
        if (m_available == available)
            return;
        m_available = available;
        emit availabilityChanged(available);
    }

    ktc::MemoryCredentialStore m_items;
    Status m_failure = ktc::CredentialResult::Ok;
    QString m_why;
    bool m_available = true;
    int m_calls = 0;
};
