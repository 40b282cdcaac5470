#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ktc::app {

CommandLine parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ktc::app", "Kestra Tenant Console: administration of Kestra Enterprise tenants."));
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") },
                                  QCoreApplication::translate("ktc::app", "Show this help and exit."));
    const QCommandLineOption version(QStringList { QStringLiteral("v"), QStringLiteral("version") },
                                     QCoreApplication::translate("ktc::app", "Show the version and exit."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate(
                                      "ktc::app", "Start the embedded sandbox with demo data and connect to it."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QCoreApplication::translate("ktc::app", "Connect with the saved profile NAME."),
                                     QStringLiteral("NAME"));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOption(demo);
    parser.addOption(profile);

    CommandLine result;
    if (!parser.parse(arguments)) {
        result.action = CommandLine::Action::Error;
        result.text = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.action = CommandLine::Action::ShowHelp;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.action = CommandLine::Action::ShowVersion;
        result.text = QStringLiteral("kestra-tenant-console ") + QStringLiteral(KTC_VERSION) + QLatin1Char('\n');
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.action = CommandLine::Action::Error;
        result.text = QCoreApplication::translate("ktc::app", "Unexpected argument: %1")
                          .arg(parser.positionalArguments().constFirst());
        return result;
    }
    result.demo = parser.isSet(demo);
    result.profileName = parser.value(profile);
    if (result.demo && !result.profileName.isEmpty()) {
        result.action = CommandLine::Action::Error;
        result.text = QCoreApplication::translate("ktc::app", "--demo and --profile cannot be used together");
    }
    return result;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

} // namespace ktc::app
