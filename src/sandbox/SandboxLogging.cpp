#include "SandboxLogging.h"

Q_LOGGING_CATEGORY(lcSandbox, "ktc.sandbox", QtInfoMsg)
