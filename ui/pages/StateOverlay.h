#pragma once

#include <QStackedWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace ktc::models {
class PagedModelBase;
}

namespace ktc::ui {

// Shows a page's content, or instead of it what is going on: loading, an error with Retry, or
// "nothing here". Bound to a model, it follows the model's state by itself.
class StateOverlay : public QStackedWidget
{
    Q_OBJECT
public:
    explicit StateOverlay(QWidget* content, QWidget* parent = nullptr);

    void showContent();
    void showLoading(const QString& text = {});
    void showError(const QString& message, std::function<void()> retry);
    void showEmpty(const QString& text);

    // Follows the model: loading and error states while it has no rows, `emptyText` when a load
    // found nothing; errors on later pages are reported through errorWhileLoaded().
    void bindModel(models::PagedModelBase* model, const QString& emptyText);

    enum class Showing { Content, Loading, Error, Empty };
    Showing showing() const;
    QString messageText() const;

signals:
    void errorWhileLoaded(const QString& message);

private:
    void followModel();

    QWidget* m_content;
    QWidget* m_loadingPanel = nullptr;
    QLabel* m_loading = nullptr;
    QWidget* m_errorPanel = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_retry = nullptr;
    QLabel* m_empty = nullptr;
    std::function<void()> m_retryAction;
    models::PagedModelBase* m_model = nullptr;
    QString m_emptyText;
};

} // namespace ktc::ui
