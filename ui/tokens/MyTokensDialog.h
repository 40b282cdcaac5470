#pragma once

#include <QDialog>

namespace ktc::api {
class ApiClient;
}

namespace ktc::ui {

class ApiTokensPanel;
class Prompter;
class SessionController;

// "My API tokens" (Account menu): the signed-in user's own tokens in an ApiTokensPanel.
// Non-modal, one per window, closed when the session ends.
class MyTokensDialog : public QDialog
{
    Q_OBJECT
public:
    MyTokensDialog(api::ApiClient* client, Prompter& prompter, QWidget* parent = nullptr);

    // Raises the open one under `parent`, or opens a new one for the session's client.
    static MyTokensDialog* showFor(SessionController& session, Prompter& prompter, QWidget* parent);

    ApiTokensPanel* panel() const { return m_panel; }

private:
    ApiTokensPanel* m_panel = nullptr;
};

} // namespace ktc::ui
