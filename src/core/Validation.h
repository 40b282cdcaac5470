#pragma once

#include <QString>

namespace ktc {

// The outcome of one validation rule; `message` is translated and says what is allowed.
struct ValidationResult
{
    bool ok = true;
    QString message;

    explicit operator bool() const { return ok; }
    static ValidationResult valid() { return {}; }
    static ValidationResult invalid(QString why) { return {false, std::move(why)}; }
};

// Every input rule of the console in one place, so the dialogs and the sandbox agree.
namespace validation {

// Tenant id: ^[a-z0-9][a-z0-9_-]*$
ValidationResult tenantId(const QString& id);
// DNS label: ^(?=.{1,63}$)[a-z0-9]+(?:-[a-z0-9]+)*$ (service-account and API-token names).
ValidationResult dnsLabel(const QString& name);
ValidationResult serviceAccountName(const QString& name);
ValidationResult apiTokenName(const QString& name);
// A plausible e-mail address (local@domain.tld); the server has the last word.
ValidationResult email(const QString& address);
// ISO-8601 duration: P[nY][nM][nW][nD][T[nH][nM][nS]], at least one component, no empty T part.
ValidationResult isoDuration(const QString& duration);
// API-token max age: empty (never expires) or an ISO-8601 duration.
ValidationResult tokenMaxAge(const QString& maxAge);
// A required name: not empty and not only white space. `what` names the field in the message.
ValidationResult requiredName(const QString& value, const QString& what);

// The duration string for a preset of whole days ("P30D"); empty for days <= 0 (never expires).
QString durationFromDays(int days);

} // namespace validation

} // namespace ktc
