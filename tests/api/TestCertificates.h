#pragma once

#include <QByteArray>

namespace ktc::test {

// Two self-signed certificates (openssl req -x509, EC P-256), for TLS pinning tests.
inline QByteArray certificateA()
{
    return QByteArrayLiteral(
        "-----BEGIN CERTIFICATE-----\n"
        "MIIBhzCCAS2gAwIBAgIUZG4Mog+S1yGaAKAl9txB+CqfkYcwCgYIKoZIzj0EAwIw\n"
        "GDEWMBQGA1UEAwwNa2VzdHJhLWEudGVzdDAgFw0yNjEyMDEwODI5NDZaGA8yMTI2\n"
        "MTEwNzA4Mjk0NlowGDEWMBQGA1UEAwwNa2VzdHJhLWEudGVzdDBZMBMGByqGSM49\n"
        "AgEGCCqGSM49AwEHA0IABFZc3Uhtqk3tXZGNUn7OtHsE1Iq2k/E5gNWJ10ODPnYx\n"
        "OQYq42+ndM0bNYVwww5e4FYtMQTak7PAuM7KquY+aXijUzBRMB0GA1UdDgQWBBRq\n"
        "XtWX+Xz47/pKjRBaWcbiRggYDzAfBgNVHSMEGDAWgBRqXtWX+Xz47/pKjRBaWcbi\n"
        "RggYDzAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0gAMEUCIQCJ5YP5GXJz\n"
        "Fmy9GSNT7YDIuiqJHfJ89+VVYcFnPKGfmQIgOVlel+SzR3cNuPphFecLcfbVut5g\n"
        "O0pbaZlPUDTS7/8=\n"
        "-----END CERTIFICATE-----\n"
    );
}

inline QByteArray certificateB()
{
    return QByteArrayLiteral(
        "-----BEGIN CERTIFICATE-----\n"
        "MIIBhzCCAS2gAwIBAgIUConFftNqRYYink7rkZO8rJfJOg4wCgYIKoZIzj0EAwIw\n"
        "GDEWMBQGA1UEAwwNa2VzdHJhLWIudGVzdDAgFw0yNjEyMDEwODI5NDZaGA8yMTI2\n"
        "MTEwNzA4Mjk0NlowGDEWMBQGA1UEAwwNa2VzdHJhLWIudGVzdDBZMBMGByqGSM49\n"
        "AgEGCCqGSM49AwEHA0IABDi6aY26qKrBBJQ8RxeA1x8iwsCPRCZOLjxv1tZlBAjo\n"
        "OGqitok05cyPYTB9NKg3elt66nulcLAWVCxlJ/1IK/ujUzBRMB0GA1UdDgQWBBRK\n"
        "oyjj2cFaKDLf2rtEcUlguaZHvTAfBgNVHSMEGDAWgBRKoyjj2cFaKDLf2rtEcUlg\n"
        "uaZHvTAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0gAMEUCIGr0sxQANUvF\n"
        "Hm4eZOtMDtqMH2jFBtI37CW/ES47RmgGAiEA/be7mwb/jb+dhyn4aJa5rkO8QWsy\n"
        "nY41QL8gQlNjaaE=\n"
        "-----END CERTIFICATE-----\n"
    );
}

} // namespace ktc::test
