#include "ClipboardGuard.h"

#include "core/SecretString.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QPointer>
#include <QRandomGenerator>
#include <algorithm>

namespace ktc::ui {

namespace {
// The text on the clipboard as UTF-8; the caller wipes it.
QByteArray clipboardBytes(QClipboard::Mode mode)
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard || (mode == QClipboard::Selection && !clipboard->supportsSelection()))
        return {};
    const QMimeData* mime = clipboard->mimeData(mode);
    if (!mime || !mime->hasText())
        return {};
    QString text = mime->text();
    QByteArray bytes = text.toUtf8();
    wipe(text);
    return bytes;
}
} // namespace

ClipboardGuard::ClipboardGuard(QObject* parent)
    : QObject(parent)
{
    m_salt.resize(32);
    QRandomGenerator::system()->generate(m_salt.begin(), m_salt.end());
    m_ticker.setSingleShot(true);
    m_ticker.setTimerType(Qt::PreciseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &ClipboardGuard::tick);
    if (QClipboard* clipboard = QGuiApplication::clipboard())
        connect(clipboard, &QClipboard::dataChanged, this, &ClipboardGuard::onClipboardChanged);
    if (QCoreApplication* app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearNow);
}

ClipboardGuard::~ClipboardGuard()
{
    // Destroyed with qApp, the clipboard is already gone; aboutToQuit has cleared it then.
    if (m_holding && !QCoreApplication::closingDown())
        clearNow();
}

ClipboardGuard* ClipboardGuard::instance()
{
    static QPointer<ClipboardGuard> guard;
    if (!guard)
        guard = new ClipboardGuard(QCoreApplication::instance());
    return guard;
}

void ClipboardGuard::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::milliseconds(1));
}

QMimeData* ClipboardGuard::concealedMimeData(const SecretString& secret)
{
    auto* mime = new QMimeData;
    mime->setText(secret.toQString());
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // KDE Klipper and other Linux clipboard managers skip entries with this hint.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
#endif
#ifdef Q_OS_MACOS
    // nspasteboard.org: clipboard managers do not record concealed items; the value is unused.
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), QByteArrayLiteral("secret"));
#endif
#ifdef Q_OS_WIN
    // Windows clipboard history, cloud clipboard and monitors skip data with these formats.
    const QByteArray zeroDword(4, '\0');
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArray(1, '\1'));
    mime->setData(QStringLiteral("CanIncludeInClipboardHistory"), zeroDword);
    mime->setData(QStringLiteral("CanUploadToCloudClipboard"), zeroDword);
#endif
    return mime;
}

void ClipboardGuard::copySecret(const SecretString& secret)
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard || secret.isEmpty())
        return;
    m_fingerprint = fingerprint(secret.utf8());
    m_settingData = true;
    clipboard->setMimeData(concealedMimeData(secret), QClipboard::Clipboard);
    m_settingData = false;
    m_deadline = QDeadlineTimer(m_timeout, Qt::PreciseTimer);
    m_lastSeconds = -1;
    if (!m_holding) {
        m_holding = true;
        emit holdingChanged(true);
    }
    tick();
}

int ClipboardGuard::secondsLeft() const
{
    if (!m_holding)
        return 0;
    const qint64 ms = std::max<qint64>(0, m_deadline.remainingTime());
    return int((ms + 999) / 1000);
}

void ClipboardGuard::tick()
{
    if (!m_holding)
        return;
    const qint64 remaining = m_deadline.remainingTime();
    if (remaining <= 0) {
        clearNow();
        return;
    }
    const int seconds = secondsLeft();
    if (seconds != m_lastSeconds) {
        m_lastSeconds = seconds;
        emit secondsLeftChanged(seconds);
    }
    // Wake up when the displayed second changes, or at the deadline.
    const qint64 toNextSecond = remaining % 1000 == 0 ? 1000 : remaining % 1000;
    m_ticker.start(int(std::min(remaining, toNextSecond)));
}

void ClipboardGuard::clearNow()
{
    if (!m_holding)
        return;
    const bool ours = clipboardHoldsOurs();
    if (ours) {
        m_settingData = true;
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
        m_settingData = false;
    }
    stop();
    if (ours)
        emit cleared();
}

bool ClipboardGuard::holds(const SecretString& secret, QClipboard::Mode mode)
{
    QByteArray bytes = clipboardBytes(mode);
    const bool same = !bytes.isEmpty() && bytes == secret.utf8();
    wipe(bytes);
    return same;
}

void ClipboardGuard::clearIfHolds(const SecretString& secret, QClipboard::Mode mode)
{
    if (!secret.isEmpty() && holds(secret, mode))
        QGuiApplication::clipboard()->clear(mode);
}

QByteArray ClipboardGuard::fingerprint(const QByteArray& bytes) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_salt);
    hash.addData(bytes);
    return hash.result();
}

bool ClipboardGuard::clipboardHoldsOurs() const
{
    if (m_fingerprint.isEmpty())
        return false;
    QByteArray bytes = clipboardBytes(QClipboard::Clipboard);
    const bool ours = !bytes.isEmpty() && fingerprint(bytes) == m_fingerprint;
    wipe(bytes);
    return ours;
}

void ClipboardGuard::onClipboardChanged()
{
    // Something else was copied: the countdown has nothing left to protect.
    if (m_holding && !m_settingData && !clipboardHoldsOurs())
        stop();
}

void ClipboardGuard::stop()
{
    m_ticker.stop();
    m_fingerprint.clear();
    m_lastSeconds = -1;
    if (m_holding) {
        m_holding = false;
        emit secondsLeftChanged(0);
        emit holdingChanged(false);
    }
}

} // namespace ktc::ui
