#include "FaultInjector.h"

using namespace Qt::StringLiterals;

namespace ktc::sandbox {

namespace {
bool parseMs(const QString& v, int* out)
{
    QString t = v.trimmed().toLower();
    int factor = 1;
    if (t.endsWith(u"ms"_s))
        t.chop(2);
    else if (t.endsWith(u"s"_s)) {
        t.chop(1);
        factor = 1000;
    }
    bool ok = false;
    const double d = t.toDouble(&ok);
    if (!ok || d < 0 || d * factor > 600000)
        return false;
    *out = int(d * factor);
    return true;
}
bool parseRate(const QString& v, double* out)
{
    bool ok = false;
    const double d = v.trimmed().toDouble(&ok);
    if (!ok || d < 0 || d > 1)
        return false;
    *out = d;
    return true;
}
} // namespace

bool FaultInjector::configure(const QString& spec, QString* error)
{
    FaultInjector next;
    next.m_random = QRandomGenerator::securelySeeded();
    const QString trimmed = spec.trimmed();
    for (const QString& part : trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString key = part.left(eq).trimmed().toLower();
        const QString value = eq < 0 ? QString() : part.mid(eq + 1).trimmed();
        bool ok = eq > 0;
        if (!ok) {
        } else if (key == u"latency"_s) {
            ok = parseMs(value, &next.m_latencyMs);
        } else if (key == u"jitter"_s) {
            ok = parseMs(value, &next.m_jitterMs);
        } else if (key == u"error-rate"_s) {
            ok = parseRate(value, &next.m_errorRate);
        } else if (key == u"error-status"_s) {
            next.m_errorStatus = value.toInt(&ok);
            ok = ok && next.m_errorStatus >= 400 && next.m_errorStatus <= 599;
        } else if (key == u"drop-rate"_s) {
            ok = parseRate(value, &next.m_dropRate);
        } else if (key == u"malformed-rate"_s) {
            ok = parseRate(value, &next.m_malformedRate);
        } else if (key == u"method"_s) {
            next.m_method = value.toUpper().toLatin1();
            ok = !next.m_method.isEmpty();
        } else if (key == u"path"_s) {
            next.m_path = QRegularExpression(value);
            next.m_hasPath = true;
            ok = next.m_path.isValid();
        } else if (key == u"seed"_s) {
            const quint32 seed = value.toUInt(&ok);
            next.m_random.seed(seed);
        } else {
            ok = false;
        }
        if (!ok) {
            *error = u"invalid fault spec entry: "_s + part;
            return false;
        }
    }
    next.m_spec = trimmed;
    *this = next;
    return true;
}

FaultInjector::Decision FaultInjector::decide(const QByteArray& method, const QString& path)
{
    Decision d;
    d.status = m_errorStatus;
    if (m_spec.isEmpty())
        return d;
    if (!m_method.isEmpty() && m_method != method)
        return d;
    if (m_hasPath && !m_path.match(path).hasMatch())
        return d;
    d.delayMs = m_latencyMs;
    if (m_jitterMs > 0)
        d.delayMs += int(m_random.bounded(m_jitterMs + 1));
    // a rate of 1 must always apply: bounded double is in [0, 1)
    auto hit = [this](double rate) { return rate > 0 && m_random.generateDouble() < rate; };
    if (hit(m_dropRate))
        d.action = Action::Drop;
    else if (hit(m_errorRate))
        d.action = Action::Error;
    else if (hit(m_malformedRate))
        d.action = Action::Malformed;
    return d;
}

} // namespace ktc::sandbox
