#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace ktc::test {

// Checks HTTP traffic against the vendor's OpenAPI 3.0 spec: operations, statuses, body schemas.
//
// Tests only. Loads tests/data/kestra-ee-2.0-iam.json (or a given file), translates the
// OpenAPI 3.0 schemas to JSON Schema draft 4 for valijson (`nullable: true` also allows null,
// `$ref: #/components/schemas/X` points into one `definitions` map, `format` is checked only for
// date, time and date-time), and validates bodies with valijson's nlohmann_json adapter.
//
// Paths are concrete request paths ("/api/v1/acme/groups/3Fz"), optionally with a query string
// or as a full URL; they are matched against the spec's templates segment by segment. Among the
// templates that have the method, the most specific wins: a literal segment beats a `{param}` at
// the first position where they differ (GET .../groups/search is searchGroups, not getGroup).
//
// Every QString-returning check returns an empty string when all is well, else a readable
// description of every problem found (suitable for QVERIFY2).
class SpecValidator
{
public:
    // The spec copied into tests/data (KTC_TEST_DATA_DIR "/kestra-ee-2.0-iam.json").
    static QString defaultSpecPath();

    explicit SpecValidator(const QString& specPath = defaultSpecPath());
    ~SpecValidator();
    SpecValidator(const SpecValidator&) = delete;
    SpecValidator& operator=(const SpecValidator&) = delete;

    // False when the file could not be read or parsed; loadError() says why.
    bool isLoaded() const;
    QString loadError() const;

    // All operations of the spec as "METHOD /template/path", sorted.
    QStringList operations() const;

    // True when METHOD (any case) on this concrete path is an operation of the spec.
    bool hasOperation(const QString& method, const QString& concretePath) const;
    // The template the path resolves to for this method ("/api/v1/{tenant}/groups/{id}"), or empty.
    QString operationTemplate(const QString& method, const QString& concretePath) const;
    // The operationId ("searchGroups"), or empty.
    QString operationId(const QString& method, const QString& concretePath) const;
    // The response codes the operation declares ("200", "404", ...; "default" if declared).
    QStringList declaredStatuses(const QString& method, const QString& concretePath) const;

    // The operation must exist, the status must be declared, and the body must fit the declared
    // application/json schema. Declared without a schema, or as an untyped `object`: any JSON
    // (or an empty body). A 204 must have an empty body.
    QString validateResponse(const QString& method, const QString& concretePath, int status,
                             const QByteArray& body) const;

    // For error answers the spec leaves undeclared (Kestra answers 401/403/422 everywhere): a
    // declared status is checked as validateResponse() does; an undeclared one must be 4xx/5xx
    // with a Kestra/Micronaut JsonError body {message, _links?, _embedded?: {errors: [{message,
    // path?}]}} (KESTRA-EE-API.md §5). The operation must still exist.
    QString validateErrorResponse(const QString& method, const QString& concretePath, int status,
                                  const QByteArray& body) const;

    // The body must fit the operation's application/json requestBody schema; an operation without
    // requestBody takes an empty body only. Other content types (multipart, form) are not checked.
    QString validateRequest(const QString& method, const QString& concretePath,
                            const QByteArray& body) const;

    // Validates a body against one component schema by name ("ApiGroupSummary").
    QString validateSchema(const QString& componentName, const QByteArray& body) const;

private:
    struct Private;
    std::unique_ptr<Private> m_d;
};

} // namespace ktc::test
