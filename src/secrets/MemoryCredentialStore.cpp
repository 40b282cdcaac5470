#include "MemoryCredentialStore.h"

#include <utility>

namespace ktc {

MemoryCredentialStore::MemoryCredentialStore(QObject* parent)
    : CredentialStore(parent)
{ }

MemoryCredentialStore::~MemoryCredentialStore()
{
    clear();
}

void MemoryCredentialStore::read(const QString& key, QObject* context, Callback done)
{
    if (key.isEmpty())
        return deliver(context, std::move(done), emptyKeyResult());
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend()) {
        return deliver(context, std::move(done),
            CredentialResult::failure(
                CredentialResult::NotFound, tr("No credential is kept for this profile in this session.")));
    }
    deliver(context, std::move(done), CredentialResult::success(*it));
}

void MemoryCredentialStore::write(
    const QString& key, const SecretString& secret, QObject* context, Callback done)
{
    if (key.isEmpty())
        return deliver(context, std::move(done), emptyKeyResult());
    store(key, secret);
    deliver(context, std::move(done), CredentialResult::success());
}

void MemoryCredentialStore::remove(const QString& key, QObject* context, Callback done)
{
    if (key.isEmpty())
        return deliver(context, std::move(done), emptyKeyResult());
    if (!forget(key)) {
        return deliver(context, std::move(done),
            CredentialResult::failure(
                CredentialResult::NotFound, tr("No credential is kept for this profile in this session.")));
    }
    deliver(context, std::move(done), CredentialResult::success());
}

void MemoryCredentialStore::store(const QString& key, const SecretString& secret)
{
    auto it = m_secrets.find(key);
    if (it != m_secrets.end())
        it->clear(); // wipe the old value before its buffer is released
    m_secrets.insert(key, secret);
}

bool MemoryCredentialStore::forget(const QString& key)
{
    auto it = m_secrets.find(key);
    if (it == m_secrets.end())
        return false;
    it->clear();
    m_secrets.erase(it);
    return true;
}

void MemoryCredentialStore::clear()
{
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        it->clear();
    m_secrets.clear();
}

} // namespace ktc
