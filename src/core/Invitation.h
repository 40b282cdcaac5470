#pragma once

#include "core/EnumText.h"
#include "core/Group.h"
#include "core/Role.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ktc {

enum class InvitationStatus { Unknown, Pending, Accepted, Expired };
QString toWireString(InvitationStatus value);
template <> InvitationStatus fromString<InvitationStatus>(QStringView text);

// An invitation to join a tenant (`ApiInvitationDetail`).
struct Invitation
{
    QString id;
    QString tenantId;
    QString email;
    InvitationStatus status = InvitationStatus::Unknown;
    QDateTime sentAt;
    QDateTime expiredAt;
    QDateTime acceptedAt;
    bool superAdmin = false; // `superAdmin` or `instanceOwner`
    QString link;
    QList<RoleSummary> roles;
    QList<GroupSummary> groups;
    bool operator==(const Invitation&) const = default;
};

// A role the invitee will get, optionally limited to namespaces (`ApiInvitationRole`).
struct InvitationRoleGrant
{
    QString id;
    QStringList namespaces;
    bool operator==(const InvitationRoleGrant&) const = default;
};

// Body of POST /api/v1/{tenant}/invitations (`ApiInvitationCreateRequest`).
struct InvitationRequest
{
    QString email;
    QList<InvitationRoleGrant> roles;
    QStringList groups; // group ids
    bool superAdmin = false;
    bool createUserIfNotExist = false;
    bool operator==(const InvitationRequest&) const = default;
};

} // namespace ktc
