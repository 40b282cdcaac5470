#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace ktc {

// A value or a human-readable error: how codecs and validators report failure without throwing.
template <class T>
class Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) { }

    static Result failure(QString error) { return Result(std::in_place_index<1>, std::move(error)); }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_state); }
    T& value() & { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    const T* operator->() const { return &std::get<0>(m_state); }
    T* operator->() { return &std::get<0>(m_state); }

    // Empty when ok().
    QString error() const { return ok() ? QString() : std::get<1>(m_state); }

private:
    template <std::size_t I, class V>
    Result(std::in_place_index_t<I> tag, V&& v) : m_state(tag, std::forward<V>(v)) { }

    std::variant<T, QString> m_state;
};

} // namespace ktc
