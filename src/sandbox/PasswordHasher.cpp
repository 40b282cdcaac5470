#include "PasswordHasher.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace ktc::sandbox {

namespace {
QByteArray derive(const QString& password, const QByteArray& salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              iterations, 32);
}
} // namespace

PasswordHasher::Hash PasswordHasher::hash(const QString& password)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(salt.data()),
                                         reinterpret_cast<quint32*>(salt.data() + salt.size()));
    return {derive(password, salt, kIterations), salt, kIterations};
}

bool PasswordHasher::verify(const QString& password, const QByteArray& hash, const QByteArray& salt,
                            int iterations)
{
    const QByteArray candidate = derive(password, salt, iterations);
    if (candidate.size() != hash.size())
        return false;
    // constant-time comparison: a timing oracle on the hash is still an oracle
    unsigned char diff = 0;
    for (int i = 0; i < hash.size(); ++i)
        diff |= static_cast<unsigned char>(candidate.at(i) ^ hash.at(i));
    return diff == 0;
}

} // namespace ktc::sandbox
