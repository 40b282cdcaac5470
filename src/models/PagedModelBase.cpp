#include "models/PagedModelBase.h"

#include "models/ModelsLogging.h"

#include <QPointer>
#include <QScopedValueRollback>

namespace ktc::models {

PagedModelBase::PagedModelBase(QObject* parent)
    : QAbstractTableModel(parent)
{ }

// Nothing to cancel here: every fetch has this model as its context object, so ApiClient
// aborts it and never calls back once the model is gone.
PagedModelBase::~PagedModelBase() = default;

QString PagedModelBase::errorMessage() const
{
    return m_error ? m_error->message() : QString();
}

void PagedModelBase::setQuery(const api::PageQuery& query)
{
    m_query = query;
    if (m_mode == Mode::Paged && hasSource())
        restart();
}

void PagedModelBase::setSearchText(const QString& text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    if (m_mode == Mode::Static)
        refreshClientView();
    else if (hasSource())
        restart();
}

void PagedModelBase::setPageSize(int size)
{
    size = qBound(1, size, kMaxPageSize);
    if (size == m_pageSize)
        return;
    m_pageSize = size;
    if (m_mode == Mode::Paged && hasSource())
        restart();
}

bool PagedModelBase::isSortable(int column) const
{
    if (column < 0 || column >= columns())
        return false;
    return m_mode == Mode::Static || !sortField(column).isEmpty();
}

void PagedModelBase::reload()
{
    restart();
}

void PagedModelBase::clear()
{
    const State before = m_state;
    {
        QScopedValueRollback defer(m_deferStateSignal, true);
        abandonFetch();
        beginResetModel();
        clearRows();
        m_nextPage = 1;
        m_exhausted = false;
        m_loaded = false;
        m_error.reset();
        m_state = State::Idle;
        endResetModel();
        setTotal(0);
    }
    if (m_state != before)
        Q_EMIT stateChanged();
}

void PagedModelBase::retry()
{
    if (m_state != State::Error)
        return;
    {
        QScopedValueRollback defer(m_deferStateSignal, true);
        m_error.reset();
        m_state = State::Idle;
        startNextFetch();
    }
    Q_EMIT stateChanged(); // it was Error, so it changed
}

PagedModelBase::Canceller PagedModelBase::cancellerFor(api::ApiClient* client)
{
    return [guard = QPointer<api::ApiClient>(client)](api::RequestId id) {
        if (guard)
            guard->cancel(id);
    };
}

int PagedModelBase::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant PagedModelBase::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole || section < 0 || section >= columns())
        return {};
    return columnTitle(section);
}

Qt::ItemFlags PagedModelBase::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return QAbstractTableModel::flags(index) | Qt::ItemNeverHasChildren;
}

bool PagedModelBase::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_mode == Mode::Paged && !m_inFlight && m_state != State::Error
        && !m_exhausted && hasSource();
}

void PagedModelBase::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        startNextFetch();
}

void PagedModelBase::sort(int column, Qt::SortOrder order)
{
    if (column >= columns())
        return;
    column = qMax(column, -1);
    if (m_mode == Mode::Paged && column >= 0 && sortField(column).isEmpty()) {
        qCDebug(lcModels) << metaObject()->className() << "column" << column
                          << "is not sortable on the server";
        return;
    }
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_mode == Mode::Static)
        refreshClientView();
    else if (hasSource())
        restart();
}

QString PagedModelBase::sortField(int) const
{
    return {};
}

void PagedModelBase::restart()
{
    const State before = m_state;
    {
        // One stateChanged for the whole restart, not Idle then Loading.
        QScopedValueRollback defer(m_deferStateSignal, true);
        abandonFetch();
        beginResetModel();
        m_nextPage = 1;
        m_exhausted = false;
        m_loaded = m_mode == Mode::Static && !hasSource();
        m_error.reset();
        m_state = State::Idle;
        resetRows();
        endResetModel();
        setTotal(m_mode == Mode::Static ? rowCount() : 0);
        // A view (or QAbstractItemModelTester) may have asked for page 1 in modelReset already.
        if (m_nextPage == 1)
            startNextFetch();
    }
    if (m_state != before)
        Q_EMIT stateChanged();
}

void PagedModelBase::refreshClientView()
{
    beginResetModel();
    resetRows();
    endResetModel();
    setTotal(rowCount());
}

bool PagedModelBase::isCurrent(quint64 ticket) const
{
    return m_inFlight && m_inFlight->ticket == ticket && m_inFlight->generation == m_generation;
}

void PagedModelBase::finishFetch(quint64 ticket, int received, qint64 serverTotal)
{
    if (!isCurrent(ticket))
        return; // a slot of rowsInserted reset the model
    m_inFlight.reset();
    m_loaded = true;
    if (m_mode == Mode::Paged) {
        ++m_nextPage;
        // An empty page also ends it, in case the server's total promised more than it has.
        m_exhausted = received == 0 || rowCount() >= serverTotal;
        setTotal(qMax(serverTotal, qint64(rowCount())));
    } else {
        m_exhausted = true;
        setTotal(rowCount());
    }
    setState(State::Idle);
}

void PagedModelBase::failFetch(quint64 ticket, const api::ApiError& error)
{
    if (!isCurrent(ticket))
        return;
    m_inFlight.reset();
    if (error.kind() == api::ApiError::Kind::Cancelled) {
        // Cancelled by someone else (sign-out cancels everything): not an error to show.
        setState(State::Idle);
        return;
    }
    qCInfo(lcModels).noquote() << metaObject()->className() << "fetch failed:" << error.message();
    m_error = error;
    setState(State::Error);
}

void PagedModelBase::adjustTotal(qint64 delta)
{
    setTotal(qMax<qint64>(0, m_total + delta));
}

void PagedModelBase::columnChanged(int column)
{
    const int rows = rowCount();
    if (rows > 0 && column >= 0 && column < columns())
        Q_EMIT dataChanged(index(0, column), index(rows - 1, column));
}

QString PagedModelBase::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

bool PagedModelBase::rawLess(const QVariant& left, const QVariant& right)
{
    if (!left.isValid() || !right.isValid())
        return !left.isValid() && right.isValid();
    if (left.typeId() == QMetaType::QString && right.typeId() == QMetaType::QString)
        return QString::compare(left.toString(), right.toString(), Qt::CaseInsensitive) < 0;
    if (left.typeId() == QMetaType::QStringList && right.typeId() == QMetaType::QStringList)
        return QString::compare(
                   left.toStringList().join(u','), right.toStringList().join(u','), Qt::CaseInsensitive)
            < 0;
    return QVariant::compare(left, right) == QPartialOrdering::Less;
}

void PagedModelBase::startNextFetch()
{
    if (m_inFlight || m_exhausted || m_state == State::Error || !hasSource())
        return;
    const quint64 ticket = ++m_lastTicket;
    m_inFlight = InFlight { ticket, m_generation, 0 };
    setState(State::Loading);
    if (!isCurrent(ticket))
        return; // a stateChanged slot reset the model
    api::RequestId id = 0;
    {
        QScopedValueRollback starting(m_startingFetch, true);
        id = startFetch(pageQuery(m_nextPage), ticket);
    }
    if (isCurrent(ticket))
        m_inFlight->id = id;
}

void PagedModelBase::abandonFetch()
{
    ++m_generation;
    if (!m_inFlight)
        return;
    const api::RequestId id = m_inFlight->id;
    m_inFlight.reset();
    qCDebug(lcModels) << metaObject()->className() << "abandoned request" << id;
    if (id != 0 && m_canceller)
        m_canceller(id); // a Cancelled completion it causes is no longer current: dropped
}

void PagedModelBase::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (!m_deferStateSignal)
        Q_EMIT stateChanged();
}

void PagedModelBase::setTotal(qint64 total)
{
    if (m_total == total)
        return;
    m_total = total;
    Q_EMIT totalChanged(total);
}

api::PageQuery PagedModelBase::pageQuery(int page) const
{
    api::PageQuery query = m_query;
    query.page = page;
    query.size = m_pageSize;
    if (!m_searchText.trimmed().isEmpty())
        query.setText(m_searchText);
    if (m_sortColumn >= 0) {
        const QString field = sortField(m_sortColumn);
        if (!field.isEmpty()) {
            query.sort.clear();
            query.addSort(field, m_sortOrder == Qt::AscendingOrder);
        }
    }
    return query;
}

} // namespace ktc::models
