#pragma once

#include "core/SecretString.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace ktc::ui {

// A new password typed twice, with a live strength hint and a mismatch message: for setting a
// user's password, an invitation, or one's own. Empty is acceptable only when optional.
class PasswordFields : public QWidget
{
    Q_OBJECT
public:
    explicit PasswordFields(bool optional, QWidget* parent = nullptr);

    QLineEdit* passwordField() const { return m_password; }
    QLineEdit* confirmField() const { return m_confirm; }

    bool isEmpty() const;
    // Both fields agree (and are not empty unless optional).
    bool isAcceptable() const;
    // Why not acceptable, translated; empty when acceptable.
    QString problem() const;
    SecretString password() const;
    void clear();

    // A short hint for a candidate password: what would make it stronger, or that it is strong.
    static QString strengthHint(const QString& password);
    // 0 (empty) .. 4 (strong): length and character classes.
    static int strength(const QString& password);

signals:
    void changed();

private:
    void update();

    bool m_optional;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_hint = nullptr;
};

} // namespace ktc::ui
