#include "CredentialStore.h"

#include <QMetaObject>
#include <QPointer>
#include <utility>

namespace ktc {

CredentialStore::CredentialStore(QObject* parent)
    : QObject(parent)
{ }

CredentialStore::~CredentialStore() = default;

void CredentialStore::deliver(QObject* context, Callback done, CredentialResult result)
{
    if (!context || !done)
        return;
    // Queued to the context itself: Qt drops the call if the context is destroyed before it runs.
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)]() { done(result); },
        Qt::QueuedConnection);
}

CredentialResult CredentialStore::emptyKeyResult()
{
    return CredentialResult::failure(CredentialResult::Failed, tr("No credential key was given."));
}

} // namespace ktc
