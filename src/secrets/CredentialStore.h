#pragma once

#include "CredentialResult.h"
#include "core/SecretString.h"

#include <QObject>
#include <QString>
#include <functional>

namespace ktc {

// Where connection secrets are kept: asynchronous read, write and remove by profile id.
//
// Every operation completes exactly once, later (never inside the call itself), through `done`,
// which runs in the thread of `context` and only while `context` lives: once `context` is
// destroyed the callback is dropped. A null context means nobody wants the answer.
// No operation blocks or spins a nested event loop.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const CredentialResult&)>;

    explicit CredentialStore(QObject* parent = nullptr);
    ~CredentialStore() override;

    virtual void read(const QString& key, QObject* context, Callback done) = 0;
    virtual void write(const QString& key, const SecretString& secret, QObject* context, Callback done) = 0;
    virtual void remove(const QString& key, QObject* context, Callback done) = 0;

    // False once the backing store is known not to work; errorString() then says why, in words
    // for the user.
    virtual bool isAvailable() const = 0;
    virtual QString errorString() const = 0;

signals:
    void availabilityChanged(bool available);

protected:
    // Hands `result` to `done` from the event loop, in `context`'s thread, if `context` still lives.
    static void deliver(QObject* context, Callback done, CredentialResult result);
    // The answer to an empty key, shared by the implementations.
    static CredentialResult emptyKeyResult();
};

} // namespace ktc
