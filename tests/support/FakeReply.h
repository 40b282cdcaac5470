#pragma once

#include "support/FakeResponse.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace ktc::test {

class FakeNetwork;

// A scripted QNetworkReply: plays one FakeResponse asynchronously, honours the request's
// transfer timeout like Qt does (OperationCanceledError), and never finishes twice.
class FakeReply : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(FakeNetwork* network, QNetworkAccessManager::Operation op, const QNetworkRequest& request,
              const QByteArray& method, FakeResponse response);
    ~FakeReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    void ignoreSslErrorsImplementation(const QList<QSslError>& errors) override;

private:
    void play();
    void answer();
    void flood();
    void fail(NetworkError code, const QString& text);
    void finishNow();
    void followRedirect();

    QPointer<FakeNetwork> m_network;
    QByteArray m_method;
    FakeResponse m_response;
    QByteArray m_data;
    qint64 m_offered = 0;
    QTimer m_timeout;
    QList<QSslError> m_ignored;
    bool m_done = false;
    bool m_aborted = false;
};

} // namespace ktc::test
