// The --seed demo organisation: three ACME tenants with people, teams, custom roles, scoped and
// tenant-wide bindings, automation accounts and pending invitations.
#include "Seeder.h"

#include "Database.h"
#include "IamViews.h"
#include "Rbac.h"
#include "SandboxContext.h"
#include "TenantRoutes.h"
#include "TokenService.h"

#include <QDateTime>
#include <QHash>

using namespace Qt::StringLiterals;

namespace ktc::sandbox {

namespace {
struct Person
{
    const char* first;
    const char* last;
    const char* email;
    const char* tenants; // comma-separated
};

const Person kPeople[] = {
    {"Alice", "Martin", "alice.martin@acme.com", "acme-dev,acme-prod"},
    {"Bruno", "Costa", "bruno.costa@acme.com", "acme-dev,acme-prod"},
    {"Chloé", "Dubois", "chloe.dubois@acme.com", "acme-dev"},
    {"Daniel", "Kim", "daniel.kim@acme.com", "acme-dev,data-team"},
    {"Emma", "Schmidt", "emma.schmidt@acme.com", "data-team"},
    {"Farid", "Haddad", "farid.haddad@acme.com", "acme-prod"},
    {"Grace", "Okafor", "grace.okafor@acme.com", "acme-dev,acme-prod"},
    {"Hiroshi", "Tanaka", "hiroshi.tanaka@acme.com", "data-team"},
    {"Isabel", "García", "isabel.garcia@acme.com", "acme-dev"},
    {"Jonas", "Berg", "jonas.berg@acme.com", "acme-prod"},
    {"Katarzyna", "Nowak", "katarzyna.nowak@acme.com", "acme-dev,data-team"},
    {"Liam", "O'Brien", "liam.obrien@acme.com", "acme-dev"},
    {"Maya", "Patel", "maya.patel@acme.com", "data-team"},
    {"Noah", "Fischer", "noah.fischer@acme.com", "acme-prod"},
    {"Olivia", "Rossi", "olivia.rossi@acme.com", "acme-dev,data-team"},
    {"Pedro", "Almeida", "pedro.almeida@acme.com", "acme-prod"},
    {"Quentin", "Moreau", "quentin.moreau@acme.com", "acme-dev"},
    {"Ravi", "Sharma", "ravi.sharma@acme.com", "data-team"},
    {"Sofia", "Lindqvist", "sofia.lindqvist@acme.com", "acme-prod,data-team"},
    {"Tomás", "Novák", "tomas.novak@acme.com", "acme-dev"},
    {"Uma", "Reddy", "uma.reddy@acme.com", "data-team"},
    {"Victor", "Ivanov", "victor.ivanov@acme.com", "acme-prod"},
    {"Wen", "Li", "wen.li@acme.com", "acme-dev,acme-prod,data-team"},
    {"Yasmin", "Farouk", "yasmin.farouk@acme.com", "data-team"},
};

QByteArray perms(std::initializer_list<std::pair<const char*, std::initializer_list<const char*>>> list)
{
    Rbac::Permissions p;
    for (const auto& [res, actions] : list) {
        QStringList a;
        for (const char* x : actions)
            a << QString::fromUtf8(x);
        p.append({QString::fromUtf8(res), a});
    }
    return Rbac::permissionsJson(p);
}
} // namespace

void Seeder::seedDemo()
{
    Database& db = m_ctx.db;
    Database::Transaction tx(db);
    const QList<QPair<QString, QString>> tenants = {
        {u"acme-dev"_s, u"ACME Development"_s}, {u"acme-prod"_s, u"ACME Production"_s}, {u"data-team"_s, u"Data Team"_s}};
    for (const auto& [id, name] : tenants) {
        const Json t = {{"id", s(id)}, {"name", s(name)}, {"deleted", false},
                        {"storageType", "s3"},
                        {"secretType", "vault"}, {"requireExistingNamespace", false}, {"outputsInInternalStorage", true}};
        TenantRoutes::createTenant(m_ctx, toBytes(t));
    }

    QHash<QString, QString> u; // first name -> id
    for (const Person& p : kPeople)
        u.insert(QString::fromUtf8(p.first),
                 createUser(QString::fromUtf8(p.email), QString::fromUtf8(p.first), QString::fromUtf8(p.last),
                            QString::fromUtf8(p.tenants).split(QLatin1Char(','))));

    // acme-dev
    const QString platform = createGroup(u"acme-dev"_s, u"platform-engineers"_s, u"Owns the Kestra platform and CI"_s);
    addMember(platform, u.value(u"Alice"_s), true);
    for (const char* m : {"Bruno", "Grace", "Wen", "Liam"})
        addMember(platform, u.value(QString::fromUtf8(m)));
    const QString developers = createGroup(u"acme-dev"_s, u"developers"_s, u"Application developers"_s);
    addMember(developers, u.value(u"Chloé"_s), true);
    for (const char* m : {"Isabel", "Quentin", "Tomás", "Olivia", "Daniel", "Katarzyna"})
        addMember(developers, u.value(QString::fromUtf8(m)));
    const QString okta = createGroup(u"acme-dev"_s, u"okta-engineering"_s, u"Provisioned by Okta (SCIM)"_s, u"okta-scim"_s);
    for (const char* m : {"Isabel", "Quentin", "Liam", "Tomás"})
        addMember(okta, u.value(QString::fromUtf8(m)));
    const QString maintainer = createRole(u"acme-dev"_s, u"Namespace Maintainer"_s, u"Maintains flows and files of a namespace"_s,
        perms({{"FLOW", {"VIEW", "LIST", "CREATE", "UPDATE", "DELETE", "EXECUTE", "VALIDATE"}},
               {"NAMESPACE", {"VIEW", "LIST", "UPDATE", "MANAGE_FILES"}},
               {"KVSTORE", {"VIEW", "LIST", "CREATE", "UPDATE", "DELETE"}},
               {"SECRET", {"VIEW", "LIST"}},
               {"EXECUTION", {"VIEW", "LIST", "RESTART", "KILL", "ACCESS_LOGS"}}}));
    bind(u"acme-dev"_s, u"GROUP"_s, platform, roleId(u"acme-dev"_s, u"Admin"_s));
    bind(u"acme-dev"_s, u"GROUP"_s, developers, roleId(u"acme-dev"_s, u"Developer"_s), u"acme.payments"_s);
    bind(u"acme-dev"_s, u"GROUP"_s, okta, roleId(u"acme-dev"_s, u"Viewer"_s));
    bind(u"acme-dev"_s, u"USER"_s, u.value(u"Chloé"_s), maintainer, u"acme.payments"_s);
    bind(u"acme-dev"_s, u"USER"_s, u.value(u"Daniel"_s), roleId(u"acme-dev"_s, u"Editor"_s), u"acme.analytics"_s);
    bind(u"acme-dev"_s, u"USER"_s, u.value(u"Alice"_s), roleId(u"acme-dev"_s, u"Admin"_s));

    // acme-prod
    const QString sre = createGroup(u"acme-prod"_s, u"sre"_s, u"Site reliability engineering, on call"_s);
    addMember(sre, u.value(u"Farid"_s), true);
    for (const char* m : {"Jonas", "Noah", "Victor", "Alice"})
        addMember(sre, u.value(QString::fromUtf8(m)));
    const QString release = createGroup(u"acme-prod"_s, u"release-managers"_s, u"Approve and launch production releases"_s);
    addMember(release, u.value(u"Grace"_s), true);
    for (const char* m : {"Pedro", "Sofia", "Bruno"})
        addMember(release, u.value(QString::fromUtf8(m)));
    const QString responder = createRole(u"acme-prod"_s, u"Incident Responder"_s, u"Restarts and kills executions during incidents"_s,
        perms({{"FLOW", {"VIEW", "LIST", "EXECUTE", "DISABLE", "ENABLE"}},
               {"EXECUTION", {"VIEW", "LIST", "RESTART", "KILL", "PAUSE", "RESUME", "ACCESS_LOGS", "FOLLOW"}},
               {"TRIGGER", {"VIEW", "LIST", "DISABLE", "ENABLE", "UNLOCK"}},
               {"AUDITLOG", {"VIEW", "LIST"}}}));
    bind(u"acme-prod"_s, u"GROUP"_s, sre, roleId(u"acme-prod"_s, u"Admin"_s));
    bind(u"acme-prod"_s, u"GROUP"_s, release, roleId(u"acme-prod"_s, u"Launcher"_s), u"acme.releases"_s);
    bind(u"acme-prod"_s, u"USER"_s, u.value(u"Farid"_s), responder, u"acme.ops"_s);
    bind(u"acme-prod"_s, u"USER"_s, u.value(u"Wen"_s), roleId(u"acme-prod"_s, u"Viewer"_s));

    // data-team
    const QString analysts = createGroup(u"data-team"_s, u"analysts"_s, u"BI and reporting"_s);
    addMember(analysts, u.value(u"Emma"_s), true);
    for (const char* m : {"Maya", "Ravi", "Uma", "Yasmin"})
        addMember(analysts, u.value(QString::fromUtf8(m)));
    const QString dataEng = createGroup(u"data-team"_s, u"data-engineers"_s, u"Pipelines and the warehouse"_s);
    addMember(dataEng, u.value(u"Hiroshi"_s), true);
    for (const char* m : {"Daniel", "Katarzyna", "Olivia", "Wen", "Sofia"})
        addMember(dataEng, u.value(QString::fromUtf8(m)));
    const QString analyst = createRole(u"data-team"_s, u"Analyst"_s, u"Runs reports and reads their outputs"_s,
        perms({{"FLOW", {"VIEW", "LIST", "EXECUTE"}},
               {"EXECUTION", {"VIEW", "LIST", "ACCESS_LOGS", "ACCESS_OUTPUTS", "FOLLOW"}},
               {"DASHBOARD", {"VIEW", "LIST", "CREATE", "UPDATE", "DELETE"}},
               {"APP", {"VIEW", "LIST", "EXECUTE"}}}));
    bind(u"data-team"_s, u"GROUP"_s, analysts, analyst, u"data.analytics"_s);
    bind(u"data-team"_s, u"GROUP"_s, dataEng, roleId(u"data-team"_s, u"Developer"_s));
    bind(u"data-team"_s, u"USER"_s, u.value(u"Emma"_s), roleId(u"data-team"_s, u"Admin"_s));

    // automation identities; the seeded tokens' values are thrown away (only prefixes remain)
    auto token = [&db](const QString& owner, const QString& name, const QString& description, const QString& maxAge, bool extended) {
        const auto t = TokenService::generate();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVariant exp;
        if (auto secs = TokenService::parseDuration(maxAge))
            exp = TokenService::iso(now.addSecs(*secs));
        db.exec(u"INSERT INTO api_tokens(id, user_id, name, description, prefix, hash, salt, iat, exp, extended, max_age)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {TokenService::newId(), owner, name, description, t.prefix, t.hash, t.salt, TokenService::iso(now), exp,
                 extended, maxAge.isEmpty() ? QVariant() : QVariant(maxAge)});
    };
    const QString ci = createServiceAccount(u"ci-bot"_s, u"GitHub Actions deploying flows"_s, u"acme-dev"_s);
    token(ci, u"github-actions"_s, u"Repository acme/flows"_s, u"P90D"_s, false);
    bind(u"acme-dev"_s, u"USER"_s, ci, roleId(u"acme-dev"_s, u"Developer"_s));
    addMember(platform, ci);
    const QString deploy = createServiceAccount(u"deploy-bot"_s, u"Argo CD promotions to production"_s, u"acme-prod"_s);
    token(deploy, u"argo-cd"_s, u"Production promotions"_s, QString(), false);
    bind(u"acme-prod"_s, u"USER"_s, deploy, roleId(u"acme-prod"_s, u"Editor"_s), u"acme.releases"_s);
    const QString airflow = createServiceAccount(u"airflow-sync"_s, u"Legacy Airflow bridge"_s, u"data-team"_s);
    token(airflow, u"airflow"_s, u"Nightly sync"_s, u"PT720H"_s, true);
    bind(u"data-team"_s, u"USER"_s, airflow, roleId(u"data-team"_s, u"Launcher"_s), u"data.ingest"_s);
    const QString terraform = createServiceAccount(u"terraform"_s, u"Infrastructure as code for the whole instance"_s, QString(), true);
    for (const auto& t : tenants)
        IamViews::grantAccess(db, t.first, terraform);
    token(terraform, u"terraform-cloud"_s, u"Terraform Cloud workspace"_s, u"P1W"_s, true);

    // pending invitations
    const QString now = TokenService::nowIso();
    const QString later = TokenService::iso(QDateTime::currentDateTimeUtc().addDays(7));
    db.exec(u"INSERT INTO invitations(id, tenant_id, email, status, sent_at, expired_at, super_admin, roles, group_ids)"
            " VALUES (?, 'acme-dev', 'new.hire@acme.com', 'PENDING', ?, ?, 0, ?, ?)"_s,
            {TokenService::newId(), now, later,
             QString(u"[{\"id\":\""_s + roleId(u"acme-dev"_s, u"Developer"_s) + u"\",\"namespaces\":[\"acme.payments\"]}]"_s),
             QString(u"[\""_s + developers + u"\"]"_s)});
    db.exec(u"INSERT INTO invitations(id, tenant_id, email, status, sent_at, expired_at, super_admin, roles, group_ids)"
            " VALUES (?, 'data-team', 'contractor@partner.io', 'PENDING', ?, ?, 0, ?, '[]')"_s,
            {TokenService::newId(), now, later,
             QString(u"[{\"id\":\""_s + roleId(u"data-team"_s, u"Viewer"_s) + u"\",\"namespaces\":[]}]"_s)});
    tx.commit();
}

} // namespace ktc::sandbox
