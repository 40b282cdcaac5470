// kestra-sandbox entry point; the server itself lives in the ktc_sandbox library.
#include "sandbox/Database.h"
#include "sandbox/HttpError.h"
#include "sandbox/SandboxLogging.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/Seeder.h"
#include "sandbox/WorkerGroupRoutes.h"
#include "sandbox/SignalWatcher.h"
#include "sandbox/TenantAccessIndex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <memory>

using namespace ktc::sandbox;
using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"kestra-sandbox"_s);
    QCoreApplication::setApplicationVersion(u"2.0.0-sandbox"_s);

    SandboxOptions options;
    QString error;
    if (!SandboxOptions::parse(QCoreApplication::arguments(), &options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return error.startsWith(u"Usage"_s) ? 0 : 2;
    }

    std::unique_ptr<QTemporaryDir> tempDir;
    QString dataDir = options.dataDir;
    if (dataDir.isEmpty()) {
        tempDir = std::make_unique<QTemporaryDir>();
        if (!tempDir->isValid()) {
            std::fprintf(stderr, "kestra-sandbox: cannot create a temporary directory\n");
            return 1;
        }
        dataDir = tempDir->path();
    }

    Database db;
    if (!db.open(dataDir, &error)) {
        std::fprintf(stderr, "kestra-sandbox: cannot open the database: %s\n", qPrintable(error));
        return 1;
    }
    {
        SandboxServer server(db, options.control);
        if (!options.faults.isEmpty() && !server.setFaults(options.faults, &error)) {
            std::fprintf(stderr, "kestra-sandbox: %s\n", qPrintable(error));
            return 2;
        }
        if (!options.accessLog.isEmpty() && !server.openAccessLog(options.accessLog, &error)) {
            std::fprintf(stderr, "kestra-sandbox: cannot open the access log: %s\n", qPrintable(error));
            return 1;
        }
        try {
            Seeder seeder(server.context());
            if (db.isNew())
                WorkerGroupRoutes::seedDefaults(db);
            if (db.isNew() && options.seed != u"none"_s) {
                QElapsedTimer t;
                t.start();
                if (options.seed == u"demo"_s)
                    seeder.seedDemo();
                else
                    seeder.seedLarge();
                qCInfo(lcSandbox) << "seed" << options.seed << "applied in" << t.elapsed() << "ms";
            }
            if (!options.ownerEmail.isEmpty())
                seeder.ensureOwner(options.ownerEmail, options.ownerPassword);
            // build the member indexes now rather than on the first list request
            QSqlQuery tenants = db.exec(u"SELECT id FROM tenants"_s);
            while (tenants.next())
                server.context().accessIndex.entries(tenants.value(0).toString());
        } catch (const HttpError& e) {
            std::fprintf(stderr, "kestra-sandbox: seeding failed: %s\n", qPrintable(e.message()));
            return 1;
        }

        // The handler goes in before the listening line: a client may send SIGTERM as soon as
        // it has read that line, and the default action would kill us without closing the
        // database. A signal that arrives before exec() waits in the socketpair.
        SignalWatcher watcher;
        QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app, &QCoreApplication::quit);

        const quint16 port = server.listen(options.host, options.port);
        if (port == 0) {
            std::fprintf(stderr, "kestra-sandbox: cannot listen on %s:%u\n", qPrintable(options.hostText),
                         unsigned(options.port));
            return 1;
        }
        std::printf("kestra-sandbox listening on http://%s:%u\n", qPrintable(options.hostText), unsigned(port));
        std::fflush(stdout);

        app.exec();
        qCInfo(lcSandbox) << "shutting down";
    }
    db.close();
    return 0;
}
