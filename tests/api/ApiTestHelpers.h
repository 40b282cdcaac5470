#pragma once

#include "api/ApiClient.h"
#include "support/FakeNetwork.h"

#include <QObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

namespace ktc::test {

inline ConnectionProfile basicProfile(const QString& url = QStringLiteral("http://kestra.test"))
{
    ConnectionProfile profile;
    profile.id = QStringLiteral("p1");
    profile.name = QStringLiteral("Test");
    profile.serverUrl = QUrl(url);
    profile.authKind = ConnectionProfile::AuthKind::Basic;
    profile.userName = QStringLiteral("alice@acme.com");
    return profile;
}

inline ConnectionProfile tokenProfile(const QString& url = QStringLiteral("http://kestra.test"))
{
    ConnectionProfile profile = basicProfile(url);
    profile.authKind = ConnectionProfile::AuthKind::Token;
    profile.userName.clear();
    return profile;
}

// Collects every completion of one request, so tests can prove "exactly once".
template <class T>
struct Completion
{
    int calls = 0;
    std::optional<api::ApiResult<T>> result;

    api::ApiCallback<T> callback()
    {
        return [this](const api::ApiResult<T>& r) {
            ++calls;
            result.emplace(r);
        };
    }
    bool wait(int ms = 5000) { return QTest::qWaitFor([this] { return calls > 0; }, ms); }
    const api::ApiError& error() const { return result->error(); }
};

using RawCompletion = Completion<api::ApiResponse>;

} // namespace ktc::test
