#include "api/ApiClient.h"

#include "api/ApiLogging.h"
#include "api/TlsTrust.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>
#include <QUuid>

namespace ktc::api {

namespace {

bool isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return true;
    default:
        return false;
    }
}

// Qt's transport-level errors (connection, TLS, timeout) are 1..99; 100+ mirror HTTP statuses.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error > QNetworkReply::NoError && error < QNetworkReply::ProxyConnectionRefusedError;
}

int defaultPort(const QString& scheme)
{
    return scheme == u"https" ? 443 : 80;
}

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    const QString schemeA = a.scheme().toLower();
    const QString schemeB = b.scheme().toLower();
    return schemeA == schemeB && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(defaultPort(schemeA)) == b.port(defaultPort(schemeB));
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager* network, ConnectionProfile profile, SecretString secret, QObject* parent)
    : QObject(parent), m_network(network), m_profile(std::move(profile)), m_secret(std::move(secret))
{
}

ApiClient::~ApiClient()
{
    // Nobody is told: the callers' contexts may be half-destroyed already.
    for (auto& [id, pending] : m_pending) {
        QObject::disconnect(pending.contextWatch);
        releaseReply(pending, true);
    }
    m_pending.clear();
}

void ApiClient::setRetryDelays(QList<std::chrono::milliseconds> delays)
{
    m_retryDelays = std::move(delays);
}

void ApiClient::pinCertificate(const TlsChallenge& challenge)
{
    m_profile.pinnedCertificateSha256 = challenge.sha256.toLower();
    m_profile.pinnedErrors = challenge.errorNames();
    m_reviewedCertificates.remove(challenge.sha256);
    qCInfo(lcApi).noquote() << "pinned certificate" << QString::fromLatin1(m_profile.pinnedCertificateSha256)
                            << "for errors" << m_profile.pinnedErrors.join(u',');
    Q_EMIT profileChanged(m_profile);
}

RequestId ApiClient::send(const ApiRequest& request, QObject* context, RawCallback callback)
{
    return enqueue(request, context, std::move(callback), false);
}

RequestId ApiClient::enqueue(const ApiRequest& request, QObject* context, RawCallback callback, bool internal)
{
    const RequestId id = m_nextId++;
    Pending& pending = m_pending[id];
    pending.request = request;
    pending.context = context;
    pending.callback = std::move(callback);
    pending.internal = internal;
    pending.clock.start();
    if (context && context != this)
        pending.contextWatch = connect(context, &QObject::destroyed, this, [this, id] { drop(id); });
    Q_EMIT activityChanged(requestsInFlight());
    startAttempt(id);
    return id;
}

QByteArray ApiClient::authorizationHeader() const
{
    if (m_secret.isEmpty())
        return {};
    if (m_profile.authKind == ConnectionProfile::AuthKind::Basic) {
        QByteArray pair = m_profile.userName.toUtf8() + ':' + m_secret.utf8();
        QByteArray header = "Basic " + pair.toBase64();
        wipe(pair);
        return header;
    }
    return "Bearer " + m_secret.utf8();
}

QNetworkRequest ApiClient::buildRequest(const ApiRequest& request, const QByteArray& requestId) const
{
    QUrl url = m_profile.serverUrl;
    url.setUserInfo({});
    url.setFragment({});
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + request.path, QUrl::TolerantMode);
    url.setQuery(request.query.isEmpty() ? QString() : request.query.toString(QUrl::FullyEncoded), QUrl::TolerantMode);

    QNetworkRequest networkRequest(url);
    QByteArray authorization = authorizationHeader();
    if (!authorization.isEmpty())
        networkRequest.setRawHeader("Authorization", authorization);
    wipe(authorization);
    networkRequest.setRawHeader("X-Request-ID", requestId);
    networkRequest.setRawHeader("Accept", "application/json");
    if (!request.body.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("KestraTenantConsole/" KTC_VERSION));
    networkRequest.setTransferTimeout(int(m_timeout.count()));
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    networkRequest.setMaximumRedirectsAllowed(5);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    return networkRequest;
}

void ApiClient::startAttempt(RequestId id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // cancelled while a retry was waiting
    Pending& pending = it->second;
    pending.buffer.clear();
    pending.tls = TlsChallenge();
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QNetworkRequest networkRequest = buildRequest(pending.request, requestId);

    QNetworkReply* reply = nullptr;
    const QByteArray& method = pending.request.method;
    if (method == "GET")
        reply = m_network->get(networkRequest);
    else if (method == "DELETE" && pending.request.body.isEmpty())
        reply = m_network->deleteResource(networkRequest);
    else
        reply = m_network->sendCustomRequest(networkRequest, method, pending.request.body);
    pending.reply = reply;

    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id] { onMetaData(id); });
    connect(reply, &QNetworkReply::readyRead, this, [this, id] { onReadyRead(id); });
    connect(reply, &QNetworkReply::redirected, this, [this, id](const QUrl& target) { onRedirected(id, target); });
    connect(reply, &QNetworkReply::sslErrors, this, [this, id](const QList<QSslError>& errors) { onSslErrors(id, errors); });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
}

void ApiClient::onMetaData(RequestId id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->second.reply)
        return;
    bool ok = false;
    const qint64 declared = it->second.reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && declared > m_maxReplyBytes) {
        it->second.abortReason = AbortReason::Oversized;
        onFinished(id);
    }
}

void ApiClient::onReadyRead(RequestId id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->second.reply)
        return;
    Pending& pending = it->second;
    // Read in slices so that a hostile reply never sits in memory beyond the cap.
    while (pending.reply->bytesAvailable() > 0) {
        const qint64 room = m_maxReplyBytes - pending.buffer.size();
        if (room < 0 || (room == 0 && pending.reply->bytesAvailable() > 0)) {
            pending.abortReason = AbortReason::Oversized;
            onFinished(id);
            return;
        }
        pending.buffer += pending.reply->read(qMin<qint64>(room + 1, 1 << 20));
        if (pending.buffer.size() > m_maxReplyBytes) {
            pending.abortReason = AbortReason::Oversized;
            onFinished(id);
            return;
        }
    }
}

void ApiClient::onRedirected(RequestId id, const QUrl& target)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->second.reply)
        return;
    Pending& pending = it->second;
    const QUrl resolved = pending.reply->url().resolved(target);
    if (sameOrigin(resolved, m_profile.serverUrl)) {
        Q_EMIT pending.reply->redirectAllowed();
        return;
    }
    pending.abortReason = AbortReason::RedirectRefused;
    pending.refusedRedirect = resolved.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery);
    onFinished(id);
}

bool ApiClient::isPinned(const QList<QSslError>& errors) const
{
    if (m_profile.pinnedCertificateSha256.isEmpty() || errors.isEmpty())
        return false;
    const QByteArray pinned = m_profile.pinnedCertificateSha256.toLower();
    for (const QSslError& error : errors) {
        if (TlsChallenge::fingerprint(error.certificate()) != pinned)
            return false;
        if (!m_profile.pinnedErrors.contains(TlsChallenge::errorName(error.error())))
            return false;
    }
    return true;
}

void ApiClient::onSslErrors(RequestId id, const QList<QSslError>& errors)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->second.reply)
        return;
    Pending& pending = it->second;
    QSslCertificate peer = pending.reply->sslConfiguration().peerCertificate();
    QList<QSslError> concrete;
    for (const QSslError& error : errors) {
        // An error without a certificate is about the peer's; pin and compare on that one.
        concrete.append(error.certificate().isNull() ? QSslError(error.error(), peer) : error);
        if (peer.isNull())
            peer = error.certificate();
    }
    if (isPinned(concrete)) {
        pending.reply->ignoreSslErrors(errors);
        return;
    }
    pending.tls.host = pending.reply->url().host();
    pending.tls.certificate = peer;
    pending.tls.sha256 = TlsChallenge::fingerprint(peer);
    pending.tls.errors = concrete;
}

void ApiClient::onFinished(RequestId id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->second.reply)
        return;
    Pending& pending = it->second;
    QNetworkReply* reply = pending.reply;
    const ApiRequest& request = pending.request;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const AbortReason reason = pending.abortReason;
    if (reason == AbortReason::None && reply->bytesAvailable() > 0) {
        onReadyRead(id); // takes the rest, or completes as oversized
        if (m_pending.find(id) == m_pending.end() || !pending.reply)
            return;
    }
    qCDebug(lcApi).noquote() << QString::fromLatin1(request.method) << request.path << "->"
                             << (status ? QString::number(status) : QStringLiteral("no status"))
                             << int(networkError) << pending.clock.elapsed() << "ms"
                             << (pending.retriesDone ? QStringLiteral("retry %1").arg(pending.retriesDone) : QString());
    QList<QPair<QByteArray, QByteArray>> headers = reply->rawHeaderPairs();
    const QString errorText = reply->errorString();
    bool lengthOk = false;
    const qint64 declaredLength = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&lengthOk);
    releaseReply(pending, reason != AbortReason::None);

    ApiError error(ApiError::Kind::Network, request.method, request.path);
    error.setStatus(status);
    if (reason == AbortReason::Oversized) {
        error.setKind(ApiError::Kind::MalformedReply)
            .setDetail(tr("it is larger than %1 MiB").arg(m_maxReplyBytes / (1024 * 1024)));
        complete(id, error);
        return;
    }
    if (reason == AbortReason::RedirectRefused) {
        error.setDetail(tr("it redirected to another server (%1), which this console refuses to follow")
                            .arg(pending.refusedRedirect));
        complete(id, error);
        return;
    }
    if (!pending.tls.isNull() && (status == 0 || networkError == QNetworkReply::SslHandshakeFailedError)) {
        const TlsChallenge challenge = pending.tls;
        error.setKind(ApiError::Kind::Tls).setTlsChallenge(challenge).setDetail(errorText);
        complete(id, error);
        if (m_tlsTrust && !m_reviewedCertificates.contains(challenge.sha256)) {
            m_reviewedCertificates.insert(challenge.sha256);
            m_tlsTrust->reviewCertificate(challenge);
        }
        return;
    }
    if (isTransportError(networkError) || (status == 0 && networkError != QNetworkReply::NoError)) {
        if (networkError == QNetworkReply::TimeoutError || networkError == QNetworkReply::OperationCanceledError) {
            // This client never aborts a reply it still listens to: this is Qt's transfer timeout.
            error.setKind(ApiError::Kind::Timeout).setDetail(errorText);
        } else if (networkError == QNetworkReply::SslHandshakeFailedError) {
            error.setKind(ApiError::Kind::Tls).setDetail(errorText);
        } else {
            if (isRetryableNetworkError(networkError) && scheduleRetry(id, pending))
                return;
            error.setDetail(errorText);
        }
        complete(id, error);
        return;
    }
    if (status == 0) {
        error.setKind(ApiError::Kind::MalformedReply).setDetail(tr("it is not an HTTP reply"));
        complete(id, error);
        return;
    }
    if (status >= 200 && status < 300) {
        if (lengthOk && declaredLength != pending.buffer.size()) {
            error.setKind(ApiError::Kind::MalformedReply)
                .setDetail(tr("it was cut short (%1 of %2 bytes)").arg(pending.buffer.size()).arg(declaredLength));
            complete(id, error);
            return;
        }
        m_sessionWorked = true;
        ApiResponse response{status, std::move(pending.buffer), std::move(headers)};
        complete(id, response);
        return;
    }
    if ((status == 502 || status == 503 || status == 504) && scheduleRetry(id, pending))
        return;
    ApiError httpError = ApiError::fromHttpStatus(status, request.method, request.path, pending.buffer);
    if (status == 401 && !pending.internal) {
        handleUnauthorized(id, httpError);
        return;
    }
    complete(id, httpError);
}

bool ApiClient::scheduleRetry(RequestId id, Pending& pending)
{
    if (!pending.request.idempotent || pending.request.method != "GET")
        return false;
    const int allowed = int(qMin<qsizetype>(2, m_retryDelays.size()));
    if (pending.retriesDone >= allowed)
        return false;
    const std::chrono::milliseconds delay = m_retryDelays.at(pending.retriesDone);
    ++pending.retriesDone;
    qCDebug(lcApi).noquote() << "retrying" << QString::fromLatin1(pending.request.method) << pending.request.path
                             << "in" << delay.count() << "ms";
    QTimer::singleShot(delay, this, [this, id] { startAttempt(id); });
    return true;
}

void ApiClient::handleUnauthorized(RequestId id, ApiError error)
{
    if (!m_sessionWorked) {
        error.setExplanation(tr("the server did not accept these credentials"));
        complete(id, error);
        return;
    }
    // Kestra also answers 401 for routes it does not know: ask /me whether we are still signed in.
    m_awaitingMeCheck.append({id, std::move(error)});
    if (m_meCheckRunning)
        return;
    m_meCheckRunning = true;
    enqueue(ApiRequest::get(ApiRequest::apiPath({QStringLiteral("me")})), this,
            [this](const ApiResult<ApiResponse>& result) { onMeChecked(result); }, true);
}

void ApiClient::onMeChecked(const ApiResult<ApiResponse>& result)
{
    m_meCheckRunning = false;
    const bool rejected = !result.ok() && result.error().kind() == ApiError::Kind::Unauthorized;
    const QList<QPair<RequestId, ApiError>> waiting = std::exchange(m_awaitingMeCheck, {});
    bool anyRejected = false;
    for (auto [id, error] : waiting) {
        if (!isInFlight(id))
            continue;
        if (rejected) {
            error.setExplanation(tr("your credentials no longer work; sign in again"));
            anyRejected = true;
        } else if (result.ok()) {
            error.setKind(ApiError::Kind::NotFound).setExplanation(tr("this server does not know that route"));
        }
        complete(id, error);
    }
    if (rejected && (anyRejected || waiting.isEmpty()))
        Q_EMIT credentialsRejected();
}

void ApiClient::releaseReply(Pending& pending, bool abort)
{
    QNetworkReply* reply = pending.reply;
    pending.reply = nullptr;
    if (!reply)
        return;
    QObject::disconnect(reply, nullptr, this, nullptr);
    if (abort && reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void ApiClient::complete(RequestId id, const ApiResult<ApiResponse>& result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(it->second);
    m_pending.erase(it);
    QObject::disconnect(pending.contextWatch);
    releaseReply(pending, true);
    if (!result.ok() && result.error().kind() != ApiError::Kind::Cancelled)
        qCDebug(lcApi).noquote() << "failed:" << ApiError::kindName(result.error().kind())
                                 << QString::fromLatin1(pending.request.method) << pending.request.path;
    Q_EMIT activityChanged(requestsInFlight());
    if (pending.context && pending.callback)
        pending.callback(result);
}

void ApiClient::drop(RequestId id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(it->second);
    m_pending.erase(it);
    releaseReply(pending, true);
    qCDebug(lcApi).noquote() << "dropped" << QString::fromLatin1(pending.request.method) << pending.request.path
                             << "(its receiver is gone)";
    Q_EMIT activityChanged(requestsInFlight());
}

void ApiClient::cancel(RequestId id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    complete(id, ApiError(ApiError::Kind::Cancelled, it->second.request.method, it->second.request.path));
}

void ApiClient::cancelAll()
{
    QList<RequestId> ids;
    for (const auto& entry : m_pending)
        ids.append(entry.first);
    for (RequestId id : ids)
        cancel(id);
}

} // namespace ktc::api
