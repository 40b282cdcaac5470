#pragma once

#include <QComboBox>

namespace ktc::ui {

// A combo box of fixed choices, each carrying an int (an enum value, or -1 for "not set").
// A value the box does not list (a server value this console cannot name) gets its own item, so
// showing and reading back a tenant never changes it.
class ChoiceBox : public QComboBox
{
    Q_OBJECT
public:
    ChoiceBox(const QString& objectName, const QString& accessibleName, QWidget* parent = nullptr);

    void addChoice(const QString& text, int value);
    void setValue(int value);
    int value() const;
};

} // namespace ktc::ui
