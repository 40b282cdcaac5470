#include "PageContext.h"

#include "api/SessionInfo.h"

namespace ktc::ui {

bool PageContext::instanceOwner() const { return session && session->instanceOwner; }

QString PageContext::myUserId() const { return session ? session->me.id : QString(); }

} // namespace ktc::ui
