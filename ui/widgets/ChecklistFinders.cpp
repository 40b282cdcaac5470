#include "ChecklistFinders.h"

#include "api/GroupsApi.h"
#include "api/TenantAccessApi.h"

namespace ktc::ui::checklistFinders {

namespace {
api::PageQuery searchQuery(const QString& text, const QString& sortField)
{
    api::PageQuery query;
    query.size = 100;
    query.addSort(sortField);
    if (!text.isEmpty())
        query.setText(text);
    return query;
}
} // namespace

SearchChecklist::Finder groups(api::ApiClient* client, const QString& tenantId)
{
    return [client, tenantId](const QString& text, QObject* context, SearchChecklist::Reply reply) {
        api::GroupsApi(client).search(tenantId, searchQuery(text, QStringLiteral("name")), context,
                                      [reply](const api::ApiResult<Page<GroupSummary>>& result) {
                                          QList<SearchChecklist::Item> items;
                                          if (!result)
                                              return reply(items, result.error().message());
                                          for (const GroupSummary& group : result->results)
                                              items.append({group.id, group.name});
                                          reply(items, QString());
                                      });
    };
}

SearchChecklist::Finder users(api::ApiClient* client, const QString& tenantId)
{
    return [client, tenantId](const QString& text, QObject* context, SearchChecklist::Reply reply) {
        api::TenantAccessApi(client).list(tenantId, searchQuery(text, QStringLiteral("username")), context,
                                          [reply](const api::ApiResult<Page<TenantAccessUser>>& result) {
                                              QList<SearchChecklist::Item> items;
                                              if (!result)
                                                  return reply(items, result.error().message());
                                              for (const TenantAccessUser& user : result->results) {
                                                  const QString label = user.displayName.isEmpty()
                                                      ? user.username
                                                      : QStringLiteral("%1 <%2>").arg(user.displayName, user.username);
                                                  items.append({user.id, label});
                                              }
                                              reply(items, QString());
                                          });
    };
}

} // namespace ktc::ui::checklistFinders
