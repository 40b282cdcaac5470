#include "ModelsLogging.h"

Q_LOGGING_CATEGORY(lcModels, "ktc.models", QtInfoMsg)
