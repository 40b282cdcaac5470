#pragma once

#include "api/ApiError.h"

#include <functional>
#include <utility>
#include <variant>

namespace ktc::api {

// The outcome of one API call: a value, or an ApiError saying why not.
template <class T>
class ApiResult
{
public:
    ApiResult(T value) : m_state(std::in_place_index<0>, std::move(value)) { }
    ApiResult(ApiError error) : m_state(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    const T* operator->() const { return &std::get<0>(m_state); }

    // Only valid when !ok().
    const ApiError& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, ApiError> m_state;
};

template <class T>
using ApiCallback = std::function<void(const ApiResult<T>&)>;

} // namespace ktc::api
