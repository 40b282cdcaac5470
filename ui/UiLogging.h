#pragma once

#include <QLoggingCategory>

// The logging category of the widgets ("ktc.ui"). Never log a secret through it.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
