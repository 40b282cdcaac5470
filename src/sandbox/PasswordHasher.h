#pragma once

#include <QByteArray>
#include <QString>

namespace ktc::sandbox {

// PBKDF2-SHA256 password hashing with a random salt; deliberately slow, hence the credential
// cache in Authenticator.
class PasswordHasher
{
public:
    static constexpr int kIterations = 100000;

    struct Hash
    {
        QByteArray hash;
        QByteArray salt;
        int iterations = kIterations;
    };

    static Hash hash(const QString& password);
    static bool verify(const QString& password, const QByteArray& hash, const QByteArray& salt,
                       int iterations);
};

} // namespace ktc::sandbox
