#pragma once

#include "api/TlsChallenge.h"
#include "core/ErrorBody.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ktc::api {

// Why a request failed, as a value: the kind, the HTTP status, which call, what the server said,
// and message(), a sentence a person can act on.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        Network,
        Timeout,
        Tls,
        Unauthorized,
        Forbidden,
        NotFound,
        Conflict,
        Validation,
        Server,
        MalformedReply,
        Cancelled,
    };

    ApiError() = default;
    ApiError(Kind kind, QByteArray method, QString path);

    // The error for a non-2xx reply; parses Kestra's JsonError body (message, _embedded.errors).
    static ApiError fromHttpStatus(int status, QByteArray method, QString path, const QByteArray& body);
    static Kind kindForStatus(int status);
    static QString reasonPhrase(int status);

    Kind kind() const { return m_kind; }
    int status() const { return m_status; }
    const QByteArray& method() const { return m_method; }
    const QString& path() const { return m_path; }
    const QString& serverMessage() const { return m_serverMessage; }
    const QList<FieldError>& fieldErrors() const { return m_fieldErrors; }
    // Technical detail (Qt's error text, the codec's field path); part of message().
    const QString& detail() const { return m_detail; }
    // Set for kind Tls when the server's certificate did not verify.
    const TlsChallenge& tlsChallenge() const { return m_tls; }

    ApiError& setStatus(int status);
    ApiError& setServerMessage(QString message);
    ApiError& setFieldErrors(QList<FieldError> errors);
    ApiError& setDetail(QString detail);
    ApiError& setTlsChallenge(TlsChallenge challenge);
    // Replaces the server's message in message() with what this client found out (401 rules).
    ApiError& setExplanation(QString explanation);
    ApiError& setKind(Kind kind);

    QString message() const;
    static QString kindName(Kind kind);

private:
    QString call() const;
    QString defaultExplanation() const;

    Kind m_kind = Kind::Network;
    int m_status = 0;
    QByteArray m_method;
    QString m_path;
    QString m_serverMessage;
    QList<FieldError> m_fieldErrors;
    QString m_detail;
    QString m_explanation;
    TlsChallenge m_tls;
};

} // namespace ktc::api
