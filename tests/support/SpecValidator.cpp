// GCC 12 at -O3 reports a false -Wrestrict inside std::string (inlined from valijson's
// json_pointer.hpp); middle-end warnings ignore push/pop regions, so this one is off file-wide.
#pragma GCC diagnostic ignored "-Wrestrict"

#include "support/SpecValidator.h"

#include <QFile>
#include <QUrl>

#include <nlohmann/json.hpp>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wextra"
#pragma GCC diagnostic ignored "-Wnon-virtual-dtor"
#pragma GCC diagnostic ignored "-Woverloaded-virtual"
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>
#pragma GCC diagnostic pop

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ktc::test {

using nlohmann::json;

namespace {

constexpr int kMaxReportedErrors = 20;
const char* const kHttpMethods[] = {"get", "put", "post", "delete", "patch", "head", "options", "trace"};

std::string rewriteRef(const json& ref)
{
    const std::string text = ref.is_string() ? ref.get<std::string>() : std::string();
    const std::string prefix = "#/components/schemas/";
    if (text.rfind(prefix, 0) == 0)
        return "#/definitions/" + text.substr(prefix.size());
    return text;
}

// `{"type": "object"}` and nothing else: what the generator writes for a Java Object, any JSON.
bool isUntyped(const json& schema)
{
    if (!schema.is_object())
        return true;
    for (const auto& [key, value] : schema.items()) {
        if (key == "type" && value == "object")
            continue;
        if (key == "description" || key == "title" || key.rfind("x-", 0) == 0)
            continue;
        return false;
    }
    return true;
}

// One OpenAPI 3.0 schema object -> JSON Schema draft 4 as valijson reads it.
json translate(const json& schema)
{
    if (!schema.is_object())
        return schema;
    if (isUntyped(schema))
        return json::object();
    json out = json::object();
    bool nullable = false;
    std::optional<std::string> checkedFormat;
    for (const auto& [key, value] : schema.items()) {
        if (key == "nullable") {
            nullable = value.is_boolean() && value.get<bool>();
        } else if (key.rfind("x-", 0) == 0 || key == "example" || key == "examples"
                   || key == "discriminator" || key == "readOnly" || key == "writeOnly"
                   || key == "deprecated" || key == "xml" || key == "externalDocs") {
            // Annotations only.
        } else if (key == "format") {
            // valijson checks date, time and date-time; int32, int64, binary... are not checkable.
            if (value == "date-time" || value == "date" || value == "time")
                checkedFormat = value.get<std::string>();
        } else if (key == "$ref") {
            out[key] = rewriteRef(value);
        } else if (key == "properties" || key == "patternProperties" || key == "definitions") {
            json map = json::object();
            if (value.is_object()) {
                for (const auto& [name, sub] : value.items())
                    map[name] = translate(sub);
            }
            out[key] = map;
        } else if (key == "items" || key == "not" || key == "additionalItems"
                   || (key == "additionalProperties" && value.is_object())) {
            out[key] = translate(value);
        } else if (key == "allOf" || key == "anyOf" || key == "oneOf") {
            json list = json::array();
            if (value.is_array()) {
                for (const auto& sub : value)
                    list.push_back(translate(sub));
            }
            out[key] = list;
        } else if (key == "required" && value.is_array() && value.empty()) {
            // Draft 4 wants a non-empty array.
        } else {
            out[key] = value;
        }
    }
    if (checkedFormat) {
        // valijson's format check reads the value as a string whatever its type, and throws on a
        // number: only check strings, the type constraint reports the rest.
        json guard = {{"anyOf", json::array({json{{"not", json{{"type", "string"}}}},
                                             json{{"format", *checkedFormat}}})}};
        if (!out.contains("allOf"))
            out["allOf"] = json::array();
        out["allOf"].push_back(guard);
    }
    if (nullable)
        return json{{"anyOf", json::array({json{{"type", "null"}}, out})}};
    return out;
}

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

struct Operation
{
    std::string method; // lower case
    QString pathTemplate;
    QStringList segments;
    const json* node = nullptr;
};

QString normalizedPath(const QString& pathOrUrl)
{
    QString path = pathOrUrl;
    if (path.contains(QLatin1String("://")))
        path = QUrl(path).path(QUrl::FullyEncoded);
    const qsizetype cut = path.indexOf(QLatin1Char('?'));
    if (cut >= 0)
        path.truncate(cut);
    const qsizetype hash = path.indexOf(QLatin1Char('#'));
    if (hash >= 0)
        path.truncate(hash);
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

QStringList splitSegments(const QString& path)
{
    QString p = path;
    if (p.startsWith(QLatin1Char('/')))
        p.remove(0, 1);
    return p.split(QLatin1Char('/'));
}

bool isParam(const QString& segment)
{
    return segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}

// -1 when the template does not match, else a specificity key (literal = 1 per position).
std::optional<QString> matchKey(const QStringList& templ, const QStringList& concrete)
{
    if (templ.size() != concrete.size())
        return std::nullopt;
    QString key;
    for (qsizetype i = 0; i < templ.size(); ++i) {
        if (isParam(templ[i])) {
            if (concrete[i].isEmpty())
                return std::nullopt;
            key += QLatin1Char('0');
        } else {
            if (templ[i] != concrete[i])
                return std::nullopt;
            key += QLatin1Char('1');
        }
    }
    return key;
}

} // namespace

struct SpecValidator::Private
{
    json spec;
    json definitions;
    QString loadError;
    std::vector<Operation> operations;
    // Compiled schemas by key; the root documents stay alive next to them.
    mutable std::map<std::string, std::shared_ptr<valijson::Schema>> cache;
    mutable std::map<std::string, json> roots;

    const Operation* find(const QString& method, const QString& concretePath) const
    {
        const std::string m = method.toLower().toStdString();
        const QStringList concrete = splitSegments(normalizedPath(concretePath));
        const Operation* best = nullptr;
        QString bestKey;
        for (const Operation& op : operations) {
            if (op.method != m)
                continue;
            const auto key = matchKey(op.segments, concrete);
            if (key && (!best || *key > bestKey)) {
                best = &op;
                bestKey = *key;
            }
        }
        return best;
    }

    std::shared_ptr<valijson::Schema> compile(const std::string& cacheKey, const json& schema) const
    {
        const auto it = cache.find(cacheKey);
        if (it != cache.end())
            return it->second;
        json& root = roots[cacheKey];
        root = json{{"definitions", definitions}, {"allOf", json::array({translate(schema)})}};
        auto compiled = std::make_shared<valijson::Schema>();
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft4);
        valijson::adapters::NlohmannJsonAdapter adapter(root);
        parser.populateSchema(adapter, *compiled);
        cache[cacheKey] = compiled;
        return compiled;
    }

    // Empty when the body fits; else every error, one per line.
    QString validate(const std::string& cacheKey, const json& schema, const QByteArray& body) const
    {
        const json doc = json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
        if (doc.is_discarded())
            return QStringLiteral("body is not valid JSON: ") + QString::fromUtf8(body.left(200));
        std::shared_ptr<valijson::Schema> compiled;
        try {
            compiled = compile(cacheKey, schema);
        } catch (const std::exception& e) {
            return QStringLiteral("schema could not be compiled: ") + QString::fromUtf8(e.what());
        }
        valijson::Validator validator(valijson::Validator::kStrongTypes);
        valijson::ValidationResults results;
        const valijson::adapters::NlohmannJsonAdapter target(doc);
        bool ok = false;
        try {
            ok = validator.validate(*compiled, target, &results);
        } catch (const std::exception& e) {
            return QStringLiteral("validation failed: ") + QString::fromUtf8(e.what());
        }
        if (ok)
            return {};
        QStringList lines;
        valijson::ValidationResults::Error error;
        while (results.popError(error) && lines.size() < kMaxReportedErrors) {
            QStringList where;
            for (const std::string& part : error.context) {
                if (part != "<root>")
                    where << qs(part);
            }
            lines << (where.isEmpty() ? QStringLiteral("(root)") : where.join(QString()))
                         + QStringLiteral(": ") + qs(error.description);
        }
        if (lines.isEmpty())
            lines << QStringLiteral("body does not fit the schema");
        return lines.join(QLatin1Char('\n'));
    }
};

QString SpecValidator::defaultSpecPath()
{
    return QStringLiteral(KTC_TEST_DATA_DIR "/kestra-ee-2.0-iam.json");
}

SpecValidator::SpecValidator(const QString& specPath)
    : m_d(std::make_unique<Private>())
{
    QFile file(specPath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_d->loadError = QStringLiteral("cannot read ") + specPath + QStringLiteral(": ") + file.errorString();
        return;
    }
    const QByteArray bytes = file.readAll();
    m_d->spec = json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (m_d->spec.is_discarded() || !m_d->spec.is_object() || !m_d->spec.contains("paths")) {
        m_d->loadError = specPath + QStringLiteral(" is not an OpenAPI JSON document");
        m_d->spec = json();
        return;
    }
    m_d->definitions = json::object();
    if (m_d->spec.contains("components") && m_d->spec["components"].contains("schemas")) {
        for (const auto& [name, schema] : m_d->spec["components"]["schemas"].items())
            m_d->definitions[name] = translate(schema);
    }
    for (const auto& [path, item] : m_d->spec["paths"].items()) {
        for (const char* method : kHttpMethods) {
            if (!item.contains(method))
                continue;
            Operation op;
            op.method = method;
            op.pathTemplate = qs(path);
            op.segments = splitSegments(op.pathTemplate);
            op.node = &item[method];
            m_d->operations.push_back(op);
        }
    }
}

SpecValidator::~SpecValidator() = default;

bool SpecValidator::isLoaded() const
{
    return m_d->loadError.isEmpty();
}

QString SpecValidator::loadError() const
{
    return m_d->loadError;
}

QStringList SpecValidator::operations() const
{
    QStringList list;
    for (const Operation& op : m_d->operations)
        list << qs(op.method).toUpper() + QLatin1Char(' ') + op.pathTemplate;
    list.sort();
    return list;
}

bool SpecValidator::hasOperation(const QString& method, const QString& concretePath) const
{
    return m_d->find(method, concretePath) != nullptr;
}

QString SpecValidator::operationTemplate(const QString& method, const QString& concretePath) const
{
    const Operation* op = m_d->find(method, concretePath);
    return op ? op->pathTemplate : QString();
}

QString SpecValidator::operationId(const QString& method, const QString& concretePath) const
{
    const Operation* op = m_d->find(method, concretePath);
    if (!op || !op->node->contains("operationId"))
        return {};
    return qs((*op->node)["operationId"].get<std::string>());
}

QStringList SpecValidator::declaredStatuses(const QString& method, const QString& concretePath) const
{
    QStringList statuses;
    const Operation* op = m_d->find(method, concretePath);
    if (op && op->node->contains("responses")) {
        for (const auto& [code, response] : (*op->node)["responses"].items())
            statuses << qs(code);
    }
    statuses.sort();
    return statuses;
}

QString SpecValidator::validateResponse(const QString& method, const QString& concretePath, int status,
                                        const QByteArray& body) const
{
    const Operation* op = m_d->find(method, concretePath);
    const QString what = method.toUpper() + QLatin1Char(' ') + normalizedPath(concretePath);
    if (!op)
        return QStringLiteral("no operation ") + what + QStringLiteral(" in the spec");
    const QString where = method.toUpper() + QLatin1Char(' ') + op->pathTemplate + QLatin1Char(' ')
                          + QString::number(status) + QStringLiteral(": ");
    static const json noResponses = json::object();
    const json& responses = op->node->contains("responses") ? (*op->node)["responses"] : noResponses;
    const std::string code = std::to_string(status);
    const json* response = nullptr;
    if (responses.contains(code))
        response = &responses[code];
    else if (responses.contains("default"))
        response = &responses["default"];
    if (!response) {
        return where + QStringLiteral("status not declared (declared: ")
               + declaredStatuses(method, concretePath).join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    if (status == 204 && !body.trimmed().isEmpty())
        return where + QStringLiteral("a 204 answer has a body: ") + QString::fromUtf8(body.left(200));
    const bool hasSchema = response->contains("content") && (*response)["content"].contains("application/json")
                           && (*response)["content"]["application/json"].contains("schema");
    if (!hasSchema || isUntyped((*response)["content"]["application/json"]["schema"])) {
        if (body.trimmed().isEmpty())
            return {};
        const json doc = json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
        if (doc.is_discarded())
            return where + QStringLiteral("body is not valid JSON: ") + QString::fromUtf8(body.left(200));
        return {};
    }
    const std::string key = "response " + op->method + " " + op->pathTemplate.toStdString() + " " + code;
    const QString errors = m_d->validate(key, (*response)["content"]["application/json"]["schema"], body);
    if (errors.isEmpty())
        return {};
    return where + errors;
}

QString SpecValidator::validateErrorResponse(const QString& method, const QString& concretePath, int status,
                                             const QByteArray& body) const
{
    const Operation* op = m_d->find(method, concretePath);
    if (!op) {
        return QStringLiteral("no operation ") + method.toUpper() + QLatin1Char(' ')
               + normalizedPath(concretePath) + QStringLiteral(" in the spec");
    }
    if (declaredStatuses(method, concretePath).contains(QString::number(status)))
        return validateResponse(method, concretePath, status, body);
    const QString where = method.toUpper() + QLatin1Char(' ') + op->pathTemplate + QLatin1Char(' ')
                          + QString::number(status) + QStringLiteral(": ");
    if (status < 400 || status > 599)
        return where + QStringLiteral("undeclared status that is not an error");
    static const json jsonError = json::parse(R"({
        "type": "object", "required": ["message"],
        "properties": {
            "message": {"type": "string"},
            "_links": {"type": "object"},
            "_embedded": {"type": "object", "properties": {
                "errors": {"type": "array", "items": {"type": "object", "required": ["message"],
                    "properties": {"message": {"type": "string"}, "path": {"type": "string"}}}}}}}})");
    const QString errors = m_d->validate("JsonError", jsonError, body);
    if (errors.isEmpty())
        return {};
    return where + QStringLiteral("not a JsonError body: ") + errors;
}

QString SpecValidator::validateRequest(const QString& method, const QString& concretePath,
                                       const QByteArray& body) const
{
    const Operation* op = m_d->find(method, concretePath);
    if (!op) {
        return QStringLiteral("no operation ") + method.toUpper() + QLatin1Char(' ')
               + normalizedPath(concretePath) + QStringLiteral(" in the spec");
    }
    const QString where = method.toUpper() + QLatin1Char(' ') + op->pathTemplate + QStringLiteral(" request: ");
    if (!op->node->contains("requestBody")) {
        if (body.trimmed().isEmpty())
            return {};
        return where + QStringLiteral("the operation takes no request body");
    }
    const json& requestBody = (*op->node)["requestBody"];
    const bool required = requestBody.value("required", false);
    if (body.trimmed().isEmpty()) {
        if (required)
            return where + QStringLiteral("a request body is required");
        return {};
    }
    if (!requestBody.contains("content") || !requestBody["content"].contains("application/json"))
        return {}; // multipart/form-data, x-www-form-urlencoded, text/plain: not checked
    const json& media = requestBody["content"]["application/json"];
    if (!media.contains("schema"))
        return {};
    const std::string key = "request " + op->method + " " + op->pathTemplate.toStdString();
    const QString errors = m_d->validate(key, media["schema"], body);
    if (errors.isEmpty())
        return {};
    return where + errors;
}

QString SpecValidator::validateSchema(const QString& componentName, const QByteArray& body) const
{
    const std::string name = componentName.toStdString();
    if (!m_d->definitions.contains(name))
        return QStringLiteral("no component schema ") + componentName + QStringLiteral(" in the spec");
    const json ref = {{"$ref", "#/components/schemas/" + name}};
    const QString errors = m_d->validate("component " + name, ref, body);
    if (errors.isEmpty())
        return {};
    return componentName + QStringLiteral(": ") + errors;
}

} // namespace ktc::test
