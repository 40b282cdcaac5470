#include "ApiLogging.h"

Q_LOGGING_CATEGORY(lcApi, "ktc.api", QtInfoMsg)
