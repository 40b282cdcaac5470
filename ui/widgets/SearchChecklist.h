#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace ktc::ui {

// A searchable list of check boxes for choosing several things the server finds as one types
// (groups, users); what is checked survives new searches.
class SearchChecklist : public QWidget
{
    Q_OBJECT
public:
    struct Item
    {
        QString id;
        QString label;
    };
    // Answers the items matching `text`, or an error message; `context` guards the reply.
    using Reply = std::function<void(const QList<Item>& items, const QString& error)>;
    using Finder = std::function<void(const QString& text, QObject* context, Reply reply)>;

    // `name` is the accessible name of the list ("Groups"); the search field gets `searchName`.
    SearchChecklist(const QString& objectName, const QString& name, const QString& searchName,
                    QWidget* parent = nullptr);

    // Searches with the current text at once, and as the user types.
    void setFinder(Finder finder);
    QStringList checkedIds() const;
    const QList<Item>& checkedItems() const { return m_checked; }
    // Replaces the choice (e.g. a record's current groups).
    void setChecked(const QList<Item>& items);
    void setReadOnly(bool readOnly);

    QLineEdit* searchField() const { return m_search; }
    QListWidget* list() const { return m_list; }

signals:
    void checkedChanged();

private:
    void search();
    void fill(const QList<Item>& found);
    void onItemToggled(const QString& id, const QString& label, bool checked);

    Finder m_finder;
    QLineEdit* m_search = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_debounce = nullptr;
    QList<Item> m_checked;
    quint64 m_generation = 0;
    bool m_filling = false;
    bool m_readOnly = false;
};

} // namespace ktc::ui
