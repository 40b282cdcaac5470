#pragma once

#include "api/QueryFilter.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace ktc::api {

// Which page of a search, in what order, matching what: the one place that encodes Kestra's
// page/size/sort/filters query parameters.
struct PageQuery
{
    int page = 1; // 1-based
    int size = 25;
    QStringList sort; // "field:asc" / "field:desc"
    QList<QueryFilter> filters;

    PageQuery& addSort(const QString& field, bool ascending = true);
    PageQuery& addFilter(const QString& field, const QString& op, const QString& value);
    // Free text, the `q` filter (1.3: the `q` parameter).
    PageQuery& setText(const QString& text);
    QString text() const;
    // The value of the first filter on this field with op EQUALS, or empty.
    QString filterValue(const QString& field) const;

    // page, size, sort and every filter as filters[field][OP]=value.
    QUrlQuery toUrlQuery() const;
    // page, size and sort only (1.3 endpoints that take plain parameters instead of filters).
    QUrlQuery pagingQuery() const;

    bool operator==(const PageQuery&) const = default;
};

} // namespace ktc::api
