#include "CoreLogging.h"

Q_LOGGING_CATEGORY(lcCore, "ktc.core", QtInfoMsg)
