#pragma once

#include "CredentialStore.h"

#include <QHash>
#include <QString>

namespace ktc {

// Session-only secrets in this process's memory: always available, never written anywhere, wiped
// when removed, cleared or destroyed. What the app falls back to when the keychain is unavailable.
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    explicit MemoryCredentialStore(QObject* parent = nullptr);
    ~MemoryCredentialStore() override;

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const SecretString& secret, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;

    bool isAvailable() const override { return true; }
    QString errorString() const override { return {}; }

    // Synchronous access for the code that composes stores (FallbackCredentialStore).
    bool contains(const QString& key) const { return m_secrets.contains(key); }
    SecretString value(const QString& key) const { return m_secrets.value(key); }
    void store(const QString& key, const SecretString& secret);
    bool forget(const QString& key); // true if there was a secret under key
    qsizetype count() const { return m_secrets.size(); }
    void clear();

private:
    QHash<QString, SecretString> m_secrets;
};

} // namespace ktc
