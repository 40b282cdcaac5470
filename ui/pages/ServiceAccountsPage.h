#pragma once

#include "ui/widgets/RecordListPage.h"

namespace ktc::models {
class ServiceAccountListModel;
}

namespace ktc::ui {

class ServiceAccountDetail;

// The Service Accounts tab of a tenant: its service accounts (searchable, paged), new, edit,
// delete, and for the selected one its access and API tokens.
class ServiceAccountsPage : public RecordListPage
{
    Q_OBJECT
public:
    explicit ServiceAccountsPage(QWidget* parent = nullptr);

    models::ServiceAccountListModel* accounts() const { return m_model; }
    ServiceAccountDetail* detail() const { return m_detail; }

    void newServiceAccount();
    void deleteSelected();

protected:
    void installFetcher() override;
    void showRecord(int row) override;
    void recordRemoved(const QString& id) override;

private:
    void loadInstanceOwners();

    models::ServiceAccountListModel* m_model;
    ServiceAccountDetail* m_detail;
};

} // namespace ktc::ui
