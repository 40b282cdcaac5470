#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

namespace ktc::test {

// One request as FakeNetwork saw it: method, full URL, every header and the body.
struct FakeRequestRecord
{
    QByteArray method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int transferTimeout = 0;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QString path() const { return url.path(QUrl::FullyEncoded); }
    QString query() const { return url.query(QUrl::FullyEncoded); }
};

} // namespace ktc::test
