#pragma once

#include "core/ApiToken.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ktc::ui {

class ClipboardGuard;
class Prompter;

// Shows a new API token exactly once: read-only, selectable, with Copy (through the clipboard
// guard, with its countdown) and Close. Closing without having copied asks first. On close the
// token's buffers are overwritten and released, and the dialog deletes itself.
class TokenHandoffDialog : public QDialog
{
    Q_OBJECT
public:
    // Takes the token over; `prompter` and `guard` must outlive the dialog (null guard:
    // ClipboardGuard::instance()).
    TokenHandoffDialog(
        CreatedApiToken token, Prompter& prompter, ClipboardGuard* guard, QWidget* parent = nullptr);
    ~TokenHandoffDialog() override;

    bool hasCopied() const { return m_copied; }

    // Close, Esc and the window's close button all come here.
    void requestClose();
    void reject() override;

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void copy();
    void showCountdown(int seconds);
    void finish();
    void forgetToken();

    CreatedApiToken m_token;
    QString m_shown; // shares its buffer with the field's text, to overwrite it in place
    Prompter& m_prompter;
    QPointer<ClipboardGuard> m_guard;
    QLineEdit* m_field = nullptr;
    QLabel* m_countdown = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_close = nullptr;
    bool m_copied = false;
    bool m_asking = false;
    bool m_finished = false;
};

} // namespace ktc::ui
