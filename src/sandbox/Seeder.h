#pragma once

#include <QString>

namespace ktc::sandbox {

struct SandboxContext;

// Fills a new database: the demo organisation, the large benchmark tenant, and the --owner user.
class Seeder
{
public:
    explicit Seeder(SandboxContext& ctx) : m_ctx(ctx) {}

    // Creates the instance owner, or resets its password and owner flag when it exists.
    void ensureOwner(const QString& email, const QString& password);
    void seedDemo();
    void seedLarge();

private:
    QString createUser(const QString& email, const QString& first, const QString& last,
                       const QStringList& tenants);
    QString createGroup(const QString& tenant, const QString& name, const QString& description,
                        const QString& integration = {});
    void addMember(const QString& group, const QString& user, bool owner = false);
    QString roleId(const QString& tenant, const QString& name);
    QString createRole(const QString& tenant, const QString& name, const QString& description,
                       const QByteArray& permissions);
    void bind(const QString& tenant, const QString& type, const QString& externalId,
              const QString& role, const QString& nameSpace = {});
    QString createServiceAccount(const QString& name, const QString& description,
                                 const QString& tenant, bool superAdmin = false);

    SandboxContext& m_ctx;
};

} // namespace ktc::sandbox
