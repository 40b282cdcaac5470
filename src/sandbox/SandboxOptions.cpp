#include "SandboxOptions.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace ktc::sandbox {

bool SandboxOptions::parse(const QStringList& args, SandboxOptions* out, QString* error)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"A Kestra-EE-2.0-compatible IAM server persisted in SQLite."_s);
    p.addHelpOption();
    const QCommandLineOption listen(u"listen"_s, u"Address to listen on (port 0: a free one)."_s,
                                    u"HOST:PORT"_s, u"127.0.0.1:8080"_s);
    const QCommandLineOption data(u"data"_s, u"Directory of the SQLite database."_s, u"DIR"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed a new database: none, demo or large."_s,
                                  u"KIND"_s, u"none"_s);
    const QCommandLineOption owner(u"owner"_s, u"Create or reset an instance owner."_s,
                                   u"EMAIL:PASSWORD"_s);
    const QCommandLineOption accessLog(u"access-log"_s, u"Write one JSON line per request."_s,
                                       u"FILE"_s);
    const QCommandLineOption faults(u"faults"_s, u"Inject faults into API routes."_s, u"SPEC"_s);
    const QCommandLineOption control(u"control"_s, u"Enable the loopback-only /_sandbox routes."_s);
    p.addOptions({listen, data, seed, owner, accessLog, faults, control});
    if (!p.parse(args)) {
        *error = p.errorText();
        return false;
    }
    if (p.isSet(u"help"_s)) {
        *error = p.helpText();
        return false;
    }
    SandboxOptions o;
    const QString l = p.value(listen);
    const qsizetype colon = l.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = l.mid(colon + 1).toUInt(&portOk);
    QString host = l.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (colon <= 0 || !portOk || port > 65535 || !o.host.setAddress(host)) {
        *error = u"--listen expects HOST:PORT with a numeric address, e.g. 127.0.0.1:0"_s;
        return false;
    }
    o.hostText = l.left(colon);
    o.port = quint16(port);
    o.dataDir = p.value(data);
    o.seed = p.value(seed);
    if (o.seed != u"none"_s && o.seed != u"demo"_s && o.seed != u"large"_s) {
        *error = u"--seed expects none, demo or large"_s;
        return false;
    }
    if (p.isSet(owner)) {
        const QString v = p.value(owner);
        const qsizetype c = v.indexOf(QLatin1Char(':'));
        if (c <= 0 || c == v.size() - 1 || !v.left(c).contains(QLatin1Char('@'))) {
            *error = u"--owner expects EMAIL:PASSWORD"_s;
            return false;
        }
        o.ownerEmail = v.left(c);
        o.ownerPassword = v.mid(c + 1);
    }
    o.accessLog = p.value(accessLog);
    o.faults = p.value(faults);
    o.control = p.isSet(control);
    *out = o;
    return true;
}

} // namespace ktc::sandbox
