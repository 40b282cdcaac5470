#pragma once

#include <QString>
#include <QStringList>

namespace ktc::app {

// The console's command line, parsed without needing a QApplication (so --help and --version
// work with no display).
struct CommandLine
{
    enum class Action { Run, ShowHelp, ShowVersion, Error };

    Action action = Action::Run;
    bool demo = false;
    QString profileName;
    QString text; // help or version text, or the error message
};

CommandLine parseCommandLine(const QStringList& arguments);

// True when Qt can open a window: a display is set, or a platform plugin is chosen explicitly.
bool hasDisplay();

} // namespace ktc::app
