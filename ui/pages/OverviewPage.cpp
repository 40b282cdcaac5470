#include "OverviewPage.h"

#include "PageContext.h"
#include "StateOverlay.h"
#include "api/ApiClient.h"
#include "api/TenantsApi.h"
#include "ui/Prompter.h"
#include "ui/overview/TenantForm.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ktc::ui {

OverviewPage::OverviewPage(QWidget* parent)
    : TenantPage(parent)
    , m_form(new TenantForm)
    , m_overlay(nullptr)
    , m_unsaved(new QLabel(tr("Unsaved changes")))
    , m_status(new QLabel)
    , m_error(new QLabel)
    , m_save(new QPushButton(tr("Save")))
    , m_revert(new QPushButton(tr("Revert")))
    , m_fieldErrors(m_error)
{
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("overviewContent"));

    m_unsaved->setObjectName(QStringLiteral("unsavedMarker"));
    m_unsaved->setAccessibleName(tr("Unsaved changes"));
    m_unsaved->setStyleSheet(QStringLiteral("font-weight: bold; color: #8a5a00;"));
    m_status->setObjectName(QStringLiteral("overviewStatus"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAccessibleName(tr("Save"));
    m_save->setToolTip(tr("Save the changes to the tenant"));
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->setAccessibleName(tr("Revert"));
    m_revert->setToolTip(tr("Throw the changes away and show the tenant as last read"));
    m_error->setObjectName(QStringLiteral("overviewError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_unsaved);
    bar->addWidget(m_status);
    bar->addStretch();
    bar->addWidget(m_revert);
    bar->addWidget(m_save);

    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setAccessibleName(tr("Tenant properties"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);

    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(bar);
    contentLayout->addWidget(m_error);
    contentLayout->addWidget(scroll, 1);

    m_overlay = new StateOverlay(content, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_overlay);

    m_form->registerFields(m_fieldErrors);
    connect(m_form, &TenantForm::edited, this, &OverviewPage::onEdited);
    connect(m_save, &QPushButton::clicked, this, [this] { save({}); });
    connect(m_revert, &QPushButton::clicked, this, &OverviewPage::discardChanges);

    clearForContext();
}

bool OverviewPage::hasUnsavedChanges() const
{
    return m_loaded && m_dirty;
}

void OverviewPage::refresh()
{
    if (!hasUnsavedChanges() || !context().prompter) {
        TenantPage::refresh();
        return;
    }
    context().prompter->confirm(this, tr("Reload tenant"),
        tr("The tenant %1 has unsaved changes. Reload it and lose them?").arg(context().tenantId),
        tr("Reload"), this, [this](bool accepted) {
            if (accepted)
                TenantPage::refresh();
        });
}

void OverviewPage::saveChanges(std::function<void(bool saved)> done)
{
    if (!hasUnsavedChanges()) {
        done(true);
        return;
    }
    if (m_saving) {
        done(false); // one save at a time; the user sees the one running
        return;
    }
    save(std::move(done));
}

void OverviewPage::discardChanges()
{
    if (!m_loaded || m_saving)
        return;
    m_form->setTenant(m_baseline, m_legacy);
    clearError();
    m_status->clear();
    setDirty(false);
}

void OverviewPage::load()
{
    const quint64 generation = ++m_generation; // first: a cancelled reply must find itself stale
    cancelPending();
    m_loaded = false;
    m_saving = false;
    setDirty(false);
    clearError();
    m_status->clear();
    api::ApiClient* client = context().client;
    m_legacy = client->adapter().isLegacy();
    m_overlay->showLoading(tr("Loading tenant %1...").arg(context().tenantId));
    m_pendingClient = client;
    m_pendingRequest = api::TenantsApi(client).get(
        context().tenantId, this, [this, generation](const api::ApiResult<Tenant>& result) {
            if (generation != m_generation)
                return; // an answer for a tenant no longer shown
            m_pendingRequest = 0;
            if (!result) {
                m_overlay->showError(tr("The tenant could not be loaded: %1").arg(result.error().message()),
                    [this] { load(); });
                return;
            }
            m_baseline = result.value();
            m_form->setTenant(m_baseline, m_legacy);
            m_form->setEnabled(true);
            m_loaded = true;
            setDirty(false);
            m_overlay->showContent();
        });
}

void OverviewPage::clearForContext()
{
    // Nothing of the previous tenant may stay on screen, not even while the next one loads.
    ++m_generation;
    cancelPending();
    m_loaded = false;
    m_saving = false;
    m_baseline = Tenant {};
    m_form->clear();
    m_form->setEnabled(true);
    clearError();
    m_status->clear();
    setDirty(false);
    if (context().isValid())
        m_overlay->showLoading(tr("Loading tenant %1...").arg(context().tenantId));
    else
        m_overlay->showEmpty(tr("No tenant selected."));
}

void OverviewPage::onEdited()
{
    if (!m_loaded)
        return;
    setDirty(m_form->applied(m_baseline) != m_baseline);
}

void OverviewPage::save(std::function<void(bool saved)> done)
{
    if (!m_loaded || m_saving || !context().isValid()) {
        if (done)
            done(false);
        return;
    }
    if (const QList<FieldError> local = m_form->localErrors(); !local.isEmpty()) {
        showError(tr("Correct the marked fields, then save again."), local);
        if (done)
            done(false);
        return;
    }
    const Tenant edited = m_form->applied(m_baseline);
    const quint64 generation = m_generation;
    const QString id = context().tenantId;
    m_saving = true;
    m_form->setEnabled(false);
    clearError();
    m_status->setText(tr("Saving..."));
    updateState();
    m_pendingClient = context().client;
    m_pendingRequest
        = api::TenantsApi(context().client)
              .update(edited, this, [this, generation, id, done](const api::ApiResult<Tenant>& result) {
                  if (generation != m_generation) {
                      if (done)
                          done(result.ok());
                      return;
                  }
                  m_pendingRequest = 0;
                  m_saving = false;
                  m_form->setEnabled(true);
                  if (result) {
                      m_baseline = result.value();
                      m_form->setTenant(m_baseline, m_legacy);
                      m_status->setText(tr("Saved."));
                      setDirty(false);
                      emit statusMessage(tr("Tenant %1 saved").arg(id));
                  } else {
                      // The edits stay in the form: the user can fix them and press Save again.
                      m_status->clear();
                      showError(tr("The tenant could not be saved: %1").arg(result.error().message()),
                          result.error().fieldErrors());
                      updateState();
                  }
                  if (done)
                      done(result.ok());
              });
}

void OverviewPage::showError(const QString& message, const QList<FieldError>& errors)
{
    m_fieldErrors.show(message, errors);
    m_error->setVisible(!m_error->text().isEmpty());
}

void OverviewPage::clearError()
{
    m_fieldErrors.clear();
    m_error->hide();
}

void OverviewPage::setDirty(bool dirty)
{
    const bool changed = dirty != m_dirty;
    m_dirty = dirty;
    updateState();
    if (changed)
        emit unsavedChangesChanged(dirty);
}

void OverviewPage::updateState()
{
    m_unsaved->setVisible(m_dirty);
    m_save->setEnabled(m_loaded && m_dirty && !m_saving);
    m_revert->setEnabled(m_loaded && m_dirty && !m_saving);
    setWindowTitle(m_dirty ? tr("Overview *") : tr("Overview"));
}

void OverviewPage::cancelPending()
{
    if (m_pendingRequest && m_pendingClient && m_pendingClient->isInFlight(m_pendingRequest))
        m_pendingClient->cancel(m_pendingRequest);
    m_pendingRequest = 0;
}

} // namespace ktc::ui
