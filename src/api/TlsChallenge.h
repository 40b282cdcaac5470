#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace ktc::api {

// A certificate the server presented that did not verify: what the user is asked to trust.
struct TlsChallenge
{
    QString host;
    QSslCertificate certificate;
    QByteArray sha256; // lower-case hex, no separators: the value pinned to the profile
    QList<QSslError> errors;

    bool isNull() const { return sha256.isEmpty(); }

    // The error names as pinned in ConnectionProfile::pinnedErrors ("SelfSignedCertificate"...).
    QStringList errorNames() const;
    static QString errorName(QSslError::SslError error);
    static QByteArray fingerprint(const QSslCertificate& certificate);
};

} // namespace ktc::api
