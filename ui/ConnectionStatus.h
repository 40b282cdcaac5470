#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace ktc::ui {

// The status bar's permanent part: server, Kestra version, signed-in identity, network activity.
class ConnectionStatus : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionStatus(QWidget* parent = nullptr);

    void setDisconnected();
    void setConnected(const QString& server, const QString& version, const QString& identity, bool instanceOwner);
    void setRequestsInFlight(int count);

    QString serverText() const;
    QString identityText() const;

private:
    QLabel* m_server = nullptr;
    QLabel* m_version = nullptr;
    QLabel* m_identity = nullptr;
    QProgressBar* m_activity = nullptr;
};

} // namespace ktc::ui
