#include "PasswordFields.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace ktc::ui {

PasswordFields::PasswordFields(bool optional, QWidget* parent)
    : QWidget(parent)
    , m_optional(optional)
{
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    if (optional)
        m_password->setPlaceholderText(tr("Optional"));
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmPassword"));
    m_confirm->setAccessibleName(tr("Confirm password"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("passwordHint"));
    m_hint->setAccessibleName(tr("Password hint"));
    m_hint->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->setContentsMargins({});
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Confirm password"), m_confirm);
    form->addRow(QString(), m_hint);

    connect(m_password, &QLineEdit::textChanged, this, &PasswordFields::update);
    connect(m_confirm, &QLineEdit::textChanged, this, &PasswordFields::update);
    update();
}

bool PasswordFields::isEmpty() const { return m_password->text().isEmpty() && m_confirm->text().isEmpty(); }

bool PasswordFields::isAcceptable() const { return problem().isEmpty(); }

QString PasswordFields::problem() const
{
    if (isEmpty())
        return m_optional ? QString() : tr("Type the new password twice.");
    if (m_password->text() != m_confirm->text())
        return tr("The two passwords do not match.");
    return {};
}

SecretString PasswordFields::password() const { return SecretString(m_password->text()); }

void PasswordFields::clear()
{
    m_password->clear();
    m_confirm->clear();
}

int PasswordFields::strength(const QString& password)
{
    if (password.isEmpty())
        return 0;
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : password) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
    }
    const int classes = int(lower) + int(upper) + int(digit) + int(other);
    if (password.size() < 8)
        return 1;
    if (password.size() >= 14 && classes >= 3)
        return 4;
    if (password.size() >= 10 && classes >= 3)
        return 3;
    return classes >= 2 ? 2 : 1;
}

QString PasswordFields::strengthHint(const QString& password)
{
    switch (strength(password)) {
    case 0:
        return {};
    case 1:
        return tr("Weak: use at least 8 characters, better 14 or more, mixing letters, digits and symbols.");
    case 2:
        return tr("Fair: longer, with upper and lower case, digits or symbols, is stronger.");
    case 3:
        return tr("Good: 14 characters or more would be stronger still.");
    }
    return tr("Strong.");
}

void PasswordFields::update()
{
    const QString mismatch = m_confirm->text().isEmpty() ? QString() : problem();
    const QString hint = strengthHint(m_password->text());
    m_hint->setText(mismatch.isEmpty() ? hint : mismatch);
    m_hint->setStyleSheet(mismatch.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    emit changed();
}

} // namespace ktc::ui
