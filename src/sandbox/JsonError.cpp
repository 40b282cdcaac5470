#include "JsonError.h"

#include "SandboxJson.h"

namespace ktc::sandbox {

QByteArray JsonError::body(const QString& message, const QString& path,
                           const QList<QPair<QString, QString>>& errors)
{
    Json j = {{"message", message.toStdString()},
              {"_links", {{"self", {{"href", path.toStdString()}, {"templated", false}}}}}};
    if (!errors.isEmpty()) {
        Json list = Json::array();
        for (const auto& e : errors)
            list.push_back({{"message", e.second.toStdString()}, {"path", e.first.toStdString()}});
        j["_embedded"] = {{"errors", list}};
    }
    return toBytes(j);
}

QByteArray JsonError::body(const HttpError& error, const QString& path)
{
    return body(error.message(), path, error.errors());
}

} // namespace ktc::sandbox
