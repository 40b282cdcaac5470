#pragma once

#include <QList>
#include <QtGlobal>

namespace ktc {

// One page of a paged search reply (`PagedResults_X_`): `total` counts all matches.
template <class T>
struct Page
{
    QList<T> results;
    qint64 total = 0;
    bool operator==(const Page&) const = default;
};

} // namespace ktc
