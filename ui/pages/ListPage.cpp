#include "ListPage.h"

#include "StateOverlay.h"
#include "models/PagedModelBase.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ktc::ui {

ListPage::ListPage(QWidget* parent) : TenantPage(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);

    m_actionsRow = new QHBoxLayout;
    m_actionsRow->addWidget(m_search, 1);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setAccessibleName(tr("Notice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);

    m_overlay = new StateOverlay(m_table, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_overlay);
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_actionsRow);
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);

    connect(m_overlay, &StateOverlay::errorWhileLoaded, this, [this](const QString& message) {
        showNotice(message, true);
    });

    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] {
        if (m_model && context().isValid())
            m_model->setSearchText(m_search->text().trimmed());
    });
}

void ListPage::setModel(models::PagedModelBase* model, const QString& tableName, const QString& searchName,
                        const QString& emptyText)
{
    m_model = model;
    m_table->setModel(model);
    m_table->setAccessibleName(tableName);
    m_search->setAccessibleName(searchName);
    m_search->setPlaceholderText(searchName);
    m_overlay->bindModel(model, emptyText);
    // A click makes the row current before it selects it: follow the selection, which comes last.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        currentRowChanged(currentRow());
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        currentRowChanged(-1);
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ListPage::updateActions);
}

QAction* ListPage::addPageAction(const QString& text, const QString& objectName, bool needsSelection,
                                 const QKeySequence& shortcut)
{
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    addAction(action);
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setObjectName(objectName + QStringLiteral("Button"));
    button->setAccessibleName(text);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_actionsRow->addWidget(button);
    if (needsSelection) {
        m_rowActions.append(action);
        action->setEnabled(false);
    }
    return action;
}

void ListPage::setDetailWidget(QWidget* widget)
{
    m_splitter->addWidget(widget);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
}

int ListPage::currentRow() const
{
    const QModelIndex current = m_table->selectionModel() ? m_table->selectionModel()->currentIndex() : QModelIndex();
    return current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), {}) ? current.row() : -1;
}

void ListPage::selectRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void ListPage::showNotice(const QString& text, bool isError)
{
    m_notice->setText(text);
    m_notice->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
    m_notice->setVisible(!text.isEmpty());
}

QString ListPage::noticeText() const { return m_notice->isVisible() ? m_notice->text() : QString(); }

void ListPage::refresh()
{
    if (!context().isValid() || !m_model)
        return;
    showNotice(QString());
    m_model->reload();
}

void ListPage::load()
{
    showNotice(QString());
    const QString text = m_search->text().trimmed();
    if (m_model && m_model->searchText() != text)
        m_model->setSearchText(text); // no fetcher yet: nothing is sent
    installFetcher();
}

void ListPage::clearForContext()
{
    showNotice(QString());
    if (m_model)
        m_model->clear();
}

void ListPage::setActionCondition(QAction* action, std::function<bool(int row)> condition)
{
    m_conditions.insert(action, std::move(condition));
    updateActions();
}

void ListPage::updateActions()
{
    const int row = currentRow();
    for (QAction* action : std::as_const(m_rowActions))
        action->setEnabled(row >= 0);
    for (auto it = m_conditions.cbegin(); it != m_conditions.cend(); ++it) {
        const bool needsRow = m_rowActions.contains(it.key());
        it.key()->setEnabled((!needsRow || row >= 0) && it.value()(row));
    }
}

} // namespace ktc::ui
