#pragma once

#include <QLoggingCategory>

// The logging category of the models module ("ktc.models"). Never log a secret through it.
Q_DECLARE_LOGGING_CATEGORY(lcModels)
