#pragma once

#include "ui/Prompter.h"

#include <QList>
#include <QPointer>
#include <QStringList>

namespace ktc::test {

// A Prompter that tests pre-answer: each question takes the next queued answer (default: accept
// confirmations, Cancel for unsaved changes) and is recorded, so a test can assert what was asked.
class ScriptedPrompter final : public ui::Prompter
{
public:
    struct Question
    {
        QString kind; // "confirm", "askToSave" or "inform"
        QString title;
        QString text;
        QString acceptText;
    };

    void queueConfirm(bool accept) { m_confirms.append(accept); }
    void queueSaveAnswer(Answer answer) { m_saveAnswers.append(answer); }

    const QList<Question>& questions() const { return m_questions; }
    QString lastText() const { return m_questions.isEmpty() ? QString() : m_questions.constLast().text; }
    void clearQuestions() { m_questions.clear(); }

    void confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptText,
                 QObject* context, std::function<void(bool accepted)> done) override;
    void askToSave(QWidget* parent, const QString& text, QObject* context, std::function<void(Answer)> done) override;
    void inform(QWidget* parent, const QString& title, const QString& text) override;

private:
    QList<bool> m_confirms;
    QList<Answer> m_saveAnswers;
    QList<Question> m_questions;
};

} // namespace ktc::test
