#pragma once

#include "core/SecretString.h"

#include <QString>

class QDebug;

namespace ktc {

// The outcome of one credential store operation: a status, the secret (reads only) and why not.
struct CredentialResult
{
    enum Status {
        Ok, // done; for a read, `secret` holds the value
        NotFound, // no secret under that key (on a locked keyring a read also answers this)
        Unavailable, // the keychain cannot be used; `error` says why
        TimedOut, // the keychain did not answer in time; the store is now unavailable
        Failed, // the request itself was wrong (e.g. an empty key)
    };

    Status status = Failed;
    SecretString secret;
    QString error; // user-facing, translated; empty when Ok

    bool ok() const { return status == Ok; }

    static CredentialResult success(SecretString secret = {});
    static CredentialResult failure(Status status, QString error);

    // "Ok", "NotFound", ...: for logs and test messages, not for users.
    static const char* statusName(Status status);
};

} // namespace ktc

// Prints the status and the error; the secret is always redacted.
QDebug operator<<(QDebug debug, const ktc::CredentialResult& result);
