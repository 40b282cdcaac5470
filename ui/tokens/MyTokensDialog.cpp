#include "MyTokensDialog.h"

#include "ApiTokensPanel.h"
#include "ui/SessionController.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ktc::ui {

MyTokensDialog::MyTokensDialog(api::ApiClient* client, Prompter& prompter, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("myTokensDialog"));
    setWindowTitle(tr("My API tokens"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_panel = new ApiTokensPanel(this);
    m_panel->setPrompter(&prompter);
    m_panel->setSource(TokenSource::forMe(client));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addWidget(buttons);
    resize(820, 360);
}

MyTokensDialog* MyTokensDialog::showFor(SessionController& session, Prompter& prompter, QWidget* parent)
{
    auto* dialog
        = parent ? parent->findChild<MyTokensDialog*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!dialog) {
        if (!session.isConnected() || !session.client())
            return nullptr;
        dialog = new MyTokensDialog(session.client(), prompter, parent);
        // A new or ended session has another client (or none): this dialog's is gone.
        connect(&session, &SessionController::disconnected, dialog, &QWidget::close);
        connect(&session, &SessionController::connected, dialog, &QWidget::close);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

} // namespace ktc::ui
