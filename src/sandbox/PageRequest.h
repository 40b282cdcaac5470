#pragma once

#include "ApiRequest.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QVariantList>

namespace ktc::sandbox {

// page/size/sort/filters of a Kestra search (§4), turned into SQL fragments. Invalid values throw
// HttpError: 400 for a bad page/size, 422 "Invalid sort parameter" for a bad sort.
class PageRequest
{
public:
    struct Filter
    {
        QString field;
        QString op;
        QString value;
    };

    explicit PageRequest(const ApiRequest& req);

    int page() const { return m_page; }
    int size() const { return m_size; }
    const QList<Filter>& filters() const { return m_filters; }
    // The free-text filter (filters[q][EQUALS|CONTAINS], or the 1.x `q` param), lowercased.
    QString freeText() const;
    // The value of filters[field][EQUALS|IN|...] for a simple field, or a null string.
    QString filterValue(const QString& field) const;

    // "ORDER BY ..." from the sort params; `columns` maps API field names to SQL expressions.
    QString orderBy(const QMap<QString, QString>& columns, const QString& fallback) const;
    // The validated sort as (field, ascending) pairs, for lists sorted in memory.
    QList<QPair<QString, bool>> sortKeys(const QStringList& fields) const;
    QString limit() const;
    // Adds "AND <column> LIKE ?" for the free text when there is one.
    void addFreeText(QString& where, QVariantList& binds, const QString& searchColumn) const;

private:
    int m_page = 1;
    int m_size = 10;
    QStringList m_sort;
    QList<Filter> m_filters;
    QString m_legacyQ;
};

} // namespace ktc::sandbox
