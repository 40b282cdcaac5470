#pragma once

#include <QListWidget>
#include <QStringList>

namespace ktc::api {
class ApiClient;
}

namespace ktc::ui {

// A multi-select list of a tenant's groups (check boxes), loaded from the group search; groups
// synced from SCIM are marked. Reusable wherever a user or service account joins groups.
class GroupPicker : public QListWidget
{
    Q_OBJECT
public:
    explicit GroupPicker(QWidget* parent = nullptr);

    // Loads the tenant's groups (the first kMaxGroups by name); the checked ids are kept.
    void load(api::ApiClient* client, const QString& tenantId);
    bool isLoaded() const { return m_loaded; }

    QStringList checkedIds() const;
    QStringList checkedNames() const;
    // Checks exactly these groups (without emitting toggled()); ids not loaded yet are kept for later.
    void setCheckedIds(const QStringList& ids);
    QString nameOf(const QString& groupId) const;
    QListWidgetItem* itemFor(const QString& groupId) const;

    static constexpr int kMaxGroups = 1000;

signals:
    void loaded();
    void loadFailed(const QString& message);
    // The user checked or unchecked a group.
    void toggled(const QString& groupId, bool checked);

private:
    void applyChecks();

    QStringList m_wanted;
    bool m_loaded = false;
    bool m_applying = false;
    quint64 m_generation = 0;
};

} // namespace ktc::ui
