#include "FallbackCredentialStore.h"

#include "MemoryCredentialStore.h"
#include "SecretsLogging.h"

#include <QPointer>
#include <utility>

namespace ktc {

FallbackCredentialStore::FallbackCredentialStore(std::unique_ptr<CredentialStore> keychain, QObject* parent)
    : CredentialStore(parent)
    , m_keychain(keychain.release())
    , m_session(new MemoryCredentialStore(this))
{
    Q_ASSERT(m_keychain);
    m_keychain->setParent(this);
    connect(m_keychain, &CredentialStore::availabilityChanged, this, &CredentialStore::availabilityChanged);
}

FallbackCredentialStore::~FallbackCredentialStore() = default;

bool FallbackCredentialStore::isAvailable() const
{
    return m_keychain->isAvailable();
}

QString FallbackCredentialStore::errorString() const
{
    return m_keychain->errorString();
}

qsizetype FallbackCredentialStore::sessionOnlyCount() const
{
    return m_session->count();
}

bool FallbackCredentialStore::useKeychain() const
{
    return m_retry || m_keychain->isAvailable();
}

void FallbackCredentialStore::read(const QString& key, QObject* context, Callback done)
{
    if (key.isEmpty())
        return deliver(context, std::move(done), emptyKeyResult());
    if (m_session->contains(key))
        return deliver(context, std::move(done), CredentialResult::success(m_session->value(key)));
    if (!useKeychain()) {
        return deliver(context, std::move(done),
            CredentialResult::failure(CredentialResult::Unavailable, m_keychain->errorString()));
    }
    m_retry = false;
    m_keychain->read(
        key, this, [ctx = QPointer<QObject>(context), done = std::move(done)](const CredentialResult& r) {
            deliver(ctx, done, r);
        });
}

void FallbackCredentialStore::write(
    const QString& key, const SecretString& secret, QObject* context, Callback done)
{
    if (key.isEmpty())
        return deliver(context, std::move(done), emptyKeyResult());
    if (!useKeychain()) {
        m_session->store(key, secret);
        qCInfo(lcSecrets) << "kept" << key << "for this session only: the keychain is unavailable";
        return deliver(context, std::move(done),
            CredentialResult::failure(CredentialResult::Unavailable, m_keychain->errorString()));
    }
    m_retry = false;
    // Held in memory until the keychain has answered, so that a read issued meanwhile sees it.
    m_session->store(key, secret);
    m_keychain->write(key, secret, this,
        [this, key, secret, ctx = QPointer<QObject>(context), done = std::move(done)](
            const CredentialResult& r) {
            switch (r.status) {
            case CredentialResult::Ok:
                // The keychain's copy is now the only one, unless a newer write replaced ours meanwhile.
                if (m_session->contains(key) && m_session->value(key) == secret)
                    m_session->forget(key);
                return deliver(ctx, done, r);
            case CredentialResult::Unavailable:
            case CredentialResult::TimedOut:
            case CredentialResult::NotFound: {
                qCWarning(lcSecrets) << "kept" << key << "for this session only:" << r.error;
                QString why = r.error.isEmpty() ? m_keychain->errorString() : r.error;
                return deliver(ctx, done, CredentialResult::failure(CredentialResult::Unavailable, why));
            }
            case CredentialResult::Failed:
                if (m_session->contains(key) && m_session->value(key) == secret)
                    m_session->forget(key);
                return deliver(ctx, done, r);
            }
        });
}

void FallbackCredentialStore::remove(const QString& key, QObject* context, Callback done)
{
    if (key.isEmpty())
        return deliver(context, std::move(done), emptyKeyResult());
    const bool wasInSession = m_session->forget(key);
    if (!useKeychain()) {
        return deliver(context, std::move(done),
            CredentialResult::failure(CredentialResult::Unavailable, m_keychain->errorString()));
    }
    m_retry = false;
    m_keychain->remove(key, this,
        [wasInSession, ctx = QPointer<QObject>(context), done = std::move(done)](const CredentialResult& r) {
            if (r.status == CredentialResult::NotFound && wasInSession)
                return deliver(ctx, done, CredentialResult::success());
            if (r.status == CredentialResult::TimedOut)
                return deliver(ctx, done, CredentialResult::failure(CredentialResult::Unavailable, r.error));
            deliver(ctx, done, r);
        });
}

} // namespace ktc
