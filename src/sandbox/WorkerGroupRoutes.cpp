#include "WorkerGroupRoutes.h"

#include "Database.h"
#include "Router.h"
#include "SandboxContext.h"
#include "SandboxJson.h"
#include "TokenService.h"

using namespace Qt::StringLiterals;

namespace ktc::sandbox {

void WorkerGroupRoutes::seedDefaults(Database& db)
{
    const QString now = TokenService::nowIso();
    const QList<QStringList> defaults = {
        {u"default"_s, u"Default"_s, u"Shared workers of the instance"_s},
        {u"gpu-workers"_s, u"GPU workers"_s, u"Workers with CUDA GPUs for ML tasks"_s},
        {u"eu-west"_s, u"EU West"_s, u"Workers in the eu-west region for data residency"_s},
    };
    Database::Transaction tx(db);
    for (const QStringList& w : defaults)
        db.exec(u"INSERT OR IGNORE INTO worker_groups(id, name, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"_s,
                {w.at(0), w.at(1), w.at(2), now, now});
    tx.commit();
}

void WorkerGroupRoutes::install(SandboxContext& ctx, Router& r)
{
    Database& db = ctx.db;
    r.add("GET", u"/api/v1/instance/worker-groups"_s, Access::InstanceOwner, [&db](ApiRequest&) {
        Json list = Json::array();
        QSqlQuery q = db.exec(u"SELECT id, name, description, created_at, updated_at FROM worker_groups ORDER BY id"_s);
        while (q.next())
            list.push_back({{"id", s(q.value(0).toString())},
                            {"name", s(q.value(1).toString())},
                            {"description", nullable(q.value(2))},
                            {"subscriptions", Json::array()},
                            {"tokens", Json::array()},
                            {"deletable", q.value(0).toString() != u"default"_s},
                            {"createdAt", s(q.value(3).toString())},
                            {"updatedAt", s(q.value(4).toString())}});
        return ApiResponse::json(toBytes({{"workerGroups", list}}));
    });
}

} // namespace ktc::sandbox
