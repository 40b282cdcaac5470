#pragma once

#include "core/User.h"

#include <QList>
#include <QString>

namespace ktc {

struct MeProfile
{
    QString email;
    QString firstName;
    QString lastName;
    QString username;
    bool operator==(const MeProfile&) const = default;
};

// A tenant the caller can open, as listed by /api/v1/me.
struct MeTenant
{
    QString id;
    QString name;
    QString logo;
    bool operator==(const MeTenant&) const = default;
};

// The authenticated caller (`MeController.ApiMe`): who we are and which tenants we may open.
struct Me
{
    QString id;
    bool instanceOwner = false; // `superAdmin` or `instanceOwner`
    bool restricted = false;
    MeProfile profile;
    QList<AuthMethod> auths;
    QList<MeTenant> tenants;
    bool operator==(const Me&) const = default;
};

} // namespace ktc
