#include "SearchChecklist.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ktc::ui {

namespace {
const int kIdRole = Qt::UserRole + 1;
}

SearchChecklist::SearchChecklist(const QString& objectName, const QString& name, const QString& searchName,
                                 QWidget* parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    setAccessibleName(name);
    m_search = new QLineEdit(this);
    m_search->setObjectName(objectName + QStringLiteral("Search"));
    m_search->setAccessibleName(searchName);
    m_search->setPlaceholderText(searchName);
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(objectName + QStringLiteral("List"));
    m_list->setAccessibleName(name);
    m_list->setMinimumHeight(90);
    m_status = new QLabel(this);
    m_status->setObjectName(objectName + QStringLiteral("Status"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(m_status);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &SearchChecklist::search);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (!m_filling)
            onItemToggled(item->data(kIdRole).toString(), item->text(), item->checkState() == Qt::Checked);
    });
}

void SearchChecklist::setFinder(Finder finder)
{
    m_finder = std::move(finder);
    search();
}

QStringList SearchChecklist::checkedIds() const
{
    QStringList ids;
    for (const Item& item : m_checked)
        ids << item.id;
    return ids;
}

void SearchChecklist::setChecked(const QList<Item>& items)
{
    m_checked = items;
    QList<Item> shown;
    for (int row = 0; row < m_list->count(); ++row)
        shown.append({m_list->item(row)->data(kIdRole).toString(), m_list->item(row)->text()});
    fill(shown);
    emit checkedChanged();
}

void SearchChecklist::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_list->setEnabled(!readOnly);
}

void SearchChecklist::search()
{
    if (!m_finder)
        return;
    const quint64 generation = ++m_generation;
    m_status->setText(tr("Searching…"));
    m_status->show();
    m_finder(m_search->text().trimmed(), this, [this, generation](const QList<Item>& found, const QString& error) {
        if (generation != m_generation)
            return; // an older search
        m_status->setText(error);
        m_status->setVisible(!error.isEmpty());
        fill(found);
    });
}

void SearchChecklist::fill(const QList<Item>& found)
{
    m_filling = true;
    m_list->clear();
    QStringList seen;
    auto add = [this, &seen](const Item& item, bool checked) {
        if (seen.contains(item.id))
            return;
        seen << item.id;
        auto* row = new QListWidgetItem(item.label.isEmpty() ? item.id : item.label, m_list);
        row->setData(kIdRole, item.id);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        row->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    };
    for (const Item& item : std::as_const(m_checked))
        add(item, true); // the choice stays in sight whatever the search
    for (const Item& item : found)
        add(item, false);
    m_filling = false;
}

void SearchChecklist::onItemToggled(const QString& id, const QString& label, bool checked)
{
    if (m_readOnly)
        return;
    m_checked.removeIf([&id](const Item& item) { return item.id == id; });
    if (checked)
        m_checked.append({id, label});
    emit checkedChanged();
}

} // namespace ktc::ui
