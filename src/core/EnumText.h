#pragma once

#include <QString>
#include <QStringView>

namespace ktc {

// Wire text of an enum value: `fromString<E>(text)` maps unknown text to E::Unknown, never fails;
// `toWireString(value)` is the other way (not named toString: that would hijack QCOMPARE output).
// Each enum declares its explicit specialisation next to its definition.
template <class E>
E fromString(QStringView text);

} // namespace ktc
