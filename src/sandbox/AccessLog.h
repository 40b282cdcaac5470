#pragma once

#include <QFile>
#include <QList>
#include <QPair>
#include <QString>

namespace ktc::sandbox {

// One JSON line per request (time, method, path, query, status, durationMs); never a header,
// and query values whose key looks like a secret are redacted.
class AccessLog
{
public:
    bool open(const QString& file, QString* error);
    bool isOpen() const { return m_file.isOpen(); }
    void write(const QByteArray& method, const QString& path,
               const QList<QPair<QString, QString>>& query, int status, qint64 durationMs);

private:
    QFile m_file;
};

} // namespace ktc::sandbox
