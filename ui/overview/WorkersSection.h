#pragma once

#include "TenantSection.h"

class QLabel;
class QLineEdit;
class QWidget;

namespace ktc::ui {

class ChoiceBox;

// Where the tenant's tasks run: on 2.0 the default worker selector (tags, match, fallback), on
// 1.3 the worker group (key, fallback).
class WorkersSection : public TenantSection
{
    Q_OBJECT
public:
    explicit WorkersSection(QWidget* parent = nullptr);

    void setTenant(const Tenant& tenant, bool legacy) override;
    void applyTo(Tenant& tenant) const override;
    void registerFields(FieldErrors& errors) override;

    // "gpu, eu-west" -> ["gpu", "eu-west"]
    static QStringList parseTags(const QString& text);

private:
    bool m_legacy = false;
    QWidget* m_selector;
    QLineEdit* m_tags;
    ChoiceBox* m_match;
    ChoiceBox* m_fallback;
    QWidget* m_group;
    QLineEdit* m_groupKey;
    ChoiceBox* m_groupFallback;
};

} // namespace ktc::ui
