#include "UiLogging.h"

Q_LOGGING_CATEGORY(lcUi, "ktc.ui", QtInfoMsg)
