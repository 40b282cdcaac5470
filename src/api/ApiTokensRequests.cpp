#include "api/ApiTokensRequests.h"

#include "core/Json.h"

#include <QUrl>

namespace ktc::api {

ApiRequest ApiTokensRequests::list(const QString& ownerPath)
{
    return ApiRequest::get(ownerPath + QStringLiteral("/api-tokens"));
}

ApiRequest ApiTokensRequests::create(const QString& ownerPath, const CreateApiTokenRequest& request)
{
    return ApiRequest::post(ownerPath + QStringLiteral("/api-tokens"), json::encode(request));
}

ApiRequest ApiTokensRequests::remove(const QString& ownerPath, const QString& tokenId)
{
    return ApiRequest::del(ownerPath + QStringLiteral("/api-tokens/") + QString::fromLatin1(QUrl::toPercentEncoding(tokenId)));
}

} // namespace ktc::api
