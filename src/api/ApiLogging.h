#pragma once

#include <QLoggingCategory>

// The logging category of the api module ("ktc.api"). Never log a secret through it.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
