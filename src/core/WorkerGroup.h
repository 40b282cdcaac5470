#pragma once

#include <QString>

namespace ktc {

// A worker group of the instance (2.0 /api/v1/instance/worker-groups).
struct WorkerGroup
{
    QString id;
    QString name;
    QString description;
    bool operator==(const WorkerGroup&) const = default;
};

} // namespace ktc
