#pragma once

#include <QString>

#include <functional>

class QObject;
class QWidget;

namespace ktc::ui {

// Every question the console asks the user goes through here, so that tests can pre-answer it.
// Questions are asynchronous (no nested event loop): the answer arrives through `done`, which is
// dropped if `context` is destroyed first.
class Prompter
{
public:
    enum class Answer { Accept, Discard, Cancel };

    virtual ~Prompter() = default;

    // A yes/no question; `acceptText` labels the button that says yes ("Delete", "Revoke").
    virtual void confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptText,
                         QObject* context, std::function<void(bool accepted)> done) = 0;
    // Unsaved changes: Save (Accept), Discard, or Cancel.
    virtual void askToSave(QWidget* parent, const QString& text, QObject* context,
                           std::function<void(Answer)> done) = 0;
    // Something the user must read; nothing to decide.
    virtual void inform(QWidget* parent, const QString& title, const QString& text) = 0;
};

// The real prompter: window-modal QMessageBoxes opened with open(), never exec().
class MessageBoxPrompter final : public Prompter
{
public:
    void confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptText,
                 QObject* context, std::function<void(bool accepted)> done) override;
    void askToSave(QWidget* parent, const QString& text, QObject* context, std::function<void(Answer)> done) override;
    void inform(QWidget* parent, const QString& title, const QString& text) override;
};

} // namespace ktc::ui
