#pragma once

#include "core/ApiToken.h"
#include "models/PagedListModel.h"

namespace ktc::models {

// The API tokens of a user, a service account or the signed-in user: metadata only (the
// secret is never listed). Token lists are not paged, so this model is always static.
class ApiTokenModel final : public PagedListModel<ApiToken>
{
    Q_OBJECT

public:
    enum Column { Name, Description, Prefix, Issued, Expires, LastUsed, Extended, Expired, ColumnCount };
    Q_ENUM(Column)

    // What the token families answer (MeApi::listTokens, UserTokensApi::list...).
    using TokenListFetcher = std::function<api::RequestId(QObject* context, api::ApiCallback<ApiTokenList>)>;

    using PagedListModel::PagedListModel;

    void setTokenFetcher(TokenListFetcher fetcher, Canceller canceller = {});

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant itemData(const ApiToken& token, int column, int role) const override;

private:
    static QVariant dateData(const QDateTime& when, int role, const QString& whenInvalid);
};

} // namespace ktc::models
