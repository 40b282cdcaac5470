#include "TokenHandoffDialog.h"

#include "ui/ClipboardGuard.h"
#include "ui/Prompter.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ktc::ui {

namespace {
// Overwrites the characters of `text` in place, also where another QString shares them (the
// line edit's own copy of its text), then lets go of it. Best effort: Qt may hold shaped glyphs.
void overwriteShared(QString& text)
{
    if (!text.isEmpty()) {
        auto* chars = reinterpret_cast<volatile char16_t*>(const_cast<QChar*>(text.constData()));
        for (qsizetype i = 0; i < text.size(); ++i)
            chars[i] = u'\0';
    }
    text = QString();
}
} // namespace

TokenHandoffDialog::TokenHandoffDialog(
    CreatedApiToken token, Prompter& prompter, ClipboardGuard* guard, QWidget* parent)
    : QDialog(parent)
    , m_token(std::move(token))
    , m_prompter(prompter)
    , m_guard(guard ? guard : ClipboardGuard::instance())
{
    setObjectName(QStringLiteral("tokenHandoffDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("API token created"));

    auto* intro = new QLabel(tr("The API token \"%1\" was created. Copy it now and keep it somewhere safe: "
                                "it is shown only this once.")
                                 .arg(m_token.name),
        this);
    intro->setObjectName(QStringLiteral("tokenHandoffText"));
    intro->setWordWrap(true);

    m_shown = m_token.fullToken.toQString();
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("tokenValue"));
    m_field->setAccessibleName(tr("Token"));
    m_field->setReadOnly(true);
    m_field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_field->setContextMenuPolicy(Qt::NoContextMenu); // its Copy would bypass the guard
    m_field->setText(m_shown);
    m_field->setMinimumWidth(m_field->fontMetrics().horizontalAdvance(m_shown) + 24);
    m_field->installEventFilter(this);

    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("tokenCountdown"));
    m_countdown->setAccessibleName(tr("Clipboard countdown"));
    m_countdown->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setAccessibleName(tr("Copy"));
    m_copy->setDefault(true);
    m_close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAccessibleName(tr("Close"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_field);
    layout->addWidget(m_countdown);
    layout->addWidget(buttons);

    connect(m_copy, &QPushButton::clicked, this, &TokenHandoffDialog::copy);
    connect(m_close, &QPushButton::clicked, this, &TokenHandoffDialog::requestClose);
    if (m_guard)
        connect(m_guard, &ClipboardGuard::secondsLeftChanged, this, &TokenHandoffDialog::showCountdown);
}

TokenHandoffDialog::~TokenHandoffDialog()
{
    forgetToken();
}

void TokenHandoffDialog::copy()
{
    if (!m_guard || m_token.fullToken.isEmpty())
        return;
    m_guard->copySecret(m_token.fullToken);
    m_copied = true;
}

void TokenHandoffDialog::showCountdown(int seconds)
{
    if (!m_copied)
        return;
    m_countdown->setText(seconds > 0
            ? tr("Copied. The clipboard will be cleared in %n second(s).", nullptr, seconds)
            : tr("The clipboard no longer holds the token."));
    m_countdown->show();
}

void TokenHandoffDialog::requestClose()
{
    if (m_finished || m_asking)
        return;
    if (m_copied) {
        finish();
        return;
    }
    m_asking = true;
    m_prompter.confirm(this, tr("Close without copying?"),
        tr("You will not be able to see this token again. Close without copying it?"), tr("Close"), this,
        [this](bool accepted) {
            m_asking = false;
            if (accepted)
                finish();
        });
}

void TokenHandoffDialog::reject()
{
    requestClose();
}

void TokenHandoffDialog::closeEvent(QCloseEvent* event)
{
    if (m_finished) {
        event->accept();
        return;
    }
    event->ignore();
    requestClose();
}

bool TokenHandoffDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Ctrl+C in the field goes through the guard too, never straight to the clipboard.
    if (watched == m_field
        && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)) {
            if (event->type() == QEvent::KeyPress)
                copy();
            event->accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TokenHandoffDialog::finish()
{
    m_finished = true;
    forgetToken();
    QDialog::done(QDialog::Accepted);
}

void TokenHandoffDialog::forgetToken()
{
    if (m_token.fullToken.isEmpty() && m_shown.isEmpty())
        return;
    // A selection in the field may have filled the X11 primary selection.
    ClipboardGuard::clearIfHolds(m_token.fullToken, QClipboard::Selection);
    if (m_field) {
        m_field->deselect();
        overwriteShared(m_shown);
        m_field->clear();
    }
    wipe(m_shown);
    m_token.fullToken.clear();
}

} // namespace ktc::ui
