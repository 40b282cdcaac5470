#include "api/TlsChallenge.h"

#include <QCryptographicHash>
#include <QMetaEnum>

namespace ktc::api {

QStringList TlsChallenge::errorNames() const
{
    QStringList names;
    for (const QSslError& error : errors)
        names.append(errorName(error.error()));
    names.removeDuplicates();
    names.sort();
    return names;
}

QString TlsChallenge::errorName(QSslError::SslError error)
{
    const char* key = QMetaEnum::fromType<QSslError::SslError>().valueToKey(int(error));
    return key ? QString::fromLatin1(key) : QString::number(int(error));
}

QByteArray TlsChallenge::fingerprint(const QSslCertificate& certificate)
{
    if (certificate.isNull())
        return {};
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

} // namespace ktc::api
