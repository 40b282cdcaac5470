#pragma once
// Private header of the sandbox: included by .cpp files only, so that nlohmann/json.hpp stays
// out of every public header (compile time on 2 cores).

#include "ApiRequest.h"
#include "HttpError.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <nlohmann/json.hpp>
#include <optional>

namespace ktc::sandbox {

using Json = nlohmann::ordered_json;

inline std::string s(const QString& v) { return v.toStdString(); }
inline QString q(const std::string& v) { return QString::fromStdString(v); }
// Null members are left out: the spec marks few fields nullable, and absent is always valid.
inline Json withoutNulls(const Json& j)
{
    if (j.is_object()) {
        Json out = Json::object();
        for (auto it = j.begin(); it != j.end(); ++it)
            if (!it.value().is_null())
                out[it.key()] = withoutNulls(it.value());
        return out;
    }
    if (j.is_array()) {
        Json out = Json::array();
        for (const auto& e : j)
            out.push_back(withoutNulls(e));
        return out;
    }
    return j;
}
inline QByteArray toBytes(const Json& j) { return QByteArray::fromStdString(withoutNulls(j).dump()); }
// Null for an empty/absent string, the string otherwise: optional fields in responses.
inline Json nullable(const QString& v) { return v.isNull() ? Json(nullptr) : Json(s(v)); }
inline Json nullable(const QVariant& v) { return v.isNull() ? Json(nullptr) : Json(s(v.toString())); }

// The request body as JSON; 422 like Micronaut when it is not JSON or not of the expected kind.
inline Json parseBody(const ApiRequest& req, bool array = false)
{
    if (req.body.trimmed().isEmpty())
        throw HttpError(422, QStringLiteral("Invalid JSON: empty body"),
                        {{QStringLiteral("body"), QStringLiteral("must not be empty")}});
    Json j = Json::parse(req.body.constData(), req.body.constData() + req.body.size(), nullptr, false);
    if (j.is_discarded())
        throw HttpError(422, QStringLiteral("Invalid JSON: malformed body"),
                        {{QStringLiteral("body"), QStringLiteral("malformed JSON")}});
    if (array ? !j.is_array() : !j.is_object())
        throw HttpError(422, QStringLiteral("Invalid JSON: unexpected body type"),
                        {{QStringLiteral("body"), array ? QStringLiteral("must be an array")
                                                        : QStringLiteral("must be an object")}});
    return j;
}

inline HttpError typeError(const char* key, const char* what)
{
    const QString path = QString::fromUtf8(key);
    return HttpError::invalid(path, QStringLiteral("must be ") + QString::fromUtf8(what));
}

// A string field: null QString when absent or null, 422 when of another type.
inline QString optString(const Json& j, const char* key)
{
    auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return {};
    if (!it->is_string())
        throw typeError(key, "a string");
    return q(it->get<std::string>());
}

inline QString requiredString(const Json& j, const char* key)
{
    const QString v = optString(j, key);
    if (v.trimmed().isEmpty())
        throw HttpError::invalid(QString::fromUtf8(key), QStringLiteral("must not be blank"));
    return v;
}

inline std::optional<bool> optBool(const Json& j, const char* key)
{
    auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return std::nullopt;
    if (!it->is_boolean())
        throw typeError(key, "a boolean");
    return it->get<bool>();
}

// A list of strings; std::nullopt when absent (PUT semantics differ between absent and empty).
inline std::optional<QStringList> optStringList(const Json& j, const char* key)
{
    auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return std::nullopt;
    if (!it->is_array())
        throw typeError(key, "an array of strings");
    QStringList out;
    for (const auto& e : *it) {
        if (!e.is_string())
            throw typeError(key, "an array of strings");
        out << q(e.get<std::string>());
    }
    return out;
}

} // namespace ktc::sandbox
