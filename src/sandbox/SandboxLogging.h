#pragma once

#include <QLoggingCategory>

// The logging category of the sandbox module ("ktc.sandbox"). Never log a secret through it.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
