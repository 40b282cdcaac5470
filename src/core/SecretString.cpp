#include "SecretString.h"

#include <QDebug>

#include <cstring>

namespace ktc {

namespace {
// A write through a volatile pointer is not optimised away the way a plain memset may be.
void secureZero(void* data, std::size_t size)
{
    auto* p = static_cast<volatile unsigned char*>(data);
    while (size--)
        *p++ = 0;
}
} // namespace

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        secureZero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

void wipe(QString& text)
{
    if (!text.isEmpty() && text.isDetached())
        secureZero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

SecretString::SecretString(const QString& text) : m_utf8(text.toUtf8()) { }

SecretString::SecretString(QByteArray utf8) : m_utf8(std::move(utf8)) { }

SecretString::SecretString(const SecretString& other) : m_utf8(other.m_utf8)
{
    m_utf8.detach(); // our own buffer, so that wiping it cannot touch the other's
}

SecretString::SecretString(SecretString&& other) noexcept : m_utf8(std::move(other.m_utf8)) { }

SecretString& SecretString::operator=(const SecretString& other)
{
    if (this != &other) {
        clear();
        m_utf8 = other.m_utf8;
        m_utf8.detach();
    }
    return *this;
}

SecretString& SecretString::operator=(SecretString&& other) noexcept
{
    if (this != &other) {
        clear();
        m_utf8 = std::move(other.m_utf8);
    }
    return *this;
}

SecretString::~SecretString() { clear(); }

void SecretString::clear() { wipe(m_utf8); }

bool operator==(const SecretString& a, const SecretString& b) { return a.m_utf8 == b.m_utf8; }

} // namespace ktc

QDebug operator<<(QDebug debug, const ktc::SecretString& secret)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "SecretString(" << (secret.isEmpty() ? "empty" : "<redacted>") << ')';
    return debug;
}
