#pragma once

#include "CredentialStore.h"

#include <memory>

namespace ktc {

class MemoryCredentialStore;

// The store the app uses: the keychain while it works, and once it is unavailable this session's
// secrets in memory only (never anywhere else), saying so: isAvailable() is then false and
// errorString() gives the keychain's reason, and every write kept only in memory reports
// Unavailable with that reason rather than succeeding silently.
class FallbackCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    // Takes ownership of `keychain` (normally a KeychainCredentialStore).
    explicit FallbackCredentialStore(std::unique_ptr<CredentialStore> keychain, QObject* parent = nullptr);
    ~FallbackCredentialStore() override;

    // Reads answer from this session's memory first, then from the keychain while it is usable.
    void read(const QString& key, QObject* context, Callback done) override;
    // Writes go to the keychain while it is usable; if that fails (or it is unusable) the secret is
    // kept in memory for the session and the result is Unavailable with the reason.
    void write(const QString& key, const SecretString& secret, QObject* context, Callback done) override;
    // Forgets the session copy and removes the keychain item; Unavailable if the keychain could not
    // be reached (an item from an earlier session may remain there).
    void remove(const QString& key, QObject* context, Callback done) override;

    // The keychain's state: false means "credentials will not be remembered: errorString()".
    bool isAvailable() const override;
    QString errorString() const override;

    // After the keychain became unavailable no more jobs are sent to it (each might wait for the
    // timeout); this lets the next operation try it again, e.g. after the user unlocked it.
    void retryKeychain() { m_retry = true; }

    // How many secrets are held only for this session.
    qsizetype sessionOnlyCount() const;

    CredentialStore* keychain() const { return m_keychain; }

private:
    bool useKeychain() const;

    CredentialStore* m_keychain = nullptr; // owned (child)
    MemoryCredentialStore* m_session = nullptr; // owned (child)
    bool m_retry = false;
};

} // namespace ktc
