#include "TenantListPanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace ktc::ui {

TenantListPanel::TenantListPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("tenantListPanel"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("tenantSearch"));
    m_search->setAccessibleName(tr("Search tenants"));
    m_search->setPlaceholderText(tr("Search tenants"));
    m_search->setClearButtonEnabled(true);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("tenantList"));
    m_view->setAccessibleName(tr("Tenants"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("tenantCount"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    // Debounced so that typing does not send a search per key stroke.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] { emit searchChanged(m_search->text().trimmed()); });
}

void TenantListPanel::setModel(QAbstractItemModel* model) { m_view->setModel(model); }

void TenantListPanel::setCountText(const QString& text) { m_count->setText(text); }

} // namespace ktc::ui
