#pragma once

#include "api/ApiResult.h"
#include "core/Page.h"
#include "models/ModelsLogging.h"
#include "models/PagedModelBase.h"

#include <QList>
#include <QSet>
#include <algorithm>
#include <functional>
#include <optional>

namespace ktc::models {

// PagedModelBase over a QList<T> (T has a QString `id`), fed page by page by a Fetcher, or as a
// whole by a ListFetcher or setItems() (static mode). Concrete models add columns and itemData().
template <class T> class PagedListModel : public PagedModelBase
{
public:
    // Sends one page request; the model passes itself as `context`, so a model destroyed while
    // the request is in flight is never called back (ApiClient's contract).
    using Fetcher
        = std::function<api::RequestId(const api::PageQuery&, QObject* context, api::ApiCallback<Page<T>>)>;
    // Sends the request for a list that is not paged.
    using ListFetcher = std::function<api::RequestId(QObject* context, api::ApiCallback<QList<T>>)>;

    explicit PagedListModel(QObject* parent = nullptr)
        : PagedModelBase(parent)
    { }

    // Paged mode. A new tenant (or any other new source) is a new fetcher: resets, loads page 1,
    // and the replies still coming for the old one are dropped.
    void setFetcher(Fetcher fetcher, Canceller canceller = {})
    {
        abandonFetch(); // with the old canceller: the ids belong to the old source
        m_fetcher = std::move(fetcher);
        m_listFetcher = {};
        m_all.clear();
        setMode(Mode::Paged);
        setCanceller(std::move(canceller));
        restart();
    }

    // Static mode, the list loaded with `fetcher` (and again on reload()).
    void setListFetcher(ListFetcher fetcher, Canceller canceller = {})
    {
        abandonFetch();
        m_fetcher = {};
        m_listFetcher = std::move(fetcher);
        m_all.clear();
        setMode(Mode::Static);
        setCanceller(std::move(canceller));
        restart();
    }

    // Static mode with a list already at hand (e.g. the tenants of /api/v1/me).
    void setItems(QList<T> items)
    {
        abandonFetch();
        m_fetcher = {};
        m_listFetcher = {};
        m_all = std::move(items);
        setMode(Mode::Static);
        restart();
    }

    const T& itemAt(int row) const { return m_items.at(row); }
    const QList<T>& items() const { return m_items; }

    std::optional<int> rowOf(const QString& id) const
    {
        for (int row = 0; row < m_items.size(); ++row) {
            if (m_items.at(row).id == id)
                return row;
        }
        return std::nullopt;
    }

    // Local changes after a create/update/delete succeeded, so that the view needs no reload.
    bool updateItem(const T& item)
    {
        const std::optional<int> row = rowOf(item.id);
        if (!row)
            return false;
        m_items[*row] = item;
        replaceInAll(item);
        Q_EMIT dataChanged(index(*row, 0), index(*row, columns() - 1));
        return true;
    }

    bool removeItem(const QString& id)
    {
        const std::optional<int> row = rowOf(id);
        if (!row)
            return false;
        beginRemoveRows({}, *row, *row);
        m_items.removeAt(*row);
        endRemoveRows();
        m_ids.remove(id);
        m_all.removeIf([&id](const T& other) { return other.id == id; });
        adjustTotal(-1);
        return true;
    }

    // Inserts at `row` (the top by default, where a new item is seen); an item already there
    // is updated instead. A later page holding the same item does not add it twice.
    void insertItem(const T& item, int row = 0)
    {
        if (updateItem(item))
            return;
        row = qBound(0, row, int(m_items.size()));
        beginInsertRows({}, row, row);
        m_items.insert(row, item);
        endInsertRows();
        m_ids.insert(item.id);
        if (mode() == Mode::Static)
            m_all.append(item);
        adjustTotal(+1);
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.parent().isValid() || index.row() >= m_items.size()
            || index.column() >= columns())
            return {};
        const T& item = m_items.at(index.row());
        if (role == IdRole)
            return item.id;
        return itemData(item, index.column(), role);
    }

protected:
    // Display, tool tip and raw value (RawValueRole) of one column of one item.
    virtual QVariant itemData(const T& item, int column, int role) const = 0;

private:
    bool hasSource() const override { return mode() == Mode::Paged ? bool(m_fetcher) : bool(m_listFetcher); }

    api::RequestId startFetch(const api::PageQuery& query, quint64 ticket) override
    {
        if (mode() == Mode::Paged) {
            const Fetcher fetcher = m_fetcher; // a copy: the reply may replace m_fetcher
            return fetcher(query, this, replyHandler<Page<T>>(ticket, &PagedListModel::onPage));
        }
        const ListFetcher fetcher = m_listFetcher;
        return fetcher(this, replyHandler<QList<T>>(ticket, &PagedListModel::onList));
    }

    template <class R>
    api::ApiCallback<R> replyHandler(
        quint64 ticket, void (PagedListModel::*handler)(quint64, const api::ApiResult<R>&))
    {
        return [this, ticket, handler](const api::ApiResult<R>& result) {
            if (!isStartingFetch()) {
                (this->*handler)(ticket, result);
                return;
            }
            // Answered before the fetcher returned, i.e. inside fetchMore() or a reset, where
            // views do not expect rows to change: handle it from the event loop instead.
            QMetaObject::invokeMethod(
                this, [this, ticket, handler, result] { (this->*handler)(ticket, result); },
                Qt::QueuedConnection);
        };
    }

    void resetRows() override
    {
        m_items.clear();
        m_ids.clear();
        if (mode() == Mode::Paged)
            return;
        for (const T& item : std::as_const(m_all)) {
            if (matches(item))
                m_items.append(item);
        }
        sortClientSide();
        for (const T& item : std::as_const(m_items))
            m_ids.insert(item.id);
    }

    void clearRows() override
    {
        m_items.clear();
        m_all.clear();
        m_ids.clear();
        m_fetcher = {};
        m_listFetcher = {};
    }

    void onPage(quint64 ticket, const api::ApiResult<Page<T>>& result)
    {
        if (!isCurrent(ticket)) {
            qCDebug(lcModels) << metaObject()->className() << "dropped a stale page reply";
            return;
        }
        if (!result.ok()) {
            failFetch(ticket, result.error());
            return;
        }
        const Page<T>& page = result.value();
        QList<T> fresh;
        fresh.reserve(page.results.size());
        for (const T& item : page.results) {
            if (!m_ids.contains(item.id)) {
                m_ids.insert(item.id);
                fresh.append(item);
            }
        }
        if (!fresh.isEmpty()) {
            const int first = int(m_items.size());
            beginInsertRows({}, first, first + int(fresh.size()) - 1);
            m_items.append(fresh);
            endInsertRows();
        }
        finishFetch(ticket, int(page.results.size()), page.total);
    }

    void onList(quint64 ticket, const api::ApiResult<QList<T>>& result)
    {
        if (!isCurrent(ticket)) {
            qCDebug(lcModels) << metaObject()->className() << "dropped a stale list reply";
            return;
        }
        if (!result.ok()) {
            failFetch(ticket, result.error());
            return;
        }
        m_all = result.value();
        refreshClientView();
        finishFetch(ticket, int(m_all.size()), m_all.size());
    }

    bool matches(const T& item) const
    {
        const QString text = searchText().trimmed();
        if (text.isEmpty())
            return true;
        for (int column = 0; column < columns(); ++column) {
            if (itemData(item, column, Qt::DisplayRole).toString().contains(text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

    void sortClientSide()
    {
        const int column = sortColumn();
        if (column < 0)
            return;
        const bool ascending = sortOrder() == Qt::AscendingOrder;
        std::stable_sort(m_items.begin(), m_items.end(), [this, column, ascending](const T& a, const T& b) {
            const QVariant left = itemData(a, column, RawValueRole);
            const QVariant right = itemData(b, column, RawValueRole);
            return ascending ? rawLess(left, right) : rawLess(right, left);
        });
    }

    void replaceInAll(const T& item)
    {
        for (T& other : m_all) {
            if (other.id == item.id)
                other = item;
        }
    }

    Fetcher m_fetcher;
    ListFetcher m_listFetcher;
    QList<T> m_items; // the rows
    QList<T> m_all; // static mode: the whole list, unfiltered
    QSet<QString> m_ids;
};

} // namespace ktc::models
