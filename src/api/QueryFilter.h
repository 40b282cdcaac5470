#pragma once

#include <QString>

namespace ktc::api {

// One search condition, sent as filters[field][op]=value (Kestra 2.0's query filters).
struct QueryFilter
{
    QString field;                            // "q", "email", "type", "namespace"...
    QString op = QStringLiteral("EQUALS");    // EQUALS, CONTAINS, IN, STARTS_WITH...
    QString value;                            // lists are comma-joined
    bool operator==(const QueryFilter&) const = default;
};

} // namespace ktc::api
