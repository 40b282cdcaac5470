#include "api/ApiError.h"

#include "core/Json.h"

namespace ktc::api {

ApiError::ApiError(Kind kind, QByteArray method, QString path)
    : m_kind(kind), m_method(std::move(method)), m_path(std::move(path))
{
}

ApiError ApiError::fromHttpStatus(int status, QByteArray method, QString path, const QByteArray& body)
{
    ApiError error(kindForStatus(status), std::move(method), std::move(path));
    error.m_status = status;
    if (!body.trimmed().isEmpty()) {
        // A body that is not Kestra's JsonError (a proxy's HTML page) says nothing we can show.
        const Result<ErrorBody> parsed = json::decode<ErrorBody>(body);
        if (parsed.ok()) {
            error.m_serverMessage = parsed->message.left(500);
            error.m_fieldErrors = parsed->fieldErrors;
        }
    }
    return error;
}

ApiError::Kind ApiError::kindForStatus(int status)
{
    switch (status) {
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
    case 410:
        return Kind::NotFound;
    case 409:
    case 423:
        return Kind::Conflict;
    default:
        break;
    }
    if (status >= 400 && status < 500)
        return Kind::Validation;
    return Kind::Server;
}

QString ApiError::reasonPhrase(int status)
{
    switch (status) {
    case 300: return QStringLiteral("Multiple Choices");
    case 301: return QStringLiteral("Moved Permanently");
    case 302: return QStringLiteral("Found");
    case 303: return QStringLiteral("See Other");
    case 307: return QStringLiteral("Temporary Redirect");
    case 308: return QStringLiteral("Permanent Redirect");
    case 400: return QStringLiteral("Bad Request");
    case 401: return QStringLiteral("Unauthorized");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("Not Found");
    case 405: return QStringLiteral("Method Not Allowed");
    case 409: return QStringLiteral("Conflict");
    case 410: return QStringLiteral("Gone");
    case 413: return QStringLiteral("Payload Too Large");
    case 415: return QStringLiteral("Unsupported Media Type");
    case 422: return QStringLiteral("Unprocessable Entity");
    case 423: return QStringLiteral("Locked");
    case 429: return QStringLiteral("Too Many Requests");
    case 500: return QStringLiteral("Internal Server Error");
    case 501: return QStringLiteral("Not Implemented");
    case 502: return QStringLiteral("Bad Gateway");
    case 503: return QStringLiteral("Service Unavailable");
    case 504: return QStringLiteral("Gateway Timeout");
    default: return {};
    }
}

ApiError& ApiError::setStatus(int status) { m_status = status; return *this; }
ApiError& ApiError::setServerMessage(QString message) { m_serverMessage = std::move(message); return *this; }
ApiError& ApiError::setFieldErrors(QList<FieldError> errors) { m_fieldErrors = std::move(errors); return *this; }
ApiError& ApiError::setDetail(QString detail) { m_detail = std::move(detail); return *this; }
ApiError& ApiError::setTlsChallenge(TlsChallenge challenge) { m_tls = std::move(challenge); return *this; }
ApiError& ApiError::setExplanation(QString explanation) { m_explanation = std::move(explanation); return *this; }
ApiError& ApiError::setKind(Kind kind) { m_kind = kind; return *this; }

QString ApiError::call() const
{
    return QString::fromLatin1(m_method) + u' ' + m_path;
}

QString ApiError::defaultExplanation() const
{
    switch (m_kind) {
    case Kind::Unauthorized: return tr("the server did not accept these credentials");
    case Kind::Forbidden: return tr("your account lacks the permission for this");
    case Kind::NotFound: return tr("it does not exist (any more)");
    case Kind::Conflict: return tr("it conflicts with what is already there");
    case Kind::Validation: return tr("the server refused the request as invalid");
    case Kind::Server: return tr("the server failed; try again later");
    default: return {};
    }
}

QString ApiError::message() const
{
    switch (m_kind) {
    case Kind::Network:
        return m_detail.isEmpty() ? tr("Could not reach the server for %1.").arg(call())
                                  : tr("Could not reach the server for %1: %2.").arg(call(), m_detail);
    case Kind::Timeout:
        return tr("The server did not answer %1 in time. Check the connection and try again.").arg(call());
    case Kind::Tls:
        if (m_tls.isNull())
            return tr("A secure connection for %1 could not be set up: %2.").arg(call(), m_detail);
        return tr("The certificate of %1 could not be verified (%2). Trust it only if its SHA-256 "
                  "fingerprint is %3.")
            .arg(m_tls.host, m_tls.errorNames().join(QStringLiteral(", ")), QString::fromLatin1(m_tls.sha256));
    case Kind::MalformedReply:
        return tr("The server's reply to %1 could not be read: %2.").arg(call(), m_detail);
    case Kind::Cancelled:
        return tr("%1 was cancelled.").arg(call());
    default:
        break;
    }
    QString explanation = m_explanation;
    if (explanation.isEmpty())
        explanation = m_serverMessage;
    if (explanation.isEmpty())
        explanation = defaultExplanation();
    QStringList fields;
    for (const FieldError& field : m_fieldErrors)
        fields.append(field.path.isEmpty() ? field.message : field.path + QStringLiteral(": ") + field.message);
    if (!fields.isEmpty())
        explanation += QStringLiteral(" (") + fields.join(QStringLiteral("; ")) + u')';
    const QString status = QString(QString::number(m_status) + u' ' + reasonPhrase(m_status)).trimmed();
    return tr("The server answered %1 to %2: %3").arg(status, call(), explanation);
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network: return QStringLiteral("Network");
    case Kind::Timeout: return QStringLiteral("Timeout");
    case Kind::Tls: return QStringLiteral("Tls");
    case Kind::Unauthorized: return QStringLiteral("Unauthorized");
    case Kind::Forbidden: return QStringLiteral("Forbidden");
    case Kind::NotFound: return QStringLiteral("NotFound");
    case Kind::Conflict: return QStringLiteral("Conflict");
    case Kind::Validation: return QStringLiteral("Validation");
    case Kind::Server: return QStringLiteral("Server");
    case Kind::MalformedReply: return QStringLiteral("MalformedReply");
    case Kind::Cancelled: return QStringLiteral("Cancelled");
    }
    return {};
}

} // namespace ktc::api
