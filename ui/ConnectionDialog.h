#pragma once

#include "core/ConnectionProfile.h"
#include "core/SecretString.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ktc {
class ProfileStore;
}

namespace ktc::ui {

// Connection profiles: add, edit, remove, connect. The secret typed here is handed to the caller
// with connectRequested() and is never stored by the dialog; the caller keeps it in the keychain.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(ProfileStore& profiles, QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    void selectProfile(const QString& id);
    // Shown under the form, e.g. why the last attempt failed; keeps what was typed.
    void setError(const QString& message);
    void setBusy(bool busy);

signals:
    // `secret` is empty when the user left it blank for a profile whose secret is remembered.
    void connectRequested(const ktc::ConnectionProfile& profile, const ktc::SecretString& secret);
    // The profile was removed: forget its secret.
    void profileRemoved(const QString& id);

private:
    void reloadList(const QString& selectId);
    void showProfile(const ConnectionProfile& profile);
    void newProfile();
    void removeProfile();
    bool saveProfile();
    void requestConnect();
    void updateAuthFields();
    ConnectionProfile profileFromForm() const;
    QString validateForm(bool forConnect) const;

    ProfileStore& m_profiles;
    QString m_currentId;
    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_url = nullptr;
    QComboBox* m_authKind = nullptr;
    QLabel* m_userLabel = nullptr;
    QLineEdit* m_user = nullptr;
    QLabel* m_secretLabel = nullptr;
    QLineEdit* m_secret = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_connect = nullptr;
};

} // namespace ktc::ui
