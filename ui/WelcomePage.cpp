#include "WelcomePage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ktc::ui {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* title = new QLabel(tr("<h2>Kestra Tenant Console</h2>"), this);
    title->setAlignment(Qt::AlignCenter);
    auto* intro = new QLabel(tr("Administer the tenants, users, service accounts, groups, access and roles of a "
                                "Kestra Enterprise server."),
                             this);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);

    m_connect = new QPushButton(tr("Connect to a Kestra server"), this);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setAccessibleName(tr("Connect to a Kestra server"));
    m_connect->setDefault(true);
    m_demo = new QPushButton(tr("Try the demo sandbox"), this);
    m_demo->setObjectName(QStringLiteral("demoButton"));
    m_demo->setAccessibleName(tr("Try the demo sandbox"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("welcomeStatus"));
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(16);
    for (auto* button : { m_connect, m_demo }) {
        button->setMinimumWidth(280);
        layout->addWidget(button, 0, Qt::AlignHCenter);
    }
    layout->addWidget(m_status);
    layout->addStretch(3);

    connect(m_connect, &QPushButton::clicked, this, &WelcomePage::connectRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
}

void WelcomePage::setStatus(const QString& text) { m_status->setText(text); }

void WelcomePage::setBusy(bool busy)
{
    m_connect->setEnabled(!busy);
    m_demo->setEnabled(!busy);
}

} // namespace ktc::ui
