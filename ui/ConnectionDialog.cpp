#include "ConnectionDialog.h"

#include "core/ProfileStore.h"
#include "core/Validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ktc::ui {

namespace {
template <class W>
W* named(W* widget, const QString& objectName, const QString& accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
}
} // namespace

ConnectionDialog::ConnectionDialog(ProfileStore& profiles, QWidget* parent)
    : QDialog(parent)
    , m_profiles(profiles)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connect to a Kestra server"));

    m_list = named(new QListWidget(this), QStringLiteral("profileList"), tr("Profiles"));
    m_add = named(new QPushButton(tr("Add"), this), QStringLiteral("addProfile"), tr("Add"));
    m_remove = named(new QPushButton(tr("Remove"), this), QStringLiteral("removeProfile"), tr("Remove"));

    m_name = named(new QLineEdit(this), QStringLiteral("profileName"), tr("Name"));
    m_url = named(new QLineEdit(this), QStringLiteral("serverUrl"), tr("Server URL"));
    m_url->setPlaceholderText(QStringLiteral("https://kestra.example.com"));
    m_authKind = named(new QComboBox(this), QStringLiteral("authKind"), tr("Authentication"));
    m_authKind->addItem(tr("Email and password"), int(ConnectionProfile::AuthKind::Basic));
    m_authKind->addItem(tr("API token"), int(ConnectionProfile::AuthKind::Token));
    m_user = named(new QLineEdit(this), QStringLiteral("userName"), tr("Email"));
    m_secret = named(new QLineEdit(this), QStringLiteral("secret"), tr("Password"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_remember = named(new QCheckBox(tr("Remember in the keychain"), this), QStringLiteral("rememberSecret"),
                       tr("Remember in the keychain"));
    m_remember->setChecked(true);
    m_error = named(new QLabel(this), QStringLiteral("connectionError"), tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Server URL"), m_url);
    form->addRow(tr("Authentication"), m_authKind);
    m_userLabel = new QLabel(tr("Email"), this);
    form->addRow(m_userLabel, m_user);
    m_secretLabel = new QLabel(tr("Password"), this);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(QString(), m_remember);
    form->addRow(m_error);

    auto* buttons = new QDialogButtonBox(this);
    m_save = named(buttons->addButton(tr("Save"), QDialogButtonBox::ApplyRole), QStringLiteral("saveProfile"),
                   tr("Save"));
    m_connect = named(buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole),
                      QStringLiteral("connectProfile"), tr("Connect"));
    m_connect->setDefault(true);
    auto* cancel = named(buttons->addButton(QDialogButtonBox::Cancel), QStringLiteral("cancelConnect"), tr("Cancel"));

    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addStretch();
    right->addWidget(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 2);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const QString id = m_list->item(row)->data(Qt::UserRole).toString();
        if (const auto profile = m_profiles.findById(id))
            showProfile(*profile);
    });
    connect(m_add, &QPushButton::clicked, this, &ConnectionDialog::newProfile);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionDialog::removeProfile);
    connect(m_save, &QPushButton::clicked, this, [this] { saveProfile(); });
    connect(m_connect, &QPushButton::clicked, this, &ConnectionDialog::requestConnect);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_authKind, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateAuthFields);

    reloadList(QString());
    if (m_list->count() == 0)
        newProfile();
    updateAuthFields();
}

ConnectionDialog::~ConnectionDialog()
{
    // The line edit's buffer is ours to wipe; what Qt copied internally is beyond reach.
    QString text = m_secret->text();
    m_secret->clear();
    wipe(text);
}

void ConnectionDialog::selectProfile(const QString& id) { reloadList(id); }

void ConnectionDialog::setError(const QString& message) { m_error->setText(message); }

void ConnectionDialog::setBusy(bool busy)
{
    m_connect->setEnabled(!busy);
    m_save->setEnabled(!busy);
    if (busy)
        m_error->setText(tr("Connecting..."));
}

void ConnectionDialog::reloadList(const QString& selectId)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int selectRow = -1;
    const QList<ConnectionProfile> all = m_profiles.list();
    for (const ConnectionProfile& p : all) {
        auto* item = new QListWidgetItem(p.name, m_list);
        item->setData(Qt::UserRole, p.id);
        item->setToolTip(p.serverUrl.toDisplayString());
        if (p.id == selectId)
            selectRow = m_list->count() - 1;
    }
    if (selectRow < 0 && !all.isEmpty())
        selectRow = 0;
    if (selectRow >= 0) {
        m_list->setCurrentRow(selectRow);
        showProfile(all.at(selectRow));
    }
    m_remove->setEnabled(!all.isEmpty());
}

void ConnectionDialog::showProfile(const ConnectionProfile& profile)
{
    m_currentId = profile.id;
    m_name->setText(profile.name);
    m_url->setText(profile.serverUrl.toString());
    m_authKind->setCurrentIndex(m_authKind->findData(int(profile.authKind)));
    m_user->setText(profile.userName);
    m_secret->clear();
    m_secret->setPlaceholderText(profile.rememberSecret && !profile.id.isEmpty()
                                     ? tr("Leave empty to use the one in the keychain")
                                     : QString());
    m_remember->setChecked(profile.rememberSecret);
    m_error->clear();
    updateAuthFields();
}

void ConnectionDialog::newProfile()
{
    const QSignalBlocker blocker(m_list);
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    ConnectionProfile fresh;
    fresh.authKind = ConnectionProfile::AuthKind::Basic;
    showProfile(fresh);
    m_name->setFocus();
}

void ConnectionDialog::removeProfile()
{
    if (m_currentId.isEmpty())
        return;
    const QString id = m_currentId;
    if (m_profiles.remove(id))
        emit profileRemoved(id);
    m_currentId.clear();
    reloadList(QString());
    if (m_list->count() == 0)
        newProfile();
}

ConnectionProfile ConnectionDialog::profileFromForm() const
{
    ConnectionProfile p;
    if (const auto existing = m_profiles.findById(m_currentId))
        p = *existing; // keeps the pinned certificate
    p.id = m_currentId;
    p.name = m_name->text().trimmed();
    p.serverUrl = QUrl::fromUserInput(m_url->text().trimmed());
    p.authKind = ConnectionProfile::AuthKind(m_authKind->currentData().toInt());
    p.userName = p.authKind == ConnectionProfile::AuthKind::Basic ? m_user->text().trimmed() : QString();
    p.rememberSecret = m_remember->isChecked();
    return p;
}

QString ConnectionDialog::validateForm(bool forConnect) const
{
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    if (m_url->text().trimmed().isEmpty() || !url.isValid()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) || url.host().isEmpty())
        return tr("Enter the server's address, for example https://kestra.example.com.");
    const bool basic = ConnectionProfile::AuthKind(m_authKind->currentData().toInt()) == ConnectionProfile::AuthKind::Basic;
    if (basic) {
        if (const auto check = validation::email(m_user->text().trimmed()); !check)
            return check.message;
    }
    if (forConnect && m_secret->text().isEmpty()) {
        const auto saved = m_profiles.findById(m_currentId);
        if (!saved || !saved->rememberSecret)
            return basic ? tr("Enter the password.") : tr("Enter the API token.");
    }
    return {};
}

bool ConnectionDialog::saveProfile()
{
    if (const QString problem = validateForm(false); !problem.isEmpty()) {
        m_error->setText(problem);
        return false;
    }
    ConnectionProfile p = profileFromForm();
    if (p.name.isEmpty())
        p.name = p.serverUrl.host();
    const Result<ConnectionProfile> saved = m_profiles.save(p);
    if (!saved) {
        m_error->setText(saved.error());
        return false;
    }
    m_error->clear();
    reloadList(saved->id);
    return true;
}

void ConnectionDialog::requestConnect()
{
    if (const QString problem = validateForm(true); !problem.isEmpty()) {
        m_error->setText(problem);
        return;
    }
    // A profile with a name is saved; one without is used for this session only.
    ConnectionProfile p = profileFromForm();
    if (!p.name.isEmpty()) {
        const Result<ConnectionProfile> saved = m_profiles.save(p);
        if (!saved) {
            m_error->setText(saved.error());
            return;
        }
        p = saved.value();
        m_currentId = p.id;
    } else {
        p.rememberSecret = false;
    }
    QString typed = m_secret->text();
    const SecretString secret(typed);
    wipe(typed);
    emit connectRequested(p, secret);
}

void ConnectionDialog::updateAuthFields()
{
    const bool basic = ConnectionProfile::AuthKind(m_authKind->currentData().toInt()) == ConnectionProfile::AuthKind::Basic;
    m_userLabel->setVisible(basic);
    m_user->setVisible(basic);
    m_secretLabel->setText(basic ? tr("Password") : tr("API token"));
    m_secret->setAccessibleName(basic ? tr("Password") : tr("API token"));
}

} // namespace ktc::ui
