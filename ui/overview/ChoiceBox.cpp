#include "ChoiceBox.h"

namespace ktc::ui {

namespace {
const char* const kExtraProperty = "ktcExtraChoice";
}

ChoiceBox::ChoiceBox(const QString& objectName, const QString& accessibleName, QWidget* parent)
    : QComboBox(parent)
{
    setObjectName(objectName);
    setAccessibleName(accessibleName);
}

void ChoiceBox::addChoice(const QString& text, int value)
{
    addItem(text, value);
}

void ChoiceBox::setValue(int value)
{
    int index = findData(value);
    if (index < 0) {
        const int extra = property(kExtraProperty).toInt() - 1;
        if (extra >= 0 && extra < count())
            removeItem(extra);
        addItem(tr("Other (kept as the server has it)"), value);
        index = count() - 1;
        setProperty(kExtraProperty, index + 1);
    }
    setCurrentIndex(index);
}

int ChoiceBox::value() const
{
    return currentData().toInt();
}

} // namespace ktc::ui
