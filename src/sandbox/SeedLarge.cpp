// The --seed large benchmark tenant: 100,000 users, 1,000 groups, 200 roles, 50,000 bindings,
// inserted in one transaction with prepared statements and no password hashing.
#include "Seeder.h"

#include "Database.h"
#include "IamViews.h"
#include "Rbac.h"
#include "SandboxContext.h"
#include "SandboxLogging.h"
#include "TenantRoutes.h"
#include "TokenService.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace ktc::sandbox {

namespace {
constexpr int kUsers = 100000;
constexpr int kGroups = 1000;
constexpr int kRoles = 200; // including the 5 managed ones
constexpr int kBindings = 50000;

const char* const kFirst[] = {"Ada", "Ben", "Cara", "Dev", "Elif", "Finn", "Gia", "Hugo", "Ines", "Jack",
                              "Kai", "Lena", "Milo", "Nora", "Omar", "Pia", "Quinn", "Rosa", "Sami", "Tara",
                              "Udo", "Vera", "Will", "Xena", "Yuri", "Zoe", "Amir", "Bea", "Cyril", "Dina"};
const char* const kLast[] = {"Adams", "Brown", "Chen", "Diaz", "Evans", "Fontaine", "Gupta", "Hansen", "Ito",
                             "Jensen", "Khan", "Lopez", "Meyer", "Nakamura", "Olsen", "Petrov", "Quist",
                             "Ramos", "Silva", "Turner", "Ueda", "Varga", "Weber", "Xu", "Young", "Zimmer",
                             "Bauer", "Carter", "Dalton", "Eriksen", "Ferrari", "Gallo", "Horvat"};
const char* const kTeams[] = {"payments", "search", "billing", "identity", "mobile", "web", "data", "ml",
                              "infra", "security", "support", "growth", "ads", "maps", "media", "ops"};
} // namespace

void Seeder::seedLarge()
{
    Database& db = m_ctx.db;
    QElapsedTimer timer;
    timer.start();
    // Fixed seed: the large tenant is a benchmark, it should be the same on every run.
    QRandomGenerator rng(20261201);
    auto id = [&rng] {
        static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        QString out(22, Qt::Uninitialized);
        for (int i = 0; i < 22; ++i)
            out[i] = QLatin1Char(alphabet[rng.bounded(62)]);
        return out;
    };

    Database::Transaction tx(db);
    TenantRoutes::createTenant(m_ctx, R"({"id":"large","name":"Large benchmark tenant","deleted":false})");
    const QString now = TokenService::nowIso();

    QStringList users;
    users.reserve(kUsers);
    {
        QSqlQuery insUser = db.prepare(u"INSERT INTO users(id, type, email, first_name, last_name, search, created_at)"
                                       " VALUES (?, 'STANDARD', ?, ?, ?, ?, ?)"_s);
        QSqlQuery insAccess = db.prepare(u"INSERT INTO tenant_access(tenant_id, user_id, created_at) VALUES ('large', ?, ?)"_s);
        const int nf = int(std::size(kFirst));
        const int nl = int(std::size(kLast));
        for (int i = 0; i < kUsers; ++i) {
            const QString uid = id();
            const QString first = QString::fromUtf8(kFirst[i % nf]);
            const QString last = QString::fromUtf8(kLast[(i / nf) % nl]);
            const QString email = QString(first + QLatin1Char('.') + last + QLatin1Char('.') + QString::number(i)
                                          + u"@large.example.com"_s).toLower();
            insUser.addBindValue(uid);
            insUser.addBindValue(email);
            insUser.addBindValue(first);
            insUser.addBindValue(last);
            insUser.addBindValue(IamViews::searchText({uid, email, first, last, first + QLatin1Char(' ') + last}));
            insUser.addBindValue(now);
            db.run(insUser);
            insAccess.addBindValue(uid);
            insAccess.addBindValue(now);
            db.run(insAccess);
            users << uid;
        }
    }
    qCInfo(lcSandbox) << "large: users in" << timer.elapsed() << "ms";

    QStringList groups;
    {
        QSqlQuery insGroup = db.prepare(u"INSERT INTO iam_groups(id, tenant_id, name, description) VALUES (?, 'large', ?, ?)"_s);
        QSqlQuery insMember = db.prepare(u"INSERT INTO group_members(group_id, user_id, membership) VALUES (?, ?, ?)"_s);
        const int nt = int(std::size(kTeams));
        for (int g = 0; g < kGroups; ++g) {
            const QString gid = id();
            const QString team = QString::fromUtf8(kTeams[g % nt]);
            insGroup.addBindValue(gid);
            insGroup.addBindValue(QString(team + u"-team-"_s + QString::number(g)));
            insGroup.addBindValue(QString(u"Squad "_s + QString::number(g) + u" of "_s + team));
            db.run(insGroup);
            groups << gid;
        }
        // every user in one group; the first of each group owns it
        for (int i = 0; i < kUsers; ++i) {
            insMember.addBindValue(groups.at(i % kGroups));
            insMember.addBindValue(users.at(i));
            insMember.addBindValue(i < kGroups ? u"OWNER"_s : u"MEMBER"_s);
            db.run(insMember);
        }
    }

    QStringList roles;
    {
        QSqlQuery managed = db.exec(u"SELECT id FROM roles WHERE tenant_id = 'large'"_s);
        while (managed.next())
            roles << managed.value(0).toString();
        QSqlQuery insRole = db.prepare(u"INSERT INTO roles(id, tenant_id, name, description, permissions, is_default, is_managed)"
                                       " VALUES (?, 'large', ?, ?, ?, 0, 0)"_s);
        const auto& catalog = Rbac::catalog();
        for (int r = int(roles.size()); r < kRoles; ++r) {
            // a few resources with a prefix of their actions, varied per role
            Rbac::Permissions p;
            for (int k = 0; k < 3; ++k) {
                const auto& [res, actions] = catalog.at((r * 7 + k * 5) % catalog.size());
                p.append({res, actions.mid(0, 1 + (r + k) % actions.size())});
            }
            const QString rid = id();
            insRole.addBindValue(rid);
            insRole.addBindValue(QString(u"custom-role-"_s + QString::number(r)));
            insRole.addBindValue(QString(u"Benchmark role "_s + QString::number(r)));
            insRole.addBindValue(QString::fromUtf8(Rbac::permissionsJson(p)));
            db.run(insRole);
            roles << rid;
        }
    }

    {
        QSqlQuery insBinding = db.prepare(u"INSERT INTO bindings(id, tenant_id, type, external_id, role_id, namespace)"
                                          " VALUES (?, 'large', ?, ?, ?, ?)"_s);
        const int nt = int(std::size(kTeams));
        for (int b = 0; b < kBindings; ++b) {
            const bool group = b % 5 == 0; // 10,000 group bindings, 40,000 user bindings
            insBinding.addBindValue(id());
            insBinding.addBindValue(group ? u"GROUP"_s : u"USER"_s);
            insBinding.addBindValue(group ? groups.at((b / 5) % kGroups) : users.at((b * 2) % kUsers));
            insBinding.addBindValue(roles.at(b % kRoles));
            insBinding.addBindValue(b % 3 == 0 ? QVariant() : QVariant(QString(u"company."_s + QString::fromUtf8(kTeams[b % nt]))));
            db.run(insBinding);
        }
    }
    tx.commit();
    db.exec(u"ANALYZE"_s);
    qCInfo(lcSandbox) << "large: seeded in" << timer.elapsed() << "ms";
}

} // namespace ktc::sandbox
