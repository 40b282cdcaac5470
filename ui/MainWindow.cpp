#include "MainWindow.h"

#include "ConnectionStatus.h"
#include "TenantListPanel.h"
#include "TenantPagesWidget.h"
#include "WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace ktc::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Kestra Tenant Console"));

    m_welcome = new WelcomePage(this);
    m_tenantList = new TenantListPanel(this);
    m_pages = new TenantPagesWidget(this);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_tenantList);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 260, 780 });

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(splitter);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setAccessibleName(tr("Warning"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->setStyleSheet(QStringLiteral("QLabel#banner { background: #fff3cd; color: #664d03; }"));
    m_banner->hide();

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_status = new ConnectionStatus(this);
    statusBar()->addPermanentWidget(m_status);

    createActions();
    showView(View::Welcome);
    resize(1100, 720);
}

QAction* MainWindow::makeAction(const QString& text, const QString& objectName, const QKeySequence& shortcut)
{
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setToolTip(shortcut.isEmpty() ? text
                                          : tr("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    return action;
}

void MainWindow::createActions()
{
    m_connect = makeAction(tr("Connect..."), QStringLiteral("actionConnect"), QKeySequence::Open);
    m_newTenant = makeAction(tr("New tenant"), QStringLiteral("actionNewTenant"), QKeySequence::New);
    m_refresh = makeAction(tr("Refresh"), QStringLiteral("actionRefresh"), QKeySequence::Refresh);
    m_deleteTenant = makeAction(tr("Delete tenant"), QStringLiteral("actionDeleteTenant"), QKeySequence());
    m_myTokens = makeAction(tr("My API tokens"), QStringLiteral("actionMyTokens"), QKeySequence());
    m_quit = makeAction(tr("Quit"), QStringLiteral("actionQuit"), QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    auto* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_connect);
    file->addSeparator();
    file->addAction(m_quit);

    auto* tenant = menuBar()->addMenu(tr("&Tenant"));
    tenant->setObjectName(QStringLiteral("menuTenant"));
    tenant->addAction(m_newTenant);
    tenant->addAction(m_refresh);
    tenant->addSeparator();
    tenant->addAction(m_deleteTenant);

    auto* account = menuBar()->addMenu(tr("&Account"));
    account->setObjectName(QStringLiteral("menuAccount"));
    account->addAction(m_myTokens);

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->addAction(m_connect);
    toolbar->addAction(m_newTenant);
    toolbar->addAction(m_refresh);
    toolbar->addAction(m_deleteTenant);

    for (QAction* a : { m_newTenant, m_refresh, m_deleteTenant, m_myTokens })
        a->setEnabled(false);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_closeGuard || m_closeApproved) {
        m_closeApproved = false;
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    m_closeGuard([this](bool proceed) {
        if (!proceed)
            return;
        m_closeApproved = true;
        close();
    });
}

void MainWindow::showBanner(const QString& text)
{
    m_banner->setText(text);
    m_banner->show();
}

void MainWindow::hideBanner() { m_banner->hide(); }

QString MainWindow::bannerText() const { return m_banner->isVisible() ? m_banner->text() : QString(); }

void MainWindow::showView(View view) { m_stack->setCurrentIndex(view == View::Welcome ? 0 : 1); }

MainWindow::View MainWindow::currentView() const
{
    return m_stack->currentIndex() == 0 ? View::Welcome : View::Tenants;
}

} // namespace ktc::ui
