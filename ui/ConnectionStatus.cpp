#include "ConnectionStatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace ktc::ui {

ConnectionStatus::ConnectionStatus(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("connectionStatus"));
    m_server = new QLabel(this);
    m_server->setObjectName(QStringLiteral("statusServer"));
    m_server->setAccessibleName(tr("Server"));
    m_version = new QLabel(this);
    m_version->setObjectName(QStringLiteral("statusVersion"));
    m_version->setAccessibleName(tr("Kestra version"));
    m_identity = new QLabel(this);
    m_identity->setObjectName(QStringLiteral("statusIdentity"));
    m_identity->setAccessibleName(tr("Signed in as"));
    m_activity = new QProgressBar(this);
    m_activity->setObjectName(QStringLiteral("statusActivity"));
    m_activity->setAccessibleName(tr("Network activity"));
    m_activity->setRange(0, 0); // busy indicator
    m_activity->setMaximumWidth(80);
    m_activity->setTextVisible(false);
    m_activity->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_activity);
    layout->addWidget(m_server);
    layout->addWidget(m_version);
    layout->addWidget(m_identity);
    setDisconnected();
}

void ConnectionStatus::setDisconnected()
{
    m_server->setText(tr("Not connected"));
    m_version->clear();
    m_identity->clear();
}

void ConnectionStatus::setConnected(const QString& server, const QString& version, const QString& identity,
                                    bool instanceOwner)
{
    m_server->setText(server);
    m_version->setText(tr("Kestra %1").arg(version));
    m_identity->setText(instanceOwner ? tr("%1 (instance owner)").arg(identity) : identity);
}

void ConnectionStatus::setRequestsInFlight(int count)
{
    m_activity->setVisible(count > 0);
    m_activity->setToolTip(tr("%n request(s) in progress", nullptr, count));
}

QString ConnectionStatus::serverText() const { return m_server->text(); }
QString ConnectionStatus::identityText() const { return m_identity->text(); }

} // namespace ktc::ui
