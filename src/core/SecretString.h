#pragma once

#include <QByteArray>
#include <QString>

class QDebug;

namespace ktc {

// Holds a password or an API token. Its memory is overwritten when it is released, it never
// prints (the debug operator redacts), and it converts to text only where asked explicitly.
class SecretString
{
public:
    SecretString() = default;
    explicit SecretString(const QString& text);
    explicit SecretString(QByteArray utf8);
    SecretString(const SecretString& other);
    SecretString(SecretString&& other) noexcept;
    SecretString& operator=(const SecretString& other);
    SecretString& operator=(SecretString&& other) noexcept;
    ~SecretString();

    bool isEmpty() const { return m_utf8.isEmpty(); }
    qsizetype size() const { return m_utf8.size(); }

    // The secret itself. Keep the copy short-lived and never log it.
    const QByteArray& utf8() const { return m_utf8; }
    QString toQString() const { return QString::fromUtf8(m_utf8); }

    // Overwrites and empties the buffer now.
    void clear();

    friend bool operator==(const SecretString& a, const SecretString& b);

private:
    QByteArray m_utf8;
};

// Overwrites the bytes of a buffer this code owns (detaching first), then empties it.
void wipe(QByteArray& bytes);
void wipe(QString& text);

} // namespace ktc

QDebug operator<<(QDebug debug, const ktc::SecretString& secret);
