#pragma once

#include "core/ConnectionProfile.h"
#include "core/Result.h"

#include <QList>

#include <optional>

class QSettings;

namespace ktc {

// Connection profiles persisted in an injected QSettings (group "profiles"). Secrets never.
class ProfileStore
{
public:
    explicit ProfileStore(QSettings& settings);

    QList<ConnectionProfile> list() const; // sorted by name
    std::optional<ConnectionProfile> findById(const QString& id) const;
    std::optional<ConnectionProfile> findByName(const QString& name) const;

    // Inserts (an empty id gets a fresh QUuid) or updates by id. Fails on an empty name, a
    // non-http(s) URL or a name another profile already uses. Returns the profile as stored.
    Result<ConnectionProfile> save(ConnectionProfile profile);

    // False when there was no profile with that id.
    bool remove(const QString& id);

private:
    QSettings& m_settings;
};

} // namespace ktc
