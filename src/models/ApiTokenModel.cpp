#include "models/ApiTokenModel.h"

#include <QLocale>

namespace ktc::models {

void ApiTokenModel::setTokenFetcher(TokenListFetcher fetcher, Canceller canceller)
{
    if (!fetcher) {
        setListFetcher({}, std::move(canceller));
        return;
    }
    setListFetcher(
        [fetcher = std::move(fetcher)](QObject* context, api::ApiCallback<QList<ApiToken>> callback) {
            return fetcher(
                context, [callback = std::move(callback)](const api::ApiResult<ApiTokenList>& result) {
                    if (result.ok())
                        callback(result.value().results);
                    else
                        callback(result.error());
                });
        },
        std::move(canceller));
}

QString ApiTokenModel::columnTitle(int column) const
{
    switch (column) {
    case Name:
        return tr("Name");
    case Description:
        return tr("Description");
    case Prefix:
        return tr("Prefix");
    case Issued:
        return tr("Issued");
    case Expires:
        return tr("Expires");
    case LastUsed:
        return tr("Last used");
    case Extended:
        return tr("Extended");
    case Expired:
        return tr("Expired");
    }
    return {};
}

QVariant ApiTokenModel::itemData(const ApiToken& token, int column, int role) const
{
    switch (column) {
    case Issued:
        return dateData(token.iat, role, QString());
    case Expires:
        return dateData(token.exp, role, tr("Never"));
    case LastUsed:
        return dateData(token.lastUsed, role, tr("Never"));
    }
    if (role == Qt::ToolTipRole) {
        if (column == Extended && token.extended)
            return tr("Each use moves the expiry forward");
        if (column == Prefix)
            return tr("The first characters of the token, to recognise it");
        return {};
    }
    const bool raw = role == RawValueRole;
    if (!raw && role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name:
        return token.name;
    case Description:
        return token.description;
    case Prefix:
        return token.prefix;
    case Extended:
        return raw ? QVariant(token.extended) : QVariant(yesNo(token.extended));
    case Expired:
        return raw ? QVariant(token.expired) : QVariant(yesNo(token.expired));
    }
    return {};
}

// Shown in local time and the locale's short format; the tool tip and the raw value keep the
// exact instant.
QVariant ApiTokenModel::dateData(const QDateTime& when, int role, const QString& whenInvalid)
{
    switch (role) {
    case Qt::DisplayRole:
        return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : whenInvalid;
    case Qt::ToolTipRole:
        return when.isValid() ? QVariant(when.toUTC().toString(Qt::ISODate)) : QVariant();
    case RawValueRole:
        return when;
    }
    return {};
}

} // namespace ktc::models
