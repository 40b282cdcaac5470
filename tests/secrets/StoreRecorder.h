#pragma once

#include "secrets/CredentialStore.h"

#include <QList>

// Test helper: collects every result a store hands to a callback.
struct StoreRecorder
{
    QList<ktc::CredentialResult> results;

    ktc::CredentialStore::Callback callback()
    {
        return [this](const ktc::CredentialResult& result) { results.append(result); };
    }
    qsizetype count() const { return results.size(); }
    const ktc::CredentialResult& last() const { return results.constLast(); }
    ktc::CredentialResult::Status lastStatus() const { return results.constLast().status; }
};

// Waits (event loop running) until the recorder holds exactly one result.
#define KTC_AWAIT_ONE(recorder, timeoutMs)                                                                   \
    QTRY_COMPARE_WITH_TIMEOUT((recorder).count(), qsizetype(1), (timeoutMs))
