#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ktc {

// A saved way to reach one Kestra server; never holds the secret (that lives in the keychain).
struct ConnectionProfile
{
    enum class AuthKind { Basic, Token };

    QString id; // stable, a QUuid without braces
    QString name;
    QUrl serverUrl;
    AuthKind authKind = AuthKind::Token;
    QString userName; // the e-mail address for Basic
    bool rememberSecret = true;
    QByteArray pinnedCertificateSha256; // hex; empty = no pinned certificate
    QStringList pinnedErrors;           // the TLS error names approved for that certificate

    bool operator==(const ConnectionProfile&) const = default;
};

QString toWireString(ConnectionProfile::AuthKind kind);

} // namespace ktc
