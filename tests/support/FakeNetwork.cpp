#include "support/FakeNetwork.h"

#include "support/FakeReply.h"

#include <QIODevice>

namespace ktc::test {

FakeNetwork::FakeNetwork(QObject* parent) : QNetworkAccessManager(parent)
{
}

void FakeNetwork::on(const QByteArray& method, const QString& pathPattern, const FakeResponse& response)
{
    for (Rule& rule : m_rules) {
        if (rule.method == method && rule.path.pattern() == QRegularExpression::anchoredPattern(pathPattern)) {
            rule.responses.append(response);
            return;
        }
    }
    m_rules.append({method, QRegularExpression(QRegularExpression::anchoredPattern(pathPattern)), {response}, 0});
}

void FakeNetwork::clearRules()
{
    m_rules.clear();
}

int FakeNetwork::count(const QByteArray& method, const QString& pathPattern) const
{
    const QRegularExpression pattern(QRegularExpression::anchoredPattern(pathPattern));
    int n = 0;
    for (const FakeRequestRecord& record : m_requests) {
        if ((method == "*" || record.method == method) && pattern.match(record.path()).hasMatch())
            ++n;
    }
    return n;
}

void FakeNetwork::replyClosed(bool aborted)
{
    --m_openReplies;
    if (aborted)
        ++m_abortedReplies;
}

FakeResponse FakeNetwork::responseFor(const QByteArray& method, const QUrl& url)
{
    const QString path = url.path(QUrl::FullyEncoded);
    for (Rule& rule : m_rules) {
        if ((rule.method == "*" || rule.method == method) && rule.path.match(path).hasMatch()) {
            const int index = qMin(rule.used, int(rule.responses.size()) - 1);
            ++rule.used;
            return rule.responses.at(index);
        }
    }
    return FakeResponse::error(401, QStringLiteral("Unauthorized")); // Kestra's answer to unknown routes
}

QNetworkReply* FakeNetwork::createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData)
{
    FakeRequestRecord record;
    switch (op) {
    case GetOperation: record.method = "GET"; break;
    case PostOperation: record.method = "POST"; break;
    case PutOperation: record.method = "PUT"; break;
    case DeleteOperation: record.method = "DELETE"; break;
    case HeadOperation: record.method = "HEAD"; break;
    default: record.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray(); break;
    }
    record.url = request.url();
    for (const QByteArray& name : request.rawHeaderList())
        record.headers.emplaceBack(name, request.rawHeader(name));
    if (outgoingData)
        record.body = outgoingData->readAll();
    record.transferTimeout = request.transferTimeout();
    m_requests.append(record);
    return new FakeReply(this, op, request, record.method, responseFor(record.method, record.url));
}

} // namespace ktc::test
