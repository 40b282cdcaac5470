#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <exception>

namespace ktc::sandbox {

// Thrown by handlers and helpers to end a request with a JsonError body; the server catches it,
// so a validation failure deep in a helper needs no plumbing back to the route.
class HttpError : public std::exception
{
public:
    HttpError(int status, QString message, QList<QPair<QString, QString>> errors = {})
        : m_status(status), m_message(std::move(message)), m_errors(std::move(errors))
    {
    }
    const char* what() const noexcept override { return "HttpError"; }
    int status() const { return m_status; }
    const QString& message() const { return m_message; }
    // (path, message) pairs, rendered as _embedded.errors
    const QList<QPair<QString, QString>>& errors() const { return m_errors; }

    static HttpError notFound(const QString& m) { return {404, m}; }
    static HttpError forbidden(const QString& m) { return {403, m}; }
    static HttpError conflict(const QString& m) { return {409, m}; }
    static HttpError badRequest(const QString& m) { return {400, m}; }
    static HttpError invalid(const QString& path, const QString& m)
    {
        return {422, QStringLiteral("Invalid entity: ") + path + QStringLiteral(": ") + m, {{path, m}}};
    }

private:
    int m_status;
    QString m_message;
    QList<QPair<QString, QString>> m_errors;
};

} // namespace ktc::sandbox
