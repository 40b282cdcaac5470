#include "AccessLog.h"

#include "SandboxJson.h"
#include "TokenService.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ktc::sandbox {

bool AccessLog::open(const QString& file, QString* error)
{
    m_file.setFileName(file);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        *error = m_file.errorString();
        return false;
    }
    return true;
}

void AccessLog::write(const QByteArray& method, const QString& path,
                      const QList<QPair<QString, QString>>& query, int status, qint64 durationMs)
{
    if (!m_file.isOpen())
        return;
    static const QRegularExpression secretKey(u"token|password|secret|passwd|auth|key"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    QStringList parts;
    for (const auto& kv : query) {
        const QString value = secretKey.match(kv.first).hasMatch() ? u"REDACTED"_s : kv.second;
        parts << QString::fromLatin1(QUrl::toPercentEncoding(kv.first, "[]")) + QLatin1Char('=')
                     + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    const Json line = {{"time", s(TokenService::nowIso())},
                       {"method", method.toStdString()},
                       {"path", s(path)},
                       {"query", s(parts.join(QLatin1Char('&')))},
                       {"status", status},
                       {"durationMs", durationMs}};
    m_file.write(toBytes(line) + '\n');
    m_file.flush();
}

} // namespace ktc::sandbox
