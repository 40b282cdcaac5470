#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ktc::ui {

// What a first start shows: connect to a Kestra server, or try the demo sandbox.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    // A line under the buttons, e.g. why the last connection attempt failed.
    void setStatus(const QString& text);
    void setBusy(bool busy);

signals:
    void connectRequested();
    void demoRequested();

private:
    QPushButton* m_connect = nullptr;
    QPushButton* m_demo = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace ktc::ui
