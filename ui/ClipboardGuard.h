#pragma once

#include <QByteArray>
#include <QClipboard>
#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>
#include <chrono>

class QMimeData;

namespace ktc {
class SecretString;
}

namespace ktc::ui {

// The one way the console puts a secret on the clipboard: marked as concealed for clipboard
// managers, cleared after a countdown and on quit, but only while the clipboard still holds it.
//
// Ownership: one guard for the application, created on first use by instance() as a child of
// qApp (so it is destroyed with it, after aboutToQuit has cleared the clipboard). Tests may build
// their own guard and hand it to the widgets. The guard keeps no copy of the secret: only a
// salted SHA-256 of it, to recognise it on the clipboard later.
class ClipboardGuard : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultTimeout { 30000 };

    explicit ClipboardGuard(QObject* parent = nullptr);
    ~ClipboardGuard() override;

    // The application's guard (created on first use, owned by qApp).
    static ClipboardGuard* instance();

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Puts `secret` on the clipboard as text/plain plus the platform's "do not record" formats,
    // and starts the countdown (a new copy restarts it).
    void copySecret(const SecretString& secret);
    // The mime data copySecret() puts on the clipboard (caller owns it).
    static QMimeData* concealedMimeData(const SecretString& secret);

    // A countdown runs: the clipboard holds our secret.
    bool isHolding() const { return m_holding; }
    int secondsLeft() const;
    // Clears the clipboard now if it still holds our secret; ends the countdown either way.
    void clearNow();
    // Whether `mode` holds `secret` (also for the X11 selection a selectable field fills).
    static bool holds(const SecretString& secret, QClipboard::Mode mode = QClipboard::Clipboard);
    // Clears `mode` if it holds `secret`, e.g. the selection left by a dialog that shows it.
    static void clearIfHolds(const SecretString& secret, QClipboard::Mode mode);

signals:
    void secondsLeftChanged(int seconds);
    void holdingChanged(bool holding);
    // The guard emptied the clipboard (timeout or quit); not emitted when the user had copied
    // something else meanwhile.
    void cleared();

private:
    QByteArray fingerprint(const QByteArray& bytes) const;
    bool clipboardHoldsOurs() const;
    void onClipboardChanged();
    void tick();
    void stop();

    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    QByteArray m_salt;
    QByteArray m_fingerprint;
    QDeadlineTimer m_deadline;
    QTimer m_ticker;
    bool m_holding = false;
    bool m_settingData = false;
    int m_lastSeconds = -1;
};

} // namespace ktc::ui
