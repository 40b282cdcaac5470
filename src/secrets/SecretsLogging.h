#pragma once

#include <QLoggingCategory>

// The logging category of the secrets module ("ktc.secrets"). Never log a secret through it.
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
