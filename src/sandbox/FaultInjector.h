#pragma once

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QString>

namespace ktc::sandbox {

// Chaos for client tests: latency, error statuses, dropped connections and malformed bodies,
// configured by a SPEC like "latency=300ms,error-rate=0.1,path=^/api/v1/[^/]+/bindings$,seed=42".
class FaultInjector
{
public:
    enum class Action { None, Error, Drop, Malformed };
    struct Decision
    {
        int delayMs = 0;
        Action action = Action::None;
        int status = 503;
    };

    // Replaces the configuration; false (and nothing changed) when the spec is invalid.
    bool configure(const QString& spec, QString* error);
    QString spec() const { return m_spec; }
    bool active() const { return !m_spec.isEmpty(); }
    Decision decide(const QByteArray& method, const QString& path);

private:
    QString m_spec;
    int m_latencyMs = 0;
    int m_jitterMs = 0;
    double m_errorRate = 0;
    int m_errorStatus = 503;
    double m_dropRate = 0;
    double m_malformedRate = 0;
    QByteArray m_method;
    QRegularExpression m_path;
    bool m_hasPath = false;
    QRandomGenerator m_random;
};

} // namespace ktc::sandbox
