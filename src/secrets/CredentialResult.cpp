#include "CredentialResult.h"

#include <QDebug>
#include <utility>

namespace ktc {

CredentialResult CredentialResult::success(SecretString secret)
{
    CredentialResult result;
    result.status = Ok;
    result.secret = std::move(secret);
    return result;
}

CredentialResult CredentialResult::failure(Status status, QString error)
{
    CredentialResult result;
    result.status = status;
    result.error = std::move(error);
    return result;
}

const char* CredentialResult::statusName(Status status)
{
    switch (status) {
    case Ok:
        return "Ok";
    case NotFound:
        return "NotFound";
    case Unavailable:
        return "Unavailable";
    case TimedOut:
        return "TimedOut";
    case Failed:
        return "Failed";
    }
    return "Unknown";
}

} // namespace ktc

QDebug operator<<(QDebug debug, const ktc::CredentialResult& result)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "CredentialResult(" << ktc::CredentialResult::statusName(result.status);
    if (!result.secret.isEmpty())
        debug << ", " << result.secret; // SecretString's operator redacts
    if (!result.error.isEmpty())
        debug << ", " << result.error;
    debug << ')';
    return debug;
}
