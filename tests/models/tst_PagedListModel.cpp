// The shared behaviour of the list models (PagedModelBase/PagedListModel), driven through
// GroupListModel by a scripted fetcher whose replies arrive exactly when each test says:
// lazy paging, one fetch in flight, stale replies dropped, errors and retry, sort, static
// mode, local updates, and a model destroyed with a request in flight.
#include "models/GroupListModel.h"
#include "models/ScriptedFetcher.h"
#include "support/TestMain.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <memory>

using namespace ktc;
using namespace ktc::models;
using namespace ktc::test;

namespace {

using Tester = QAbstractItemModelTester;

GroupSummary group(int n, const QString& prefix = QStringLiteral("g"))
{
    GroupSummary g;
    g.id = prefix + QString::number(n);
    g.name = QStringLiteral("Group %1").arg(n);
    g.description = QStringLiteral("Team %1").arg(n);
    return g;
}

Page<GroupSummary> page(int first, int count, qint64 total, const QString& prefix = QStringLiteral("g"))
{
    Page<GroupSummary> p;
    for (int i = first; i < first + count; ++i)
        p.results.append(group(i, prefix));
    p.total = total;
    return p;
}

QStringList names(const GroupListModel& model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, GroupListModel::Name).data().toString());
    return result;
}

api::ApiError serverError()
{
    api::ApiError error(api::ApiError::Kind::Server, "GET", QStringLiteral("/api/v1/dev/groups/search"));
    error.setStatus(500).setServerMessage(QStringLiteral("database unavailable"));
    return error;
}

// Every test runs the model under QAbstractItemModelTester in Fatal mode.
struct Fixture
{
    GroupListModel model;
    ScriptedFetcher<GroupSummary> server;
    Tester tester { &model, Tester::FailureReportingMode::Fatal };

    explicit Fixture(int pageSize = 2) { model.setPageSize(pageSize); }
    void connect(bool withCanceller = true)
    {
        model.setFetcher(server.fetcher(), withCanceller ? server.canceller() : PagedModelBase::Canceller());
    }
};

} // namespace

class TestPagedListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstPageLoadsOnSetFetcher()
    {
        Fixture f(25);
        QSignalSpy state(&f.model, &PagedModelBase::stateChanged);
        QCOMPARE(f.model.state(), PagedModelBase::State::Idle);
        f.connect();
        QCOMPARE(f.server.count(), 1);
        QCOMPARE(f.server.last().query.page, 1);
        QCOMPARE(f.server.last().query.size, 25);
        QCOMPARE(f.model.state(), PagedModelBase::State::Loading);
        QCOMPARE(state.count(), 1);
        QVERIFY(!f.model.hasLoaded());
        QVERIFY(!f.model.canFetchMore({}));

        QSignalSpy total(&f.model, &PagedModelBase::totalChanged);
        f.server.reply(0, page(1, 3, 3));
        QCOMPARE(f.model.rowCount(), 3);
        QCOMPARE(f.model.total(), 3);
        QCOMPARE(total.count(), 1);
        QCOMPARE(total.first().first().toLongLong(), 3);
        QCOMPARE(f.model.state(), PagedModelBase::State::Idle);
        QCOMPARE(state.count(), 2);
        QVERIFY(f.model.hasLoaded());
        QVERIFY(!f.model.canFetchMore({})); // all three are there
        QCOMPARE(f.server.count(), 1);
    }

    void stateSignalsOnlyRealChanges()
    {
        Fixture f(2);
        f.connect();
        QSignalSpy state(&f.model, &PagedModelBase::stateChanged);
        f.model.setSearchText(QStringLiteral("a")); // Loading -> (reset) -> Loading
        f.model.reload();
        QCOMPARE(state.count(), 0);
        f.server.reply(2, page(1, 1, 1));
        QCOMPARE(state.count(), 1);
        f.model.clear();
        QCOMPARE(state.count(), 1); // Idle stays Idle
    }

    void fetchMoreLoadsNextPageAndStopsAtTotal()
    {
        Fixture f(2);
        f.connect();
        f.server.reply(0, page(1, 2, 5));
        QCOMPARE(f.model.rowCount(), 2);
        QCOMPARE(f.model.total(), 5);
        QCOMPARE(f.server.count(), 1); // nothing more until the view scrolls
        QVERIFY(f.model.canFetchMore({}));

        f.model.fetchMore({});
        QCOMPARE(f.server.count(), 2);
        QCOMPARE(f.server.last().query.page, 2);
        QCOMPARE(f.server.last().query.size, 2);
        f.server.reply(1, page(3, 2, 5));
        QCOMPARE(f.model.rowCount(), 4);

        f.model.fetchMore({});
        QCOMPARE(f.server.last().query.page, 3);
        f.server.reply(2, page(5, 1, 5));
        QCOMPARE(f.model.rowCount(), 5);
        QCOMPARE(names(f.model).last(), QStringLiteral("Group 5"));

        QVERIFY(!f.model.canFetchMore({}));
        f.model.fetchMore({});
        QCOMPARE(f.server.count(), 3);
    }

    void fetchMoreWhileLoadingSendsNothing()
    {
        Fixture f(2);
        f.connect();
        f.model.fetchMore({}); // page 1 still in flight
        QCOMPARE(f.server.count(), 1);
        f.server.reply(0, page(1, 2, 6));
        f.model.fetchMore({});
        QVERIFY(!f.model.canFetchMore({}));
        f.model.fetchMore({});
        f.model.fetchMore({});
        QCOMPARE(f.server.count(), 2);
        QCOMPARE(f.server.pending(), 1);
        QCOMPARE(f.model.state(), PagedModelBase::State::Loading);
    }

    void emptyPageEndsPagingWhenTheTotalPromisedMore()
    {
        Fixture f(2);
        f.connect();
        f.server.reply(0, page(1, 2, 10));
        f.model.fetchMore({});
        f.server.reply(1, page(3, 0, 10));
        QCOMPARE(f.model.rowCount(), 2);
        QVERIFY(!f.model.canFetchMore({}));
        QCOMPARE(f.model.total(), 10);
    }

    void duplicateItemsInALaterPageAreNotAddedTwice()
    {
        Fixture f(2);
        f.connect();
        f.server.reply(0, page(1, 2, 4));
        f.model.insertItem(group(3)); // created locally, also on the server's page 2 now
        QCOMPARE(f.model.rowCount(), 3);
        f.model.fetchMore({});
        f.server.reply(1, page(3, 2, 5));
        QCOMPARE(names(f.model),
            (QStringList { QStringLiteral("Group 3"), QStringLiteral("Group 1"), QStringLiteral("Group 2"),
                QStringLiteral("Group 4") }));
    }

    void staleReplyAfterSearchIsDropped_data()
    {
        QTest::addColumn<bool>("canceller");
        QTest::addColumn<bool>("oldArrivesFirst");
        QTest::newRow("cancelled") << true << false;
        QTest::newRow("not cancellable, old reply after new") << false << false;
        QTest::newRow("not cancellable, old reply before new") << false << true;
    }
    void staleReplyAfterSearchIsDropped()
    {
        QFETCH(bool, canceller);
        QFETCH(bool, oldArrivesFirst);
        Fixture f(2);
        f.connect(canceller);
        f.model.setSearchText(QStringLiteral("ops"));
        QCOMPARE(f.server.count(), 2);
        QCOMPARE(f.server.last().query.text(), QStringLiteral("ops"));
        QCOMPARE(f.server.last().query.page, 1);
        if (canceller)
            QCOMPARE(f.server.cancelled(), QList<api::RequestId> { f.server.call(0).id });
        QCOMPARE(f.model.state(), PagedModelBase::State::Loading);

        if (oldArrivesFirst) {
            f.server.reply(0, page(1, 2, 40, QStringLiteral("old")));
            QCOMPARE(f.model.rowCount(), 0);
            QCOMPARE(f.model.state(), PagedModelBase::State::Loading);
            QCOMPARE(f.model.total(), 0);
        }
        f.server.reply(1, page(7, 1, 1, QStringLiteral("ops")));
        f.server.reply(0, page(1, 2, 40, QStringLiteral("old")));
        QCOMPARE(f.model.rowCount(), 1);
        QCOMPARE(f.model.index(0, 0).data(PagedModelBase::IdRole).toString(), QStringLiteral("ops7"));
        QCOMPARE(f.model.total(), 1);
        QCOMPARE(f.model.state(), PagedModelBase::State::Idle);
        QVERIFY(!f.model.canFetchMore({}));
    }

    void staleReplyAfterTenantChangeIsDropped()
    {
        Fixture f(2);
        ScriptedFetcher<GroupSummary> other;
        f.connect(false);
        f.server.reply(0, page(1, 2, 9, QStringLiteral("a")));
        f.model.fetchMore({}); // tenant A, page 2 in flight
        QCOMPARE(f.server.pending(), 1);

        f.model.setFetcher(other.fetcher(), other.canceller()); // tenant B
        QCOMPARE(f.model.rowCount(), 0);
        QCOMPARE(other.count(), 1);
        QCOMPARE(other.last().query.page, 1);
        other.reply(0, page(1, 1, 1, QStringLiteral("b")));
        f.server.reply(1, page(3, 2, 9, QStringLiteral("a"))); // A's page 2 arrives after B's page 1
        QCOMPARE(f.model.rowCount(), 1);
        QCOMPARE(f.model.itemAt(0).id, QStringLiteral("b1"));
        QCOMPARE(f.model.total(), 1);
        QVERIFY(other.cancelled().isEmpty()); // A's request was not B's to cancel
    }

    void staleReplyAfterSortIsDropped()
    {
        Fixture f(2);
        f.connect(false);
        f.model.sort(GroupListModel::Name, Qt::DescendingOrder);
        QCOMPARE(f.server.count(), 2);
        QCOMPARE(f.server.last().query.sort, QStringList { QStringLiteral("name:desc") });
        f.server.reply(1, page(9, 2, 9, QStringLiteral("desc")));
        f.server.reply(0, page(1, 2, 9, QStringLiteral("asc")));
        QCOMPARE(f.model.rowCount(), 2);
        QCOMPARE(f.model.itemAt(0).id, QStringLiteral("desc9"));
        f.model.fetchMore({});
        QCOMPARE(f.server.last().query.sort, QStringList { QStringLiteral("name:desc") });
        QCOMPARE(f.server.last().query.page, 2);
    }

    void sortSendsTheServerField()
    {
        Fixture f(2);
        QVERIFY(f.model.isSortable(GroupListModel::Name));
        QVERIFY(!f.model.isSortable(GroupListModel::Members));
        QVERIFY(!f.model.isSortable(GroupListModel::ColumnCount));
        f.model.sort(GroupListModel::Name, Qt::AscendingOrder); // no source yet: remembered
        QCOMPARE(f.server.count(), 0);
        f.connect();
        QCOMPARE(f.server.last().query.sort, QStringList { QStringLiteral("name:asc") });
        f.model.sort(GroupListModel::Name, Qt::AscendingOrder); // unchanged: no reload
        QCOMPARE(f.server.count(), 1);
        f.model.sort(GroupListModel::Description, Qt::DescendingOrder); // not sortable on the server
        QCOMPARE(f.server.count(), 1);
        QCOMPARE(f.model.sortColumn(), int(GroupListModel::Name));
        f.model.sort(GroupListModel::Name, Qt::DescendingOrder);
        QCOMPARE(f.server.count(), 2);
        QCOMPARE(f.server.last().query.sort, QStringList { QStringLiteral("name:desc") });
        f.model.sort(-1);
        QCOMPARE(f.server.count(), 3);
        QVERIFY(f.server.last().query.sort.isEmpty());
    }

    void queryFiltersAndPageSizeAreSent()
    {
        Fixture f(10);
        api::PageQuery query;
        query.addFilter(QStringLiteral("type"), QStringLiteral("EQUALS"), QStringLiteral("LOCAL"));
        query.addSort(QStringLiteral("id"));
        f.model.setQuery(query);
        f.model.setSearchText(QStringLiteral("  dev  "));
        f.connect();
        const api::PageQuery sent = f.server.last().query;
        QCOMPARE(sent.filterValue(QStringLiteral("type")), QStringLiteral("LOCAL"));
        QCOMPARE(sent.text(), QStringLiteral("dev"));
        QCOMPARE(sent.sort, QStringList { QStringLiteral("id:asc") });
        QCOMPARE(sent.size, 10);
        f.model.setPageSize(100);
        QCOMPARE(f.server.count(), 2);
        QCOMPARE(f.server.last().query.size, 100);
        f.model.setPageSize(100);
        f.model.setSearchText(QStringLiteral("  dev  "));
        QCOMPARE(f.server.count(), 2);
        f.model.setPageSize(0);
        QCOMPARE(f.model.pageSize(), 1);
    }

    void errorStateWithMessageAndRetry()
    {
        Fixture f(2);
        f.connect();
        QSignalSpy state(&f.model, &PagedModelBase::stateChanged);
        f.server.fail(0, serverError());
        QCOMPARE(f.model.state(), PagedModelBase::State::Error);
        QCOMPARE(f.model.errorMessage(), serverError().message());
        QVERIFY(f.model.errorMessage().contains(QStringLiteral("database unavailable")));
        QCOMPARE(f.model.error()->status(), 500);
        QCOMPARE(state.count(), 1);
        QVERIFY(!f.model.canFetchMore({}));
        f.model.fetchMore({}); // a view scrolling must not hammer a failing server
        QCOMPARE(f.server.count(), 1);

        f.model.retry();
        QCOMPARE(f.server.count(), 2);
        QCOMPARE(f.server.last().query.page, 1);
        QCOMPARE(f.model.state(), PagedModelBase::State::Loading);
        QVERIFY(f.model.errorMessage().isEmpty());
        QCOMPARE(state.count(), 2);
        f.server.reply(1, page(1, 2, 3));
        QCOMPARE(f.model.rowCount(), 2);
        QCOMPARE(f.model.state(), PagedModelBase::State::Idle);

        // A later page fails: the rows stay, and retry asks for that page again.
        f.model.fetchMore({});
        f.server.fail(2, serverError());
        QCOMPARE(f.model.rowCount(), 2);
        QCOMPARE(f.model.state(), PagedModelBase::State::Error);
        f.model.retry();
        QCOMPARE(f.server.last().query.page, 2);
        f.server.reply(3, page(3, 1, 3));
        QCOMPARE(f.model.rowCount(), 3);
        f.model.retry(); // not in error: nothing
        QCOMPARE(f.server.count(), 4);
    }

    void resetClearsTheError()
    {
        Fixture f(2);
        f.connect();
        f.server.fail(0, serverError());
        f.model.reload();
        QCOMPARE(f.model.state(), PagedModelBase::State::Loading);
        QVERIFY(!f.model.error());
        QCOMPARE(f.server.count(), 2);
    }

    void cancelledByOthersIsNotAnError()
    {
        Fixture f(2);
        f.connect();
        f.server.fail(0, api::ApiError(api::ApiError::Kind::Cancelled, "GET", QStringLiteral("/x")));
        QCOMPARE(f.model.state(), PagedModelBase::State::Idle);
        QVERIFY(!f.model.error());
        QVERIFY(f.model.canFetchMore({}));
    }

    void reloadStartsOverAndDropsTheOldReply()
    {
        Fixture f(2);
        f.connect();
        f.server.reply(0, page(1, 2, 4));
        f.model.fetchMore({});
        f.model.reload();
        QCOMPARE(f.model.rowCount(), 0);
        QCOMPARE(f.server.count(), 3);
        QCOMPARE(f.server.last().query.page, 1);
        QCOMPARE(f.server.cancelled(), QList<api::RequestId> { f.server.call(1).id });
        f.server.reply(2, page(1, 2, 4));
        QCOMPARE(f.model.rowCount(), 2);
    }

    void clearForgetsTheSource()
    {
        Fixture f(2);
        f.connect();
        f.server.reply(0, page(1, 2, 4));
        f.model.fetchMore({});
        f.model.clear();
        QCOMPARE(f.model.rowCount(), 0);
        QCOMPARE(f.model.total(), 0);
        QCOMPARE(f.model.state(), PagedModelBase::State::Idle);
        QVERIFY(!f.model.canFetchMore({}));
        f.model.setSearchText(QStringLiteral("x"));
        f.model.reload();
        QCOMPARE(f.server.count(), 2);
        f.server.reply(1, page(3, 2, 4));
        QCOMPARE(f.model.rowCount(), 0);
    }

    void synchronousReplyIsHandled()
    {
        Fixture f(2);
        int calls = 0;
        f.model.setFetcher(
            [&calls](const api::PageQuery& query, QObject*, api::ApiCallback<Page<GroupSummary>> done) {
                ++calls;
                done(page(query.page * 2 - 1, 2, 4));
                return api::RequestId(calls);
            });
        // Not inside setFetcher() (a reset) nor fetchMore(): from the event loop, once.
        QCOMPARE(calls, 1);
        QCOMPARE(f.model.rowCount(), 0);
        QCOMPARE(f.model.state(), PagedModelBase::State::Loading);
        QTRY_COMPARE(f.model.rowCount(), 2);
        QCOMPARE(f.model.state(), PagedModelBase::State::Idle);
        f.model.fetchMore({});
        f.model.fetchMore({});
        QCOMPARE(calls, 2);
        QCOMPARE(f.model.rowCount(), 2);
        QTRY_COMPARE(f.model.rowCount(), 4);
        QVERIFY(!f.model.canFetchMore({}));
        QCOMPARE(calls, 2);
    }

    void localChangesWithoutReload()
    {
        Fixture f(5);
        f.connect();
        f.server.reply(0, page(1, 3, 3));
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        GroupSummary renamed = group(2);
        renamed.name = QStringLiteral("Renamed");
        QVERIFY(f.model.updateItem(renamed));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(f.model.index(1, GroupListModel::Name).data().toString(), QStringLiteral("Renamed"));
        QVERIFY(!f.model.updateItem(group(99)));

        QVERIFY(f.model.removeItem(QStringLiteral("g1")));
        QCOMPARE(f.model.rowCount(), 2);
        QCOMPARE(f.model.total(), 2);
        QVERIFY(!f.model.rowOf(QStringLiteral("g1")));
        QVERIFY(!f.model.removeItem(QStringLiteral("g1")));

        f.model.insertItem(group(7));
        QCOMPARE(f.model.rowOf(QStringLiteral("g7")), std::optional<int>(0));
        QCOMPARE(f.model.total(), 3);
        f.model.insertItem(group(8), 99); // clamped to the end
        QCOMPARE(f.model.rowOf(QStringLiteral("g8")), std::optional<int>(3));
        GroupSummary again = group(7);
        again.description = QStringLiteral("updated");
        f.model.insertItem(again); // already there: an update
        QCOMPARE(f.model.rowCount(), 4);
        QCOMPARE(f.model.itemAt(0).description, QStringLiteral("updated"));
    }

    void staticModeFiltersAndSortsOnTheClient()
    {
        Fixture f;
        QList<GroupSummary> list { group(3), group(1), group(2) };
        list[0].description = QStringLiteral("Operations");
        f.model.setItems(list);
        QCOMPARE(f.model.mode(), PagedModelBase::Mode::Static);
        QCOMPARE(f.model.rowCount(), 3);
        QCOMPARE(f.model.total(), 3);
        QVERIFY(f.model.hasLoaded());
        QVERIFY(!f.model.canFetchMore({}));
        QCOMPARE(f.model.state(), PagedModelBase::State::Idle);
        QVERIFY(f.model.isSortable(GroupListModel::Description));

        f.model.setSearchText(QStringLiteral("operat")); // matches a description
        QCOMPARE(names(f.model), QStringList { QStringLiteral("Group 3") });
        QCOMPARE(f.model.total(), 1);
        f.model.setSearchText(QStringLiteral("GROUP"));
        QCOMPARE(f.model.rowCount(), 3);

        f.model.sort(GroupListModel::Name, Qt::AscendingOrder);
        QCOMPARE(names(f.model),
            (QStringList {
                QStringLiteral("Group 1"), QStringLiteral("Group 2"), QStringLiteral("Group 3") }));
        f.model.sort(GroupListModel::Name, Qt::DescendingOrder);
        QCOMPARE(names(f.model),
            (QStringList {
                QStringLiteral("Group 3"), QStringLiteral("Group 2"), QStringLiteral("Group 1") }));
        f.model.setSearchText(QString());
        f.model.reload();
        QCOMPARE(f.model.rowCount(), 3);
        QCOMPARE(f.server.count(), 0);

        QVERIFY(f.model.removeItem(QStringLiteral("g2")));
        f.model.insertItem(group(4));
        f.model.setSearchText(QStringLiteral("group")); // re-filters the whole list, local changes included
        QCOMPARE(names(f.model),
            (QStringList {
                QStringLiteral("Group 4"), QStringLiteral("Group 3"), QStringLiteral("Group 1") }));

        // Back to paged mode: the static list is gone.
        f.connect();
        QCOMPARE(f.model.mode(), PagedModelBase::Mode::Paged);
        QCOMPARE(f.model.rowCount(), 0);
        QCOMPARE(f.server.last().query.text(), QStringLiteral("group"));
    }

    void listFetcherLoadsTheWholeListAndDropsStaleLists()
    {
        GroupListModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QList<api::ApiCallback<QList<GroupSummary>>> pending;
        model.setListFetcher([&pending](QObject*, api::ApiCallback<QList<GroupSummary>> done) {
            pending.append(std::move(done));
            return api::RequestId(pending.size());
        });
        QCOMPARE(pending.size(), 1);
        QCOMPARE(model.state(), PagedModelBase::State::Loading);
        pending[0](QList<GroupSummary> { group(1), group(2) });
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.hasLoaded());
        QCOMPARE(model.state(), PagedModelBase::State::Idle);

        model.reload(); // keeps the rows on screen until the new list is there
        QCOMPARE(pending.size(), 2);
        QCOMPARE(model.rowCount(), 2);
        model.setSearchText(QStringLiteral("2")); // static: filters, no request
        QCOMPARE(pending.size(), 2);
        QCOMPARE(model.rowCount(), 1);
        model.reload();
        QCOMPARE(pending.size(), 3);
        pending[2](QList<GroupSummary> { group(2), group(12), group(3) });
        pending[1](QList<GroupSummary> { group(5) }); // stale
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.total(), 2);

        model.reload();
        pending[3](
            api::ApiError(api::ApiError::Kind::Forbidden, "GET", QStringLiteral("/api/v1/me/api-tokens")));
        QCOMPARE(model.state(), PagedModelBase::State::Error);
        QCOMPARE(model.rowCount(), 2);
        model.retry();
        QCOMPARE(pending.size(), 5);
    }

    void modelDestroyedWithARequestInFlight()
    {
        ScriptedFetcher<GroupSummary> server;
        auto model = std::make_unique<GroupListModel>();
        {
            Tester tester(model.get(), Tester::FailureReportingMode::Fatal);
            model->setFetcher(server.fetcher(), server.canceller());
            QCOMPARE(server.last().context.data(), static_cast<QObject*>(model.get()));
        }
        model.reset();
        QVERIFY(server.last().context.isNull());
        server.reply(0, page(1, 2, 2)); // must not reach the dead model
    }

    void aSlotResettingTheModelDuringInsertIsSafe()
    {
        Fixture f(2);
        f.connect();
        bool once = true;
        QObject::connect(&f.model, &QAbstractItemModel::rowsInserted, &f.model, [&f, &once] {
            if (std::exchange(once, false))
                f.model.setSearchText(QStringLiteral("again"));
        });
        f.server.reply(0, page(1, 2, 4));
        QCOMPARE(f.model.rowCount(), 0);
        QCOMPARE(f.server.count(), 2);
        QCOMPARE(f.model.state(), PagedModelBase::State::Loading);
        f.server.reply(1, page(1, 1, 1, QStringLiteral("again")));
        QCOMPARE(f.model.rowCount(), 1);
        QCOMPARE(f.model.state(), PagedModelBase::State::Idle);
    }

    void headerAndRawRoles()
    {
        Fixture f;
        f.model.setItems({ group(1) });
        QCOMPARE(f.model.columnCount(), int(GroupListModel::ColumnCount));
        QCOMPARE(f.model.columnCount(f.model.index(0, 0)), 0);
        QCOMPARE(f.model.rowCount(f.model.index(0, 0)), 0);
        QCOMPARE(f.model.headerData(GroupListModel::Name, Qt::Horizontal).toString(), QStringLiteral("Name"));
        QVERIFY(!f.model.headerData(GroupListModel::ColumnCount, Qt::Horizontal).isValid());
        QCOMPARE(f.model.index(0, GroupListModel::Description).data(PagedModelBase::IdRole).toString(),
            QStringLiteral("g1"));
        QCOMPARE(int(PagedModelBase::SortRole), int(PagedModelBase::RawValueRole));
        QVERIFY(int(PagedModelBase::RawValueRole) >= Qt::UserRole);
        QVERIFY(f.model.flags(f.model.index(0, 0)).testFlag(Qt::ItemNeverHasChildren));
        QVERIFY(!f.model.index(0, 0).data(Qt::DecorationRole).isValid());
    }
};

KTC_TEST_MAIN(TestPagedListModel)
#include "tst_PagedListModel.moc"
