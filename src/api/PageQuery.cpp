#include "api/PageQuery.h"

#include "api/ApiRequest.h"

namespace ktc::api {

PageQuery& PageQuery::addSort(const QString& field, bool ascending)
{
    sort.append(field + (ascending ? QStringLiteral(":asc") : QStringLiteral(":desc")));
    return *this;
}

PageQuery& PageQuery::addFilter(const QString& field, const QString& op, const QString& value)
{
    filters.append({field, op, value});
    return *this;
}

PageQuery& PageQuery::setText(const QString& text)
{
    filters.removeIf([](const QueryFilter& f) { return f.field == u"q"; });
    if (!text.trimmed().isEmpty())
        filters.append({QStringLiteral("q"), QStringLiteral("EQUALS"), text.trimmed()});
    return *this;
}

QString PageQuery::text() const { return filterValue(QStringLiteral("q")); }

QString PageQuery::filterValue(const QString& field) const
{
    for (const QueryFilter& filter : filters) {
        if (filter.field == field && filter.op == u"EQUALS")
            return filter.value;
    }
    return {};
}

QUrlQuery PageQuery::pagingQuery() const
{
    QUrlQuery query;
    ApiRequest::addQueryItem(query, QStringLiteral("page"), QString::number(qMax(1, page)));
    ApiRequest::addQueryItem(query, QStringLiteral("size"), QString::number(qMax(1, size)));
    for (const QString& key : sort)
        ApiRequest::addQueryItem(query, QStringLiteral("sort"), key);
    return query;
}

QUrlQuery PageQuery::toUrlQuery() const
{
    QUrlQuery query = pagingQuery();
    for (const QueryFilter& filter : filters) {
        ApiRequest::addQueryItem(query, QStringLiteral("filters[") + filter.field + QStringLiteral("][") + filter.op + u']',
                                 filter.value);
    }
    return query;
}

} // namespace ktc::api
