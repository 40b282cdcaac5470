#pragma once

#include "ListPage.h"
#include "ui/access/NewBindingDialog.h"

#include <QPointer>

namespace ktc::models {
class BindingListModel;
}

namespace ktc::ui {

class AccessDirectory;
class BindingFilterBar;

// The Access tab: who holds which role where (bindings), filtered by type, subject, role and
// namespace; new bindings (several subjects: one bulk request), change (delete + create, with
// the old binding restored if the creation fails) and delete.
class AccessPage : public ListPage
{
    Q_OBJECT
public:
    explicit AccessPage(QWidget* parent = nullptr);

    models::BindingListModel* bindings() const { return m_model; }
    BindingFilterBar* filterBar() const { return m_filters; }
    // The open new/change dialog, if any (tests).
    NewBindingDialog* bindingDialog() const { return m_dialog; }

protected:
    void installFetcher() override;
    void load() override;
    void clearForContext() override;

private:
    NewBindingDialog* openDialog();
    void newBinding();
    void changeBinding();
    void deleteBinding();
    void create(const QList<BindingRequest>& requests);
    void change(const Binding& old, const BindingRequest& replacement);

    models::BindingListModel* m_model = nullptr;
    BindingFilterBar* m_filters = nullptr;
    AccessDirectory* m_directory = nullptr;
    QPointer<NewBindingDialog> m_dialog;
};

} // namespace ktc::ui
