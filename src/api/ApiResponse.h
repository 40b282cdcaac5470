#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace ktc::api {

// A successful (2xx) HTTP reply as the transport hands it to the resource classes.
struct ApiResponse
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace ktc::api
