#include "StateOverlay.h"

#include "models/PagedModelBase.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ktc::ui {

namespace {
QLabel* centeredLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

StateOverlay::StateOverlay(QWidget* content, QWidget* parent)
    : QStackedWidget(parent)
    , m_content(content)
{
    setObjectName(QStringLiteral("stateOverlay"));
    m_loadingPanel = new QWidget(this);
    m_loading = centeredLabel(m_loadingPanel);
    m_loading->setObjectName(QStringLiteral("loadingText"));
    (new QVBoxLayout(m_loadingPanel))->addWidget(m_loading);

    m_errorPanel = new QWidget(this);
    m_error = centeredLabel(m_errorPanel);
    m_error->setObjectName(QStringLiteral("errorText"));
    m_error->setAccessibleName(tr("Error"));
    m_retry = new QPushButton(tr("Retry"), m_errorPanel);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleName(tr("Retry"));
    auto* errorLayout = new QVBoxLayout(m_errorPanel);
    errorLayout->addStretch();
    errorLayout->addWidget(m_error);
    errorLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    errorLayout->addStretch();
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_retryAction)
            m_retryAction();
    });

    m_empty = centeredLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyText"));

    addWidget(m_content);
    addWidget(m_loadingPanel);
    addWidget(m_errorPanel);
    addWidget(m_empty);
    showContent();
}

void StateOverlay::showContent() { setCurrentWidget(m_content); }

void StateOverlay::showLoading(const QString& text)
{
    m_loading->setText(text.isEmpty() ? tr("Loading...") : text);
    setCurrentWidget(m_loadingPanel);
}

void StateOverlay::showError(const QString& message, std::function<void()> retry)
{
    m_error->setText(message);
    m_retryAction = std::move(retry);
    m_retry->setVisible(bool(m_retryAction));
    setCurrentWidget(m_errorPanel);
    if (m_retry->isVisible())
        m_retry->setFocus();
}

void StateOverlay::showEmpty(const QString& text)
{
    m_empty->setText(text);
    setCurrentWidget(m_empty);
}

void StateOverlay::bindModel(models::PagedModelBase* model, const QString& emptyText)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_emptyText = emptyText;
    connect(model, &models::PagedModelBase::stateChanged, this, &StateOverlay::followModel);
    connect(model, &QAbstractItemModel::modelReset, this, &StateOverlay::followModel);
    connect(model, &QAbstractItemModel::rowsInserted, this, &StateOverlay::followModel);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &StateOverlay::followModel);
    followModel();
}

void StateOverlay::followModel()
{
    using State = models::PagedModelBase::State;
    const bool hasRows = m_model->rowCount() > 0;
    switch (m_model->state()) {
    case State::Loading:
        if (!hasRows)
            showLoading();
        return;
    case State::Error:
        if (!hasRows)
            showError(m_model->errorMessage(), [model = m_model] { model->retry(); });
        else
            emit errorWhileLoaded(m_model->errorMessage());
        return;
    case State::Idle:
        if (!hasRows && m_model->hasLoaded())
            showEmpty(m_model->searchText().isEmpty() ? m_emptyText : tr("Nothing matches \"%1\".").arg(m_model->searchText()));
        else
            showContent();
        return;
    }
}

StateOverlay::Showing StateOverlay::showing() const
{
    QWidget* w = currentWidget();
    return w == m_loadingPanel ? Showing::Loading
        : w == m_errorPanel    ? Showing::Error
        : w == m_empty         ? Showing::Empty
                               : Showing::Content;
}

QString StateOverlay::messageText() const
{
    switch (showing()) {
    case Showing::Loading: return m_loading->text();
    case Showing::Error:   return m_error->text();
    case Showing::Empty:   return m_empty->text();
    case Showing::Content: break;
    }
    return {};
}

} // namespace ktc::ui
