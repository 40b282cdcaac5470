#pragma once

#include <QLoggingCategory>

// The logging category of the core module ("ktc.core"). Never log a secret through it.
Q_DECLARE_LOGGING_CATEGORY(lcCore)
