#include "core/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ktc::validation {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("ktc::validation", text); }

bool matches(const QRegularExpression& re, const QString& text)
{
    return re.match(text).hasMatch();
}

} // namespace

ValidationResult tenantId(const QString& id)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9_-]*\\z"));
    if (matches(re, id))
        return ValidationResult::valid();
    return ValidationResult::invalid(
        tr("A tenant id starts with a lower-case letter or digit and contains only lower-case letters, "
           "digits, '-' and '_'."));
}

ValidationResult dnsLabel(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^(?=.{1,63}\\z)[a-z0-9]+(?:-[a-z0-9]+)*\\z"));
    if (matches(re, name))
        return ValidationResult::valid();
    return ValidationResult::invalid(
        tr("Use 1 to 63 lower-case letters, digits and single hyphens, starting and ending with a "
           "letter or digit (for example \"ci-bot\")."));
}

ValidationResult serviceAccountName(const QString& name) { return dnsLabel(name); }

ValidationResult apiTokenName(const QString& name) { return dnsLabel(name); }

ValidationResult email(const QString& address)
{
    // Deliberately loose: one '@', no spaces, a dot in the domain. The server decides the rest.
    static const QRegularExpression re(
        QStringLiteral("^[^@\\s]+@[^@\\s.]+(?:\\.[^@\\s.]+)+\\z"));
    if (address.size() <= 254 && matches(re, address))
        return ValidationResult::valid();
    return ValidationResult::invalid(tr("Enter an e-mail address such as name@example.com."));
}

ValidationResult isoDuration(const QString& duration)
{
    // Date part, then an optional time part; every component optional, but at least one present
    // overall and at least one after a 'T'. Fractions only on the seconds.
    static const QRegularExpression re(QStringLiteral(
        "^P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?"
        "(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:[.,]\\d+)?)S)?)?\\z"));
    const auto m = re.match(duration);
    bool ok = m.hasMatch();
    if (ok) {
        bool any = false;
        for (int i = 1; i <= 7; ++i)
            any = any || m.capturedLength(i) > 0;
        const bool hasTime = duration.contains(u'T');
        const bool anyTime = m.capturedLength(5) > 0 || m.capturedLength(6) > 0 || m.capturedLength(7) > 0;
        ok = any && (!hasTime || anyTime);
    }
    if (ok)
        return ValidationResult::valid();
    return ValidationResult::invalid(
        tr("Enter an ISO-8601 duration such as P30D (30 days), P2W (2 weeks) or PT12H (12 hours)."));
}

ValidationResult tokenMaxAge(const QString& maxAge)
{
    if (maxAge.isEmpty())
        return ValidationResult::valid();
    return isoDuration(maxAge);
}

ValidationResult requiredName(const QString& value, const QString& what)
{
    if (!value.trimmed().isEmpty())
        return ValidationResult::valid();
    return ValidationResult::invalid(
        QCoreApplication::translate("ktc::validation", "%1 is required.").arg(what));
}

QString durationFromDays(int days)
{
    if (days <= 0)
        return {};
    return u'P' + QString::number(days) + u'D';
}

} // namespace ktc::validation
