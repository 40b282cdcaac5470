#pragma once

#include "core/SecretString.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ktc {

// An API token as listed (`ApiToken`): metadata only, the secret is never listed.
struct ApiToken
{
    QString id;
    QString name;
    QString description;
    QString prefix;
    QDateTime iat;      // issued at
    QDateTime exp;      // invalid = never expires
    QDateTime lastUsed; // invalid = never used
    bool extended = false;
    bool expired = false;
    bool operator==(const ApiToken&) const = default;
};

// Reply of the api-tokens list endpoints (`ApiTokenList`; not paged).
struct ApiTokenList
{
    QList<ApiToken> results;
    qint64 total = 0;
    bool operator==(const ApiTokenList&) const = default;
};

// Body of POST .../api-tokens (`CreateApiTokenRequest`).
struct CreateApiTokenRequest
{
    QString name;
    QString description;
    QString maxAge; // ISO-8601 duration; empty = never expires (the key is then omitted)
    bool extended = false;
    bool operator==(const CreateApiTokenRequest&) const = default;
};

// Reply of POST .../api-tokens: the only time the server shows the token itself.
struct CreatedApiToken
{
    QString id;
    QString name;
    SecretString fullToken;
    bool operator==(const CreatedApiToken&) const = default;
};

} // namespace ktc
