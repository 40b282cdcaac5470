#include "IsolationEditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ktc::ui {

IsolationEditor::IsolationEditor(const QString& name, const QString& accessibleName, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(name);
    setAccessibleName(accessibleName);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_enabled = new QCheckBox(tr("Isolate: deny the services below"), this);
    m_enabled->setObjectName(name + QStringLiteral("Enabled"));
    m_enabled->setAccessibleName(tr("%1 enabled").arg(accessibleName));
    layout->addWidget(m_enabled);
    auto* grid = new QGridLayout;
    grid->setContentsMargins(20, 0, 0, 0);
    int i = 0;
    for (const QString& service : services()) {
        auto* box = new QCheckBox(service, this);
        box->setObjectName(name + service);
        box->setAccessibleName(tr("%1: deny %2").arg(accessibleName, service));
        grid->addWidget(box, i / 3, i % 3);
        m_services.append(box);
        connect(box, &QCheckBox::toggled, this, &IsolationEditor::edited);
        ++i;
    }
    layout->addLayout(grid);
    connect(m_enabled, &QCheckBox::toggled, this, &IsolationEditor::edited);
}

const QStringList& IsolationEditor::services()
{
    static const QStringList list { QStringLiteral("EXECUTOR"), QStringLiteral("INDEXER"),
        QStringLiteral("SCHEDULER"), QStringLiteral("WEBSERVER"), QStringLiteral("WORKER"),
        QStringLiteral("CONTROLLER") };
    return list;
}

void IsolationEditor::setIsolation(const std::optional<Isolation>& isolation)
{
    m_enabled->setChecked(isolation && isolation->enabled);
    for (QCheckBox* box : std::as_const(m_services))
        box->setChecked(isolation && isolation->deniedServices.contains(box->text()));
}

std::optional<Isolation> IsolationEditor::isolation(const std::optional<Isolation>& base) const
{
    Isolation out;
    out.enabled = m_enabled->isChecked();
    QStringList checked;
    for (QCheckBox* box : m_services) {
        if (box->isChecked())
            checked << box->text();
    }
    if (base) {
        for (const QString& s : base->deniedServices) {
            if (!services().contains(s) || checked.contains(s))
                out.deniedServices << s;
        }
    }
    for (const QString& s : std::as_const(checked)) {
        if (!out.deniedServices.contains(s))
            out.deniedServices << s;
    }
    if (!base && !out.enabled && out.deniedServices.isEmpty())
        return std::nullopt;
    return out;
}

} // namespace ktc::ui
