#include "core/ProfileStore.h"
#include "core/SessionProfile.h"
#include "core/Validation.h"

#include <QProcessEnvironment>
#include <QSettings>

namespace ktc {

namespace validation {
ValidationResult tenantId(const QString&) { return ValidationResult::invalid({}); }
ValidationResult dnsLabel(const QString&) { return ValidationResult::invalid({}); }
ValidationResult serviceAccountName(const QString&) { return ValidationResult::invalid({}); }
ValidationResult apiTokenName(const QString&) { return ValidationResult::invalid({}); }
ValidationResult email(const QString&) { return ValidationResult::invalid({}); }
ValidationResult isoDuration(const QString&) { return ValidationResult::invalid({}); }
ValidationResult tokenMaxAge(const QString&) { return ValidationResult::invalid({}); }
ValidationResult requiredName(const QString&, const QString&) { return ValidationResult::invalid({}); }
QString durationFromDays(int) { return {}; }
} // namespace validation

ProfileStore::ProfileStore(QSettings& settings) : m_settings(settings) { }
QList<ConnectionProfile> ProfileStore::list() const { return {}; }
std::optional<ConnectionProfile> ProfileStore::findById(const QString&) const { return {}; }
std::optional<ConnectionProfile> ProfileStore::findByName(const QString&) const { return {}; }
Result<ConnectionProfile> ProfileStore::save(ConnectionProfile) { return Result<ConnectionProfile>::failure({}); }
bool ProfileStore::remove(const QString&) { return false; }

bool environmentDefinesProfile(const QProcessEnvironment&) { return false; }
Result<SessionProfile> profileFromEnvironment(const QProcessEnvironment&) { return Result<SessionProfile>::failure({}); }

} // namespace ktc
