#include "core/ProfileStore.h"

#include "core/CoreLogging.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace ktc {

namespace {

const QString kGroup = QStringLiteral("profiles");

// The only keys a profile writes: a fixed list, so that nothing secret can slip in.
namespace key {
const QString name = QStringLiteral("name");
const QString url = QStringLiteral("serverUrl");
const QString auth = QStringLiteral("authKind");
const QString user = QStringLiteral("userName");
const QString remember = QStringLiteral("rememberSecret");
const QString pin = QStringLiteral("pinnedCertificateSha256");
const QString pinErrors = QStringLiteral("pinnedErrors");
} // namespace key

ConnectionProfile readProfile(const QSettings& s, const QString& id)
{
    ConnectionProfile p;
    p.id = id;
    p.name = s.value(key::name).toString();
    p.serverUrl = QUrl(s.value(key::url).toString());
    p.authKind = s.value(key::auth).toString() == u"basic" ? ConnectionProfile::AuthKind::Basic
                                                           : ConnectionProfile::AuthKind::Token;
    p.userName = s.value(key::user).toString();
    p.rememberSecret = s.value(key::remember, true).toBool();
    p.pinnedCertificateSha256 = s.value(key::pin).toString().toLatin1();
    p.pinnedErrors = s.value(key::pinErrors).toStringList();
    return p;
}

QString tr(const char* text) { return QCoreApplication::translate("ktc::ProfileStore", text); }

} // namespace

ProfileStore::ProfileStore(QSettings& settings) : m_settings(settings) { }

QList<ConnectionProfile> ProfileStore::list() const
{
    QList<ConnectionProfile> profiles;
    m_settings.beginGroup(kGroup);
    const QStringList ids = m_settings.childGroups();
    for (const auto& id : ids) {
        m_settings.beginGroup(id);
        profiles.append(readProfile(m_settings, id));
        m_settings.endGroup();
    }
    m_settings.endGroup();
    std::sort(profiles.begin(), profiles.end(), [](const ConnectionProfile& a, const ConnectionProfile& b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return profiles;
}

std::optional<ConnectionProfile> ProfileStore::findById(const QString& id) const
{
    if (id.isEmpty())
        return std::nullopt;
    m_settings.beginGroup(kGroup);
    const bool exists = m_settings.childGroups().contains(id);
    std::optional<ConnectionProfile> found;
    if (exists) {
        m_settings.beginGroup(id);
        found = readProfile(m_settings, id);
        m_settings.endGroup();
    }
    m_settings.endGroup();
    return found;
}

std::optional<ConnectionProfile> ProfileStore::findByName(const QString& name) const
{
    const auto profiles = list();
    for (const auto& p : profiles) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

Result<ConnectionProfile> ProfileStore::save(ConnectionProfile profile)
{
    profile.name = profile.name.trimmed();
    if (profile.name.isEmpty())
        return Result<ConnectionProfile>::failure(tr("A connection profile needs a name."));
    const QString scheme = profile.serverUrl.scheme();
    if (!profile.serverUrl.isValid() || profile.serverUrl.host().isEmpty()
        || (scheme != u"https" && scheme != u"http")) {
        return Result<ConnectionProfile>::failure(
            tr("The server address must be an http:// or https:// URL with a host name."));
    }
    if (const auto other = findByName(profile.name); other && other->id != profile.id) {
        return Result<ConnectionProfile>::failure(
            tr("Another connection profile is already called \"%1\".").arg(profile.name));
    }
    // Ids become settings group names: only accept the QUuid shape we create.
    if (!profile.id.isEmpty() && QUuid::fromString(profile.id).isNull())
        return Result<ConnectionProfile>::failure(tr("The connection profile id is not valid."));
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    m_settings.beginGroup(kGroup);
    m_settings.remove(profile.id); // drop keys an older version may have written
    m_settings.beginGroup(profile.id);
    m_settings.setValue(key::name, profile.name);
    m_settings.setValue(key::url, profile.serverUrl.toString());
    m_settings.setValue(key::auth, toWireString(profile.authKind));
    m_settings.setValue(key::user, profile.userName);
    m_settings.setValue(key::remember, profile.rememberSecret);
    m_settings.setValue(key::pin, QString::fromLatin1(profile.pinnedCertificateSha256));
    m_settings.setValue(key::pinErrors, profile.pinnedErrors);
    m_settings.endGroup();
    m_settings.endGroup();
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError) {
        qCWarning(lcCore) << "Could not write the connection profiles to" << m_settings.fileName();
        return Result<ConnectionProfile>::failure(
            tr("Could not write the connection profiles to %1.").arg(m_settings.fileName()));
    }
    return profile;
}

bool ProfileStore::remove(const QString& id)
{
    if (!findById(id))
        return false;
    m_settings.beginGroup(kGroup);
    m_settings.remove(id);
    m_settings.endGroup();
    m_settings.sync();
    return true;
}

} // namespace ktc
