// kestra-tenant-console entry point: parse the command line, check for a display, hand over to
// the composition root.
#include "CommandLine.h"
#include "CompositionRoot.h"
#include "Translations.h"

#include <QApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    const ktc::app::CommandLine cli = ktc::app::parseCommandLine(arguments);
    switch (cli.action) {
    case ktc::app::CommandLine::Action::ShowHelp:
    case ktc::app::CommandLine::Action::ShowVersion:
        std::fputs(cli.text.toLocal8Bit().constData(), stdout);
        return 0;
    case ktc::app::CommandLine::Action::Error:
        std::fprintf(stderr, "kestra-tenant-console: %s\n", cli.text.toLocal8Bit().constData());
        return 2;
    case ktc::app::CommandLine::Action::Run:
        break;
    }
    if (!ktc::app::hasDisplay()) {
        std::fputs("kestra-tenant-console: no display found (set DISPLAY or WAYLAND_DISPLAY, or "
                   "QT_QPA_PLATFORM=offscreen)\n",
                   stderr);
        return 1;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kestra-tenant-console"));
    QApplication::setOrganizationName(QStringLiteral("kestra-tenant-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kestra Tenant Console"));
    QApplication::setApplicationVersion(QStringLiteral(KTC_VERSION));

    ktc::app::installTranslations(app);

    ktc::app::CompositionRoot root(cli);
    root.start();
    return QApplication::exec();
}
