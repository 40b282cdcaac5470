// kestra-sandbox entry point; the server itself lives in the ktc_sandbox library.
#include <QCoreApplication>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::fputs("kestra-sandbox: not built yet\n", stderr);
    return 2;
}
