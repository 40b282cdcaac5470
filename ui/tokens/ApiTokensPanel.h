#pragma once

#include "ui/Prompter.h"
#include "ui/tokens/TokenSource.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace ktc::models {
class ApiTokenModel;
}

namespace ktc::ui {

class ClipboardGuard;
class CreateTokenDialog;
class StateOverlay;

// The API tokens of one owner (a user, a service account, or me), to embed anywhere: the table
// with its loading/error/empty states, New API token (then the one-time hand-off) and Revoke.
//
//     auto* tokens = new ApiTokensPanel(this);
//     tokens->setPrompter(context.prompter);
//     tokens->setSource(TokenSource::forUser(context.client, userId)); // std::nullopt: none
class ApiTokensPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ApiTokensPanel(QWidget* parent = nullptr);
    ~ApiTokensPanel() override;

    // A new source loads at once; none empties and disables the panel.
    void setSource(std::optional<TokenSource> source);
    const std::optional<TokenSource>& source() const { return m_source; }
    // Not owned; must outlive the panel. Without one, message boxes are used.
    void setPrompter(Prompter* prompter);
    // Not owned; null: ClipboardGuard::instance().
    void setClipboardGuard(ClipboardGuard* guard);

    void reload();
    void newToken();
    void revokeSelected();

    models::ApiTokenModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    StateOverlay* overlay() const { return m_overlay; }
    QString noticeText() const;

signals:
    // A token was created (its hand-off dialog is open) or revoked.
    void tokensChanged();

private:
    Prompter& prompter();
    int selectedRow() const;
    void updateActions();
    void showNotice(const QString& text, bool isError);
    void onCreated(const CreatedApiToken& created);

    std::optional<TokenSource> m_source;
    quint64 m_generation = 0;
    models::ApiTokenModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    StateOverlay* m_overlay = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_revoke = nullptr;
    QLabel* m_notice = nullptr;
    Prompter* m_prompter = nullptr;
    MessageBoxPrompter m_messageBoxes;
    QPointer<ClipboardGuard> m_guard;
    QPointer<CreateTokenDialog> m_createDialog;
};

} // namespace ktc::ui
