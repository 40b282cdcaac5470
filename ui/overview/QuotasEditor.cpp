#include "QuotasEditor.h"

#include "ChoiceBox.h"
#include "core/Validation.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QToolButton>
#include <QVBoxLayout>

namespace ktc::ui {

QuotasEditor::QuotasEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("quotas"));
    setAccessibleName(tr("Quotas"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_grid = new QGridLayout;
    layout->addLayout(m_grid);
    m_add = new QPushButton(tr("Add quota"), this);
    m_add->setObjectName(QStringLiteral("quotaAdd"));
    m_add->setAccessibleName(tr("Add quota"));
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow(TenantQuota { QStringLiteral("P1D"), 100, QuotaBehavior::Fail });
        m_rows.constLast().duration->setFocus();
        emit edited();
    });
    relayout();
}

void QuotasEditor::setQuotas(const std::optional<QList<TenantQuota>>& quotas)
{
    for (const Row& row : std::as_const(m_rows)) {
        delete row.duration;
        delete row.limit;
        delete row.behavior;
        delete row.remove;
    }
    m_rows.clear();
    if (quotas) {
        for (const TenantQuota& q : *quotas)
            addRow(q);
    }
    relayout();
}

std::optional<QList<TenantQuota>> QuotasEditor::quotas(const std::optional<QList<TenantQuota>>& base) const
{
    if (m_rows.isEmpty())
        return base ? std::optional<QList<TenantQuota>>(QList<TenantQuota>()) : std::nullopt;
    QList<TenantQuota> out;
    for (const Row& row : m_rows) {
        TenantQuota q;
        q.duration = row.duration->text().trimmed();
        q.limit = row.limit->text().toLongLong();
        q.behavior = static_cast<QuotaBehavior>(row.behavior->value());
        out.append(q);
    }
    return out;
}

QList<FieldError> QuotasEditor::localErrors() const
{
    QList<FieldError> errors;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        const QString prefix = QStringLiteral("quotas[%1]").arg(i);
        if (const ValidationResult r = validation::isoDuration(row.duration->text().trimmed()); !r)
            errors.append(FieldError { r.message, prefix + QStringLiteral(".duration") });
        if (row.limit->text().isEmpty())
            errors.append(FieldError { tr("A limit is required."), prefix + QStringLiteral(".limit") });
    }
    return errors;
}

void QuotasEditor::addRow(const TenantQuota& quota)
{
    Row row;
    row.duration = new QLineEdit(quota.duration, this);
    row.duration->setPlaceholderText(QStringLiteral("P1D"));
    row.duration->setToolTip(tr("An ISO-8601 duration, e.g. PT1H (one hour) or P1D (one day)."));
    row.limit = new QLineEdit(QString::number(quota.limit), this);
    row.limit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,18}")), row.limit));
    row.behavior = new ChoiceBox(QString(), QString(), this);
    row.behavior->addChoice(QStringLiteral("FAIL"), int(QuotaBehavior::Fail));
    row.behavior->addChoice(QStringLiteral("CANCEL"), int(QuotaBehavior::Cancel));
    row.behavior->setValue(int(quota.behavior));
    row.remove = new QToolButton(this);
    row.remove->setText(tr("Remove"));
    connect(row.duration, &QLineEdit::textEdited, this, &QuotasEditor::edited);
    connect(row.limit, &QLineEdit::textEdited, this, &QuotasEditor::edited);
    connect(row.behavior, &QComboBox::activated, this, &QuotasEditor::edited);
    QToolButton* button = row.remove;
    connect(row.remove, &QToolButton::clicked, this, [this, button] {
        removeRow(button);
        emit edited();
    });
    m_rows.append(row);
    relayout();
}

void QuotasEditor::removeRow(QToolButton* button)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).remove != button)
            continue;
        const Row row = m_rows.takeAt(i);
        delete row.duration;
        delete row.limit;
        delete row.behavior;
        // The button is still emitting clicked(): it goes later, nameless and hidden.
        row.remove->setObjectName(QString());
        row.remove->hide();
        row.remove->deleteLater();
        break;
    }
    relayout();
}

void QuotasEditor::relayout()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        if (QWidget* w = item->widget(); w && qobject_cast<QLabel*>(w))
            delete w;
        delete item;
    }
    if (m_rows.isEmpty()) {
        auto* none = new QLabel(tr("No quotas: executions are not limited."), this);
        m_grid->addWidget(none, 0, 0, 1, 4);
        return;
    }
    const QStringList headers { tr("Duration"), tr("Limit"), tr("Behavior") };
    for (int c = 0; c < int(headers.size()); ++c)
        m_grid->addWidget(new QLabel(headers.at(c), this), 0, c);
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        const int r = int(i) + 1;
        const QString n = QString::number(i);
        const QString human = QString::number(i + 1);
        row.duration->setObjectName(QStringLiteral("quotaDuration") + n);
        row.duration->setAccessibleName(tr("Quota %1 duration").arg(human));
        row.limit->setObjectName(QStringLiteral("quotaLimit") + n);
        row.limit->setAccessibleName(tr("Quota %1 limit").arg(human));
        row.behavior->setObjectName(QStringLiteral("quotaBehavior") + n);
        row.behavior->setAccessibleName(tr("Quota %1 behavior").arg(human));
        row.remove->setObjectName(QStringLiteral("quotaRemove") + n);
        row.remove->setAccessibleName(tr("Remove quota %1").arg(human));
        m_grid->addWidget(row.duration, r, 0);
        m_grid->addWidget(row.limit, r, 1);
        m_grid->addWidget(row.behavior, r, 2);
        m_grid->addWidget(row.remove, r, 3);
    }
}

} // namespace ktc::ui
