#pragma once

#include "core/Binding.h"

#include <QCoreApplication>
#include <QString>

namespace ktc::ui {

// How a binding is named in confirmations and notices ("role Admin to group ops in the whole tenant").
class BindingText
{
    Q_DECLARE_TR_FUNCTIONS(BindingText)

public:
    static QString subject(const Binding& binding);
    static QString where(const Binding& binding);
    static QString summary(const Binding& binding);
};

} // namespace ktc::ui
