#include "CreateTokenDialog.h"

#include "core/Validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ktc::ui {

namespace {
constexpr int kCustom = -1;
constexpr int kNever = 0;
const QString kErrorStyle = QStringLiteral("color: #b00020;");

QLabel* hintLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}
} // namespace

CreateTokenDialog::CreateTokenDialog(QWidget* parent)
    : QDialog(parent)
    , m_error(new QLabel(this))
    , m_fieldErrors(m_error)
{
    setObjectName(QStringLiteral("createTokenDialog"));
    setWindowTitle(tr("New API token"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("tokenName"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(QStringLiteral("ci-token"));
    m_nameHint = hintLabel(QStringLiteral("tokenNameHint"), this);

    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("tokenDescription"));
    m_description->setAccessibleName(tr("Description"));

    m_maxAge = new QComboBox(this);
    m_maxAge->setObjectName(QStringLiteral("tokenMaxAge"));
    m_maxAge->setAccessibleName(tr("Max age"));
    for (int days : { 7, 30, 90, 365 })
        m_maxAge->addItem(tr("%n day(s)", nullptr, days), days);
    m_maxAge->addItem(tr("Custom..."), kCustom);
    m_maxAge->addItem(tr("Never expires"), kNever);
    m_maxAge->setCurrentIndex(m_maxAge->findData(30));

    m_customMaxAge = new QLineEdit(this);
    m_customMaxAge->setObjectName(QStringLiteral("tokenCustomMaxAge"));
    m_customMaxAge->setAccessibleName(tr("Custom max age"));
    m_customMaxAge->setPlaceholderText(tr("ISO-8601 duration, e.g. P14D or PT12H"));
    m_maxAgeHint = hintLabel(QStringLiteral("tokenMaxAgeHint"), this);

    m_extended = new QCheckBox(tr("Extended: each use moves the expiry forward by the max age"), this);
    m_extended->setObjectName(QStringLiteral("tokenExtended"));
    m_extended->setAccessibleName(tr("Extended"));

    m_error->setObjectName(QStringLiteral("createTokenError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(kErrorStyle);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(QString(), m_nameHint);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Max age"), m_maxAge);
    form->addRow(QString(), m_customMaxAge);
    form->addRow(QString(), m_maxAgeHint);
    form->addRow(QString(), m_extended);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setAccessibleName(tr("Create"));
    m_create->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    m_fieldErrors.addField(QStringLiteral("name"), m_name);
    m_fieldErrors.addField(QStringLiteral("description"), m_description);
    m_fieldErrors.addField(QStringLiteral("maxAge"), m_maxAge);
    m_fieldErrors.addField(QStringLiteral("extended"), m_extended);

    connect(m_name, &QLineEdit::textChanged, this, &CreateTokenDialog::validate);
    connect(m_customMaxAge, &QLineEdit::textChanged, this, &CreateTokenDialog::validate);
    connect(m_maxAge, &QComboBox::currentIndexChanged, this, &CreateTokenDialog::validate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, [this] {
        if (m_create->isEnabled())
            emit createRequested(request());
    });
    validate();
}

QString CreateTokenDialog::maxAge() const
{
    const int days = m_maxAge->currentData().toInt();
    return days == kCustom ? m_customMaxAge->text().trimmed() : validation::durationFromDays(days);
}

CreateApiTokenRequest CreateTokenDialog::request() const
{
    CreateApiTokenRequest r;
    r.name = m_name->text();
    r.description = m_description->text().trimmed();
    r.maxAge = maxAge();
    r.extended = !r.maxAge.isEmpty() && m_extended->isChecked();
    return r;
}

void CreateTokenDialog::validate()
{
    const QString name = m_name->text();
    const ValidationResult nameCheck = validation::apiTokenName(name);
    m_nameHint->setText(name.isEmpty() ? tr("Lower-case letters, digits and '-', at most 63 characters.")
                                       : nameCheck.message);
    m_nameHint->setStyleSheet(!name.isEmpty() && !nameCheck ? kErrorStyle : QString());

    const int days = m_maxAge->currentData().toInt();
    const bool custom = days == kCustom;
    m_customMaxAge->setVisible(custom);
    ValidationResult ageCheck = ValidationResult::valid();
    if (custom) {
        const QString typed = m_customMaxAge->text().trimmed();
        ageCheck = typed.isEmpty()
            ? ValidationResult::invalid(tr("Type a duration, or choose Never expires."))
            : validation::tokenMaxAge(typed);
    }
    m_maxAgeHint->setText(ageCheck.message);
    m_maxAgeHint->setStyleSheet(ageCheck ? QString() : kErrorStyle);
    m_maxAgeHint->setVisible(!ageCheck.message.isEmpty());
    // Extended slides the expiry by the max age: meaningless for a token that never expires.
    m_extended->setEnabled(days != kNever);

    m_create->setEnabled(!m_busy && !name.isEmpty() && nameCheck && ageCheck);
}

void CreateTokenDialog::setBusy(bool busy)
{
    m_busy = busy;
    validate();
}

void CreateTokenDialog::showError(const api::ApiError& error)
{
    setBusy(false);
    m_fieldErrors.show(error.message(), error.fieldErrors());
}

} // namespace ktc::ui
