#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSslError>
#include <QString>
#include <QUrl>

namespace ktc::test {

// What a FakeNetwork reply does: answer, fail, hang, drop, cut short, flood, redirect, TLS errors.
struct FakeResponse
{
    enum class Mode { Answer, Hang, Drop, Truncated, Oversized, Redirect, SslErrors };

    Mode mode = Mode::Answer;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;
    qint64 declaredLength = -1;  // Truncated: the Content-Length announced
    qint64 floodBytes = 0;       // Oversized: bytes offered (without a Content-Length)
    bool announceLength = false; // Oversized: announce floodBytes as Content-Length
    QUrl redirectTarget;         // Redirect
    QList<QSslError> sslErrors;  // SslErrors: then Answer if exactly these were ignored

    static FakeResponse json(int status, const QByteArray& body);
    static FakeResponse ok(const QByteArray& body) { return json(200, body); }
    static FakeResponse noContent();
    // Kestra's JsonError body; fieldErrors are {path, message} pairs for _embedded.errors.
    static FakeResponse error(int status, const QString& message,
                              const QList<QPair<QString, QString>>& fieldErrors = {});
    static FakeResponse hang();
    static FakeResponse dropped();
    static FakeResponse truncated(const QByteArray& body, qint64 declaredLength);
    static FakeResponse malformed();
    static FakeResponse oversized(qint64 bytes, bool announceLength = false);
    static FakeResponse redirect(const QUrl& target, int status = 302);
    static FakeResponse tlsErrors(const QList<QSslError>& errors, const QByteArray& bodyAfter);

    FakeResponse delayed(int ms) const
    {
        FakeResponse copy = *this;
        copy.delayMs = ms;
        return copy;
    }
};

} // namespace ktc::test
