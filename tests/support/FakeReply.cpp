#include "support/FakeReply.h"

#include "support/FakeNetwork.h"

namespace ktc::test {

FakeReply::FakeReply(FakeNetwork* network, QNetworkAccessManager::Operation op, const QNetworkRequest& request,
                     const QByteArray& method, FakeResponse response)
    : QNetworkReply(network), m_network(network), m_method(method), m_response(std::move(response))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    network->replyOpened();
    if (request.transferTimeout() > 0) {
        m_timeout.setSingleShot(true);
        m_timeout.setInterval(request.transferTimeout());
        connect(&m_timeout, &QTimer::timeout, this,
                [this] { fail(OperationCanceledError, QStringLiteral("Operation canceled")); });
        m_timeout.start();
    }
    connect(this, &QNetworkReply::redirectAllowed, this, &FakeReply::followRedirect);
    QTimer::singleShot(m_response.delayMs, this, &FakeReply::play);
}

FakeReply::~FakeReply()
{
    if (!m_done && m_network)
        m_network->replyClosed(false);
}

void FakeReply::play()
{
    if (m_done)
        return;
    switch (m_response.mode) {
    case FakeResponse::Mode::Hang:
        return;
    case FakeResponse::Mode::Drop:
        fail(RemoteHostClosedError, QStringLiteral("Connection closed"));
        return;
    case FakeResponse::Mode::SslErrors: {
        const QList<QSslError> errors = m_response.sslErrors;
        Q_EMIT sslErrors(errors);
        if (m_done)
            return;
        bool allIgnored = !errors.isEmpty();
        for (const QSslError& error : errors)
            allIgnored = allIgnored && m_ignored.contains(error);
        if (!allIgnored) {
            fail(SslHandshakeFailedError, QStringLiteral("SSL handshake failed"));
            return;
        }
        answer();
        return;
    }
    case FakeResponse::Mode::Redirect:
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
        for (const auto& [name, value] : m_response.headers)
            setRawHeader(name, value);
        Q_EMIT redirected(m_response.redirectTarget);
        return; // waits for redirectAllowed() or abort()
    case FakeResponse::Mode::Oversized:
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 200);
        setRawHeader("Content-Type", "application/json");
        if (m_response.announceLength)
            setHeader(QNetworkRequest::ContentLengthHeader, m_response.floodBytes);
        Q_EMIT metaDataChanged();
        flood();
        return;
    case FakeResponse::Mode::Answer:
    case FakeResponse::Mode::Truncated:
        answer();
        return;
    }
}

void FakeReply::followRedirect()
{
    if (m_done || !m_network)
        return;
    const QUrl target = url().resolved(m_response.redirectTarget);
    setUrl(target);
    m_response = m_network->responseFor(m_method, target);
    play();
}

void FakeReply::answer()
{
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, QByteArrayLiteral("Scripted"));
    for (const auto& [name, value] : m_response.headers)
        setRawHeader(name, value);
    const qint64 length = m_response.mode == FakeResponse::Mode::Truncated ? m_response.declaredLength
                                                                          : m_response.body.size();
    setHeader(QNetworkRequest::ContentLengthHeader, length);
    Q_EMIT metaDataChanged();
    if (m_done)
        return;
    m_data = m_response.body;
    if (!m_data.isEmpty()) {
        Q_EMIT readyRead();
        if (m_done)
            return;
    }
    const int status = m_response.status;
    if (status >= 400) {
        NetworkError code = UnknownContentError;
        if (status == 401) code = AuthenticationRequiredError;
        else if (status == 403) code = ContentAccessDenied;
        else if (status == 404) code = ContentNotFoundError;
        else if (status == 409) code = ContentConflictError;
        else if (status >= 500) code = status == 503 ? ServiceUnavailableError : InternalServerError;
        setError(code, QStringLiteral("HTTP %1").arg(status));
        Q_EMIT errorOccurred(code);
        if (m_done)
            return;
    }
    finishNow();
}

void FakeReply::flood()
{
    if (m_done)
        return;
    constexpr qint64 chunk = 1 << 20;
    const qint64 n = qMin(chunk, m_response.floodBytes - m_offered);
    if (n <= 0) {
        finishNow();
        return;
    }
    m_data.append(QByteArray(n, ' '));
    m_offered += n;
    if (m_network)
        m_network->addFloodBytes(n);
    Q_EMIT readyRead();
    if (!m_done)
        QTimer::singleShot(0, this, &FakeReply::flood);
}

void FakeReply::fail(NetworkError code, const QString& text)
{
    if (m_done)
        return;
    setError(code, text);
    Q_EMIT errorOccurred(code);
    finishNow();
}

void FakeReply::finishNow()
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    if (m_network)
        m_network->replyClosed(m_aborted);
    setFinished(true);
    Q_EMIT finished();
}

void FakeReply::abort()
{
    if (m_done)
        return;
    m_aborted = true;
    m_data.clear();
    fail(OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 FakeReply::bytesAvailable() const
{
    return m_data.size() + QNetworkReply::bytesAvailable();
}

qint64 FakeReply::readData(char* data, qint64 maxSize)
{
    const qint64 n = qMin<qint64>(maxSize, m_data.size());
    if (n <= 0)
        return m_done ? -1 : 0;
    memcpy(data, m_data.constData(), size_t(n));
    m_data.remove(0, n);
    return n;
}

void FakeReply::ignoreSslErrorsImplementation(const QList<QSslError>& errors)
{
    m_ignored = errors;
}

} // namespace ktc::test
