#pragma once

#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "api/PageQuery.h"

#include <QAbstractTableModel>
#include <QString>
#include <functional>
#include <optional>

namespace ktc::models {

// The behaviour every list model of the console shares: server-side search, sort and lazy
// paging with one fetch in flight, stale replies dropped, a loading/error state for the view,
// and a static mode (whole list at hand, filtered and sorted on the client).
class PagedModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class State { Idle, Loading, Error };
    Q_ENUM(State)
    // Paged: pages come from a Fetcher as the view scrolls. Static: the list comes whole.
    enum class Mode { Paged, Static };
    Q_ENUM(Mode)
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the unformatted value (QString, bool, qint64, QDateTime...)
        SortRole = RawValueRole, // for QSortFilterProxyModel::setSortRole
        IdRole = Qt::UserRole + 2, // the item's id, whatever the column
    };
    Q_ENUM(Role)

    using Canceller = std::function<void(api::RequestId)>;

    static constexpr int kDefaultPageSize = 50;
    static constexpr int kMaxPageSize = 1000;

    explicit PagedModelBase(QObject* parent = nullptr);
    ~PagedModelBase() override;

    State state() const { return m_state; }
    bool isLoading() const { return m_state == State::Loading; }
    // Set in state Error: what failed, as ApiError::message() says it.
    const std::optional<api::ApiError>& error() const { return m_error; }
    QString errorMessage() const;
    Mode mode() const { return m_mode; }
    // Matches of the current search: the server's total (paged) or the filtered count (static).
    // rowCount() is what has been loaded so far.
    qint64 total() const { return m_total; }
    // A first page (or the whole list) arrived since the last reset: an empty model then means
    // "nothing matches" rather than "not loaded yet".
    bool hasLoaded() const { return m_loaded; }

    // Extra filters and a default sort; paging, the search text and a sorted column override
    // the corresponding parts. Resets and loads page 1.
    const api::PageQuery& query() const { return m_query; }
    void setQuery(const api::PageQuery& query);
    // Free text (the `q` filter in paged mode, a substring of any column in static mode).
    // Resets and loads page 1; debouncing keystrokes is the view's job.
    const QString& searchText() const { return m_searchText; }
    void setSearchText(const QString& text);
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size);

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Static mode sorts any column; paged mode only the columns with a server sort field.
    bool isSortable(int column) const;

    // Throws away what is loaded and loads page 1 again (F5).
    void reload();
    // Empties the model and forgets its source: nothing loads until a new one is set.
    void clear();
    // After an error: asks again for the page (or list) that failed.
    void retry();

    // A Canceller for requests sent through `client`; safe if the client goes first.
    static Canceller cancellerFor(api::ApiClient* client);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void stateChanged();
    void totalChanged(qint64 total);

protected:
    // What a concrete model adds: its columns and, for paged mode, their server sort fields.
    virtual int columns() const = 0;
    virtual QString columnTitle(int column) const = 0;
    // Empty: the column cannot be sorted by the server.
    virtual QString sortField(int column) const;

    // What PagedListModel<T> adds: the rows and the call to its fetcher.
    virtual bool hasSource() const = 0;
    virtual api::RequestId startFetch(const api::PageQuery& query, quint64 ticket) = 0;
    // Called inside a model reset: paged mode drops the loaded rows, static mode re-filters.
    virtual void resetRows() = 0;
    // Called inside a model reset: drops rows and the source.
    virtual void clearRows() = 0;

    void setMode(Mode mode) { m_mode = mode; }
    void setCanceller(Canceller canceller) { m_canceller = std::move(canceller); }
    // Starts over from page 1 with the current source, query and sort.
    void restart();
    // Static mode: re-filters and re-sorts the rows at hand, without a request.
    void refreshClientView();
    // Drops the fetch in flight (cancelled where possible): its reply will not be shown.
    void abandonFetch();

    // For the reply callbacks: only the reply to the fetch in flight of this generation counts.
    bool isCurrent(quint64 ticket) const;
    // True while startFetch() runs: a reply arriving then is synchronous.
    bool isStartingFetch() const { return m_startingFetch; }
    void finishFetch(quint64 ticket, int received, qint64 serverTotal);
    void failFetch(quint64 ticket, const api::ApiError& error);
    void adjustTotal(qint64 delta);
    // dataChanged for one column of every row (extra data such as names or counts arrived).
    void columnChanged(int column);

    static QString yesNo(bool value);
    // The client-side order of raw values: strings without case, null first.
    static bool rawLess(const QVariant& left, const QVariant& right);

private:
    struct InFlight
    {
        quint64 ticket = 0;
        quint64 generation = 0;
        api::RequestId id = 0;
    };

    void startNextFetch();
    void setState(State state);
    void setTotal(qint64 total);
    api::PageQuery pageQuery(int page) const;

    State m_state = State::Idle;
    Mode m_mode = Mode::Paged;
    std::optional<api::ApiError> m_error;
    api::PageQuery m_query;
    QString m_searchText;
    int m_pageSize = kDefaultPageSize;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    Canceller m_canceller;
    std::optional<InFlight> m_inFlight;
    quint64 m_generation = 0;
    quint64 m_lastTicket = 0;
    int m_nextPage = 1;
    bool m_exhausted = false;
    bool m_loaded = false;
    bool m_deferStateSignal = false;
    bool m_startingFetch = false;
    qint64 m_total = 0;
};

} // namespace ktc::models
