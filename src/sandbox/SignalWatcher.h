#pragma once

#include <QObject>

class QSocketNotifier;

namespace ktc::sandbox {

// Turns SIGINT/SIGTERM into a Qt signal through a socketpair, so that the server quits from the
// event loop (closing the database) instead of dying inside a signal handler.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested();

private:
    static void handler(int);
    static int s_fds[2];
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace ktc::sandbox
