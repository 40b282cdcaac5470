#include "ScriptedPrompter.h"

#include <QMetaObject>
#include <QObject>

namespace ktc::test {

// Answers arrive from the event loop, as they would from a real dialog.
void ScriptedPrompter::confirm(QWidget*, const QString& title, const QString& text, const QString& acceptText,
                               QObject* context, std::function<void(bool)> done)
{
    m_questions.append({ QStringLiteral("confirm"), title, text, acceptText });
    const bool answer = m_confirms.isEmpty() ? true : m_confirms.takeFirst();
    QMetaObject::invokeMethod(context, [done = std::move(done), answer] { done(answer); }, Qt::QueuedConnection);
}

void ScriptedPrompter::askToSave(QWidget*, const QString& text, QObject* context, std::function<void(Answer)> done)
{
    m_questions.append({ QStringLiteral("askToSave"), QString(), text, QString() });
    const Answer answer = m_saveAnswers.isEmpty() ? Answer::Cancel : m_saveAnswers.takeFirst();
    QMetaObject::invokeMethod(context, [done = std::move(done), answer] { done(answer); }, Qt::QueuedConnection);
}

void ScriptedPrompter::inform(QWidget*, const QString& title, const QString& text)
{
    m_questions.append({ QStringLiteral("inform"), title, text, QString() });
}

} // namespace ktc::test
