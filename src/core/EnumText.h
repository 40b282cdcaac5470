#pragma once

#include <QString>
#include <QStringView>

namespace ktc {

// Wire text of an enum value: `fromString<E>(text)` maps unknown text to E::Unknown, never fails.
// Each enum declares its explicit specialisation next to its definition.
template <class E>
E fromString(QStringView text);

} // namespace ktc
