#pragma once

#include <QList>
#include <QString>

namespace ktc {

// One bean-validation error of a Micronaut JsonError (`_embedded.errors[]`).
struct FieldError
{
    QString message;
    QString path;
    bool operator==(const FieldError&) const = default;
};

// The error body Kestra sends with 4xx/5xx replies (Micronaut JsonError); `_links` is ignored.
struct ErrorBody
{
    QString message;
    QList<FieldError> fieldErrors;
    bool operator==(const ErrorBody&) const = default;
};

} // namespace ktc
