#include "SecretsLogging.h"

Q_LOGGING_CATEGORY(lcSecrets, "ktc.secrets", QtInfoMsg)
