#pragma once

#include "support/FakeRequestRecord.h"
#include "support/FakeResponse.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QRegularExpression>

namespace ktc::test {

// A QNetworkAccessManager that answers from a script instead of the network and records every
// request. Rules match the method and the encoded URL path (a regular expression, anchored);
// a rule's responses are used in order, the last one repeats. No rule: 401, as Kestra
// answers unknown routes.
class FakeNetwork : public QNetworkAccessManager
{
    Q_OBJECT

public:
    explicit FakeNetwork(QObject* parent = nullptr);

    // Appends a response to the rule for (method, path regex); "*" matches any method.
    void on(const QByteArray& method, const QString& pathPattern, const FakeResponse& response);
    void clearRules();

    const QList<FakeRequestRecord>& requests() const { return m_requests; }
    FakeRequestRecord lastRequest() const { return m_requests.isEmpty() ? FakeRequestRecord() : m_requests.last(); }
    int count(const QByteArray& method, const QString& pathPattern) const;
    void clearRequests() { m_requests.clear(); }

    // Replies created and not yet finished or aborted (hanging ones included).
    int openReplies() const { return m_openReplies; }
    // Replies aborted by the client.
    int abortedReplies() const { return m_abortedReplies; }
    // Body bytes handed out by Oversized replies (shows the client stopped reading early).
    qint64 floodBytesServed() const { return m_floodBytesServed; }

    // Used by FakeReply.
    FakeResponse responseFor(const QByteArray& method, const QUrl& url);
    void replyOpened() { ++m_openReplies; }
    void replyClosed(bool aborted);
    void addFloodBytes(qint64 bytes) { m_floodBytesServed += bytes; }

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override;

private:
    struct Rule
    {
        QByteArray method;
        QRegularExpression path;
        QList<FakeResponse> responses;
        int used = 0;
    };

    QList<Rule> m_rules;
    QList<FakeRequestRecord> m_requests;
    int m_openReplies = 0;
    int m_abortedReplies = 0;
    qint64 m_floodBytesServed = 0;
};

} // namespace ktc::test
