#include "KeychainCredentialStore.h"

#include "SecretsLogging.h"

#include <QPointer>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>
#include <utility>

namespace ktc {

namespace {

const char* operationName(int operation)
{
    switch (operation) {
    case 0:
        return "read";
    case 1:
        return "write";
    default:
        return "remove";
    }
}

} // namespace

// One request in flight. Shared by the job's finished handler and the timer, so that whichever
// comes first completes the request and the other one finds it done.
struct KeychainCredentialStore::Pending
{
    QPointer<QObject> context;
    CredentialStore::Callback done;
    QMetaObject::Connection finishedConnection;
    QTimer* timer = nullptr;
    bool completed = false;
};

KeychainCredentialStore::KeychainCredentialStore(
    const QString& service, std::chrono::milliseconds timeout, QObject* parent)
    : CredentialStore(parent)
    , m_service(service)
    , m_timeout(timeout)
{ }

// Jobs still running are not deleted here: the backend calls back into them later (deleting one
// in flight is a use-after-free in QtKeychain). They have no parent, are auto-deleted when they
// finish, and their finished signal no longer reaches this object. Their requests still complete
// exactly once, now.
KeychainCredentialStore::~KeychainCredentialStore()
{
    for (const auto& pending : std::as_const(m_pending)) {
        if (pending->completed)
            continue;
        pending->completed = true;
        disconnect(pending->finishedConnection);
        deliver(pending->context, std::move(pending->done),
            CredentialResult::failure(CredentialResult::Unavailable, tr("The credential store was closed.")));
    }
}

void KeychainCredentialStore::read(const QString& key, QObject* context, Callback done)
{
    if (key.isEmpty())
        return deliver(context, std::move(done), emptyKeyResult());
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    run(job, Operation::Read, key, context, std::move(done));
}

void KeychainCredentialStore::write(
    const QString& key, const SecretString& secret, QObject* context, Callback done)
{
    if (key.isEmpty())
        return deliver(context, std::move(done), emptyKeyResult());
    auto* job = new QKeychain::WritePasswordJob(m_service);
    // Stored as text (Secret Service type "plaintext"), so other tools read the value as it is.
    QString text = secret.toQString();
    job->setTextData(text);
    wipe(text);
    run(job, Operation::Write, key, context, std::move(done));
}

void KeychainCredentialStore::remove(const QString& key, QObject* context, Callback done)
{
    if (key.isEmpty())
        return deliver(context, std::move(done), emptyKeyResult());
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    run(job, Operation::Remove, key, context, std::move(done));
}

void KeychainCredentialStore::run(
    QKeychain::Job* job, Operation operation, const QString& key, QObject* context, Callback done)
{
    job->setKey(key);
    job->setAutoDelete(true);

    auto pending = std::make_shared<Pending>();
    m_pending.append(pending);
    pending->context = context;
    pending->done = std::move(done);
    pending->timer = new QTimer(this);
    pending->timer->setSingleShot(true);
    pending->timer->setInterval(m_timeout);

    const auto opName = operationName(static_cast<int>(operation));

    // `this` is the context: if the store goes first, a late answer reaches nobody.
    pending->finishedConnection = connect(job, &QKeychain::Job::finished, this,
        [this, pending, operation, key, opName](QKeychain::Job* finished) {
            if (pending->completed)
                return;
            pending->completed = true;
            m_pending.removeOne(pending);
            pending->timer->stop();
            pending->timer->deleteLater();
            CredentialResult result = resultOf(finished, operation);
            qCDebug(lcSecrets) << "keychain" << opName << key << "->" << result;
            noteResult(result);
            deliver(pending->context, std::move(pending->done), std::move(result));
        });

    connect(pending->timer, &QTimer::timeout, this, [this, pending, key, opName, timeout = m_timeout]() {
        if (pending->completed)
            return;
        pending->completed = true;
        // The job stays alive (deleting it in flight is unsafe); its late answer is cut off here
        // and it deletes itself when it finishes.
        disconnect(pending->finishedConnection);
        m_pending.removeOne(pending);
        pending->timer->deleteLater();
        const QString why = tr("The keychain did not answer within %1 ms.").arg(timeout.count());
        qCWarning(lcSecrets) << "keychain" << opName << key << "timed out after" << timeout.count() << "ms";
        CredentialResult result = CredentialResult::failure(CredentialResult::TimedOut, why);
        setAvailable(false, why);
        deliver(pending->context, std::move(pending->done), std::move(result));
    });

    pending->timer->start();
    job->start();
}

CredentialResult KeychainCredentialStore::resultOf(QKeychain::Job* job, Operation operation) const
{
    switch (job->error()) {
    case QKeychain::NoError:
        if (operation == Operation::Read) {
            auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(job);
            return CredentialResult::success(SecretString(readJob->binaryData()));
        }
        return CredentialResult::success();
    case QKeychain::EntryNotFound:
        // On a locked keyring a read answers this too (HEADLESS.md); nothing to tell apart here.
        return CredentialResult::failure(
            CredentialResult::NotFound, tr("No credential is stored for this profile."));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialResult::failure(
            CredentialResult::Unavailable, tr("The keychain is locked or refused access."));
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    QString detail = job->errorString();
    if (detail.isEmpty())
        detail = tr("unknown error %1").arg(static_cast<int>(job->error()));
    return CredentialResult::failure(
        CredentialResult::Unavailable, tr("The keychain is unavailable: %1").arg(detail));
}

void KeychainCredentialStore::noteResult(const CredentialResult& result)
{
    switch (result.status) {
    case CredentialResult::Ok:
    case CredentialResult::NotFound:
        setAvailable(true, QString());
        break;
    case CredentialResult::Unavailable:
    case CredentialResult::TimedOut:
        setAvailable(false, result.error);
        break;
    case CredentialResult::Failed:
        break;
    }
}

void KeychainCredentialStore::setAvailable(bool available, const QString& why)
{
    m_errorString = available ? QString() : why;
    if (m_available == available)
        return;
    m_available = available;
    if (available)
        qCInfo(lcSecrets) << "keychain available again";
    else
        qCWarning(lcSecrets) << "keychain unavailable:" << why;
    emit availabilityChanged(available);
}

} // namespace ktc
