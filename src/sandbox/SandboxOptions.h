#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace ktc::sandbox {

// The kestra-sandbox command line, parsed and validated.
struct SandboxOptions
{
    QHostAddress host = QHostAddress::LocalHost;
    QString hostText = QStringLiteral("127.0.0.1");
    quint16 port = 8080;
    QString dataDir; // empty: a fresh temporary directory
    QString seed = QStringLiteral("none");
    QString ownerEmail;
    QString ownerPassword;
    QString accessLog;
    QString faults;
    bool control = false;

    // Parses QCoreApplication::arguments(); on failure returns false with a message.
    static bool parse(const QStringList& args, SandboxOptions* out, QString* error);
};

} // namespace ktc::sandbox
