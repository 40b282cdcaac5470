#include "TokenService.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ktc::sandbox {

QByteArray TokenService::randomBytes(int n)
{
    QByteArray out((n + 3) / 4 * 4, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(out.data()),
                                         reinterpret_cast<quint32*>(out.data() + out.size()));
    out.truncate(n);
    return out;
}

TokenService::NewToken TokenService::generate()
{
    NewToken t;
    t.fullToken = QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    t.prefix = prefixOf(t.fullToken);
    t.salt = randomBytes(16);
    t.hash = hashToken(t.fullToken, t.salt);
    return t;
}

QByteArray TokenService::hashToken(const QString& fullToken, const QByteArray& salt)
{
    QCryptographicHash h(QCryptographicHash::Sha512);
    h.addData(salt);
    h.addData(fullToken.toUtf8());
    return h.result();
}

QString TokenService::newId()
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    const QByteArray bytes = randomBytes(22);
    QString id;
    id.reserve(22);
    for (char b : bytes)
        id.append(QLatin1Char(alphabet[static_cast<unsigned char>(b) % 62]));
    return id;
}

std::optional<qint64> TokenService::parseDuration(const QString& iso)
{
    static const QRegularExpression re(
        u"^P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(iso.trimmed());
    if (!m.hasMatch() || iso.trimmed().size() < 3 || iso.trimmed().endsWith(QLatin1Char('T'), Qt::CaseInsensitive))
        return std::nullopt;
    const qint64 factors[] = {7 * 86400, 86400, 3600, 60, 1};
    qint64 total = 0;
    for (int i = 0; i < 5; ++i)
        total += m.captured(i + 1).toLongLong() * factors[i];
    if (total <= 0)
        return std::nullopt;
    return total;
}

QString TokenService::iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString TokenService::nowIso()
{
    return iso(QDateTime::currentDateTimeUtc());
}

} // namespace ktc::sandbox
