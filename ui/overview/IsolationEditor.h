#pragma once

#include "core/Tenant.h"

#include <QList>
#include <QWidget>
#include <optional>

class QCheckBox;

namespace ktc::ui {

// Storage or secret isolation: enabled, and which Kestra services are denied the backend.
class IsolationEditor : public QWidget
{
    Q_OBJECT
public:
    // `name` prefixes the children's object names ("storageIsolation" -> ...Enabled, ...WORKER).
    IsolationEditor(const QString& name, const QString& accessibleName, QWidget* parent = nullptr);

    static const QStringList& services();

    void setIsolation(const std::optional<Isolation>& isolation);
    // The edited isolation; absent stays absent while nothing is set. Denied services keep the
    // order they were read in, and services this console does not know are kept.
    std::optional<Isolation> isolation(const std::optional<Isolation>& base) const;
    QCheckBox* enabledBox() const { return m_enabled; }

signals:
    void edited();

private:
    QCheckBox* m_enabled = nullptr;
    QList<QCheckBox*> m_services;
};

} // namespace ktc::ui
