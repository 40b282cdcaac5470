#pragma once

#include "PageContext.h"

#include <QWidget>

#include <functional>

namespace ktc::ui {

// The base of the six tenant tabs: holds the page's context, loads when the page is first shown
// for a tenant (not before), forgets the previous tenant's data at once when the tenant changes,
// and speaks the unsaved-changes protocol that the main window uses before leaving a tenant.
class TenantPage : public QWidget
{
    Q_OBJECT
public:
    explicit TenantPage(QWidget* parent = nullptr);

    // A new tenant (or session): the old data goes now; the new loads when the page is visible.
    void setContext(const PageContext& context);
    const PageContext& context() const { return m_context; }

    // F5: loads again what the page shows.
    virtual void refresh();

    virtual bool hasUnsavedChanges() const { return false; }
    // Saves the edits; `done(true)` once saved, `done(false)` if it failed (the edits are kept).
    virtual void saveChanges(std::function<void(bool saved)> done) { done(true); }
    virtual void discardChanges() { }

signals:
    void unsavedChangesChanged(bool unsaved);
    // A short note for the status bar ("Group created").
    void statusMessage(const QString& text);

protected:
    // Loads the current context's data; called on first show after a context change.
    virtual void load() = 0;
    // The context changed: drop everything shown for the old one, synchronously.
    virtual void clearForContext() { }

    void showEvent(QShowEvent* event) override;

private:
    PageContext m_context;
    bool m_needsLoad = false;
};

} // namespace ktc::ui
