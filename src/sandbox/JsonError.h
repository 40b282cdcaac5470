#pragma once

#include "HttpError.h"

#include <QByteArray>
#include <QString>

namespace ktc::sandbox {

// Renders Micronaut JsonError bodies, the error shape every Kestra endpoint answers with.
class JsonError
{
public:
    static QByteArray body(const QString& message, const QString& path,
                           const QList<QPair<QString, QString>>& errors = {});
    static QByteArray body(const HttpError& error, const QString& path);
};

} // namespace ktc::sandbox
