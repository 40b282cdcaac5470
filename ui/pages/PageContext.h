#pragma once

#include <QString>

namespace ktc::api {
class ApiClient;
struct SessionInfo;
} // namespace ktc::api

namespace ktc::ui {

class Prompter;

// What a tenant page works with: the session's client, who we are, how to ask the user, and
// which tenant it shows. Pages never see QNetworkAccessManager, JSON or URLs.
struct PageContext
{
    api::ApiClient* client = nullptr;
    const api::SessionInfo* session = nullptr;
    Prompter* prompter = nullptr;
    QString tenantId;

    bool isValid() const { return client && session && prompter && !tenantId.isEmpty(); }
    bool instanceOwner() const;
    QString myUserId() const;
};

} // namespace ktc::ui
