#pragma once

namespace ktc::api {

// The value of a successful call whose reply body carries nothing the caller needs (204, DELETE).
struct NoContent
{
    bool operator==(const NoContent&) const = default;
};

} // namespace ktc::api
