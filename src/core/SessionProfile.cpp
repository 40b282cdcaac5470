#include "core/SessionProfile.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace ktc {

namespace {

const QString kUrl = QStringLiteral("KESTRA_URL");
const QString kToken = QStringLiteral("KESTRA_API_TOKEN");
const QString kUser = QStringLiteral("KESTRA_USERNAME");
const QString kPassword = QStringLiteral("KESTRA_PASSWORD");

QString tr(const char* text) { return QCoreApplication::translate("ktc::SessionProfile", text); }

bool isSet(const QProcessEnvironment& env, const QString& name) { return !env.value(name).isEmpty(); }

} // namespace

bool environmentDefinesProfile(const QProcessEnvironment& env)
{
    return isSet(env, kUrl) || isSet(env, kToken) || isSet(env, kUser) || isSet(env, kPassword);
}

Result<SessionProfile> profileFromEnvironment(const QProcessEnvironment& env)
{
    using R = Result<SessionProfile>;
    if (!environmentDefinesProfile(env))
        return R::failure(tr("No KESTRA_URL, KESTRA_API_TOKEN, KESTRA_USERNAME or KESTRA_PASSWORD is set."));
    if (!isSet(env, kUrl))
        return R::failure(tr("KESTRA_URL is not set: it must name the server, e.g. https://kestra.example.com."));

    const QUrl url(env.value(kUrl).trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return R::failure(tr("KESTRA_URL must be an http:// or https:// URL with a host name."));

    SessionProfile session;
    session.profile.serverUrl = url;
    session.profile.name = url.host();
    session.profile.rememberSecret = false;

    if (isSet(env, kToken)) {
        session.profile.authKind = ConnectionProfile::AuthKind::Token;
        session.secret = SecretString(env.value(kToken));
        return session;
    }
    const bool hasUser = isSet(env, kUser);
    const bool hasPassword = isSet(env, kPassword);
    if (hasUser && hasPassword) {
        session.profile.authKind = ConnectionProfile::AuthKind::Basic;
        session.profile.userName = env.value(kUser);
        session.secret = SecretString(env.value(kPassword));
        return session;
    }
    if (hasUser)
        return R::failure(tr("KESTRA_USERNAME is set but KESTRA_PASSWORD is not."));
    if (hasPassword)
        return R::failure(tr("KESTRA_PASSWORD is set but KESTRA_USERNAME is not."));
    return R::failure(tr("Set KESTRA_API_TOKEN, or KESTRA_USERNAME and KESTRA_PASSWORD, with KESTRA_URL."));
}

} // namespace ktc
