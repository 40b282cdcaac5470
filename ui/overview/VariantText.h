#pragma once

#include <QString>
#include <QVariant>

namespace ktc::ui {

// A short JSON-like rendering of a configuration value that is not text (number, bool, null,
// list, object), for showing it read-only: `true`, `42`, `["a", 1]`, `{"k": null}`.
QString variantToText(const QVariant& value);

} // namespace ktc::ui
