#pragma once

#include <QString>

namespace ktc {

// What GET /api/v1/configs says about the server: used to pick the per-version adapters.
struct ServerConfig
{
    QString version; // e.g. "2.0.0-SNAPSHOT"
    QString edition; // "OSS" or "EE" (kept as text: unknown editions stay visible)
    bool isEnterprise() const { return edition.compare(u"EE", Qt::CaseInsensitive) == 0; }
    bool operator==(const ServerConfig&) const = default;
};

} // namespace ktc
