#pragma once

class QCoreApplication;

namespace ktc::app {

// Installs the console's translation for the user's locale, when there is one.
bool installTranslations(QCoreApplication& app);

} // namespace ktc::app
