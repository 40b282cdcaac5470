#include "api/ServerAdapter.h"

#include "api/ApiRequest.h"

#include <QRegularExpression>

namespace ktc::api {

ServerAdapter ServerAdapter::forVersion(const QString& version)
{
    static const QRegularExpression pattern(QStringLiteral("^v?(\\d+)\\.(\\d+)"));
    const QRegularExpressionMatch match = pattern.match(version.trimmed());
    if (!match.hasMatch())
        return ServerAdapter(Line::Kestra20); // unknown: assume the newest
    const int major = match.captured(1).toInt();
    return ServerAdapter(major >= 2 ? Line::Kestra20 : Line::Kestra13);
}

QUrlQuery ServerAdapter::searchQuery(const PageQuery& query) const
{
    if (!isLegacy())
        return query.toUrlQuery();
    QUrlQuery result = query.pagingQuery();
    const QString text = query.text();
    if (!text.isEmpty())
        ApiRequest::addQueryItem(result, QStringLiteral("q"), text);
    return result;
}

QUrlQuery ServerAdapter::invitationSearchQuery(const PageQuery& query) const
{
    if (!isLegacy())
        return query.toUrlQuery();
    QUrlQuery result = query.pagingQuery();
    for (const char* field : {"email", "status"}) {
        const QString value = query.filterValue(QString::fromLatin1(field));
        if (!value.isEmpty())
            ApiRequest::addQueryItem(result, QString::fromLatin1(field), value);
    }
    return result;
}

QString ServerAdapter::tenantWorkerField() const
{
    return isLegacy() ? QStringLiteral("workerGroup") : QStringLiteral("defaultWorkerSelector");
}

QString ServerAdapter::workerGroupsSegment() const
{
    return isLegacy() ? QStringLiteral("workergroups") : QStringLiteral("worker-groups");
}

} // namespace ktc::api
