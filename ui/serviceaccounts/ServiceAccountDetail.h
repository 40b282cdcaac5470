#pragma once

#include "core/TenantAccess.h"
#include "ui/pages/PageContext.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QVBoxLayout;

namespace ktc::ui {

class ApiTokensPanel;
class ServiceAccountAccessView;
class ServiceAccountEditor;

// The detail panel of a service account: its fields, its access, and its API tokens, the only
// way a service account authenticates.
class ServiceAccountDetail : public QWidget
{
    Q_OBJECT
public:
    explicit ServiceAccountDetail(QWidget* parent = nullptr);

    void showAccount(const PageContext& context, const TenantAccessUser& row);
    void showNone();

    ServiceAccountEditor* editor() const { return m_editor; }
    ServiceAccountAccessView* access() const { return m_access; }
    ApiTokensPanel* tokens() const { return m_tokens; }

private:
    void showTokens(const PageContext& context, const QString& accountId);

    QLabel* m_title = nullptr;
    ServiceAccountEditor* m_editor = nullptr;
    ServiceAccountAccessView* m_access = nullptr;
    QGroupBox* m_tokensBox = nullptr;
    ApiTokensPanel* m_tokens = nullptr;
    PageContext m_context;
    QString m_accountId;
};

} // namespace ktc::ui
