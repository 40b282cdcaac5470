#include "Prompter.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace ktc::ui {

namespace {
QMessageBox* makeBox(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("prompt"));
    box->setWindowModality(Qt::WindowModal);
    return box;
}
} // namespace

void MessageBoxPrompter::confirm(QWidget* parent, const QString& title, const QString& text,
                                 const QString& acceptText, QObject* context, std::function<void(bool)> done)
{
    QMessageBox* box = makeBox(parent, QMessageBox::Warning, title, text);
    QPushButton* accept = box->addButton(acceptText, QMessageBox::DestructiveRole);
    accept->setObjectName(QStringLiteral("promptAccept"));
    accept->setAccessibleName(acceptText);
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    QPointer<QObject> guard(context);
    QObject::connect(box, &QMessageBox::finished, box, [box, accept, guard, done = std::move(done)](int) {
        if (guard)
            done(box->clickedButton() == accept);
    });
    box->open();
}

void MessageBoxPrompter::askToSave(QWidget* parent, const QString& text, QObject* context,
                                   std::function<void(Answer)> done)
{
    QMessageBox* box = makeBox(parent, QMessageBox::Question, QObject::tr("Unsaved changes"), text);
    box->setStandardButtons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    QPointer<QObject> guard(context);
    QObject::connect(box, &QMessageBox::finished, box, [box, guard, done = std::move(done)](int) {
        if (!guard)
            return;
        const auto button = box->standardButton(box->clickedButton());
        done(button == QMessageBox::Save      ? Answer::Accept
             : button == QMessageBox::Discard ? Answer::Discard
                                              : Answer::Cancel);
    });
    box->open();
}

void MessageBoxPrompter::inform(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox* box = makeBox(parent, QMessageBox::Information, title, text);
    box->setStandardButtons(QMessageBox::Ok);
    box->open();
}

} // namespace ktc::ui
