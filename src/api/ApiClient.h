#pragma once

#include "api/ApiRequest.h"
#include "api/ApiResponse.h"
#include "api/ApiResult.h"
#include "api/ServerAdapter.h"
#include "api/TlsChallenge.h"
#include "core/ConnectionProfile.h"
#include "core/SecretString.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <chrono>
#include <functional>
#include <map>

class QNetworkAccessManager;

namespace ktc::api {

class TlsTrust;

using RequestId = quint64;

// Sends ApiRequests to one Kestra server with one set of credentials and owns the transport
// policy: auth header, request id, timeout, same-host redirects, retries of idempotent GETs,
// reply size cap, TLS pinning, the 401 check, and exactly one completion per request.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using RawCallback = std::function<void(const ApiResult<ApiResponse>&)>;

    static constexpr qint64 kDefaultMaxReplyBytes = 32 * 1024 * 1024;

    // The manager is not owned; it must outlive the client.
    ApiClient(QNetworkAccessManager* network, ConnectionProfile profile, SecretString secret,
              QObject* parent = nullptr);
    ~ApiClient() override;

    const ConnectionProfile& profile() const { return m_profile; }
    const ServerAdapter& adapter() const { return m_adapter; }
    void setAdapter(ServerAdapter adapter) { m_adapter = adapter; }

    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds transferTimeout() const { return m_timeout; }
    // Pauses before the first and second retry of an idempotent GET (at most two are used).
    void setRetryDelays(QList<std::chrono::milliseconds> delays);
    void setMaxReplySize(qint64 bytes) { m_maxReplyBytes = bytes; }
    // Not owned; may be null (then TLS failures are only reported as errors).
    void setTlsTrust(TlsTrust* trust) { m_tlsTrust = trust; }

    // Pins the challenge's certificate and exactly its errors to the profile (profileChanged()
    // tells the owner to save it); later requests ignore those errors for that certificate only.
    void pinCertificate(const TlsChallenge& challenge);

    // Sends the request; `callback` runs exactly once, on `context`'s thread, unless `context`
    // is destroyed first (then the request is aborted and nothing is called). The callback gets
    // the 2xx reply or the error.
    RequestId send(const ApiRequest& request, QObject* context, RawCallback callback);
    // Completes the request now with a Cancelled error; a reply arriving later is dropped.
    void cancel(RequestId id);
    void cancelAll();

    int requestsInFlight() const { return int(m_pending.size()); }
    bool isInFlight(RequestId id) const { return m_pending.count(id) != 0; }

Q_SIGNALS:
    // Requests started and not yet completed (retries waiting included): for the status bar.
    void activityChanged(int requestsInFlight);
    // A 401 on a session that had worked, confirmed by /api/v1/me: sign in again.
    void credentialsRejected();
    // The profile changed (a pinned certificate): save it.
    void profileChanged(const ktc::ConnectionProfile& profile);

private:
    enum class AbortReason { None, Oversized, RedirectRefused, Context };

    struct Pending
    {
        ApiRequest request;
        QPointer<QObject> context;
        RawCallback callback;
        QPointer<QNetworkReply> reply;
        QMetaObject::Connection contextWatch;
        QElapsedTimer clock;
        QByteArray buffer;
        int retriesDone = 0;
        AbortReason abortReason = AbortReason::None;
        QString refusedRedirect;
        TlsChallenge tls;
        bool internal = false; // the /me check: never checked again
    };

    RequestId enqueue(const ApiRequest& request, QObject* context, RawCallback callback, bool internal);
    void startAttempt(RequestId id);
    QNetworkRequest buildRequest(const ApiRequest& request, const QByteArray& requestId) const;
    QByteArray authorizationHeader() const;
    void onMetaData(RequestId id);
    void onReadyRead(RequestId id);
    void onRedirected(RequestId id, const QUrl& target);
    void onSslErrors(RequestId id, const QList<QSslError>& errors);
    void onFinished(RequestId id);
    bool scheduleRetry(RequestId id, Pending& pending);
    void handleUnauthorized(RequestId id, ApiError error);
    void onMeChecked(const ApiResult<ApiResponse>& result);
    void releaseReply(Pending& pending, bool abort);
    void complete(RequestId id, const ApiResult<ApiResponse>& result);
    void drop(RequestId id);
    bool isPinned(const QList<QSslError>& errors) const;

    QNetworkAccessManager* m_network;
    ConnectionProfile m_profile;
    SecretString m_secret;
    ServerAdapter m_adapter;
    TlsTrust* m_tlsTrust = nullptr;
    std::chrono::milliseconds m_timeout{30000};
    QList<std::chrono::milliseconds> m_retryDelays{std::chrono::milliseconds(250), std::chrono::milliseconds(1000)};
    qint64 m_maxReplyBytes = kDefaultMaxReplyBytes;
    std::map<RequestId, Pending> m_pending;
    RequestId m_nextId = 1;
    bool m_sessionWorked = false;
    bool m_meCheckRunning = false;
    QList<QPair<RequestId, ApiError>> m_awaitingMeCheck;
    QSet<QByteArray> m_reviewedCertificates;
};

} // namespace ktc::api
