#pragma once

#include "core/ConnectionProfile.h"
#include "core/Result.h"
#include "core/SecretString.h"

class QProcessEnvironment;

namespace ktc {

// A profile plus the secret to use for this session only (e.g. from the environment).
struct SessionProfile
{
    ConnectionProfile profile;
    SecretString secret;
};

// True when any of KESTRA_URL, KESTRA_API_TOKEN, KESTRA_USERNAME, KESTRA_PASSWORD is set: then
// profileFromEnvironment() either succeeds or explains what is malformed.
bool environmentDefinesProfile(const QProcessEnvironment& env);

// KESTRA_URL with KESTRA_API_TOKEN (Token) or KESTRA_USERNAME + KESTRA_PASSWORD (Basic). The
// profile is unsaved: rememberSecret = false, name = the host, id empty. A token wins over a
// user name and password if both are given.
Result<SessionProfile> profileFromEnvironment(const QProcessEnvironment& env);

} // namespace ktc
