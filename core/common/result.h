#pragma once

#include <string>
#include <utility>
#include <variant>

namespace causeway {

/** @brief Where a problem is: file, line and column in its text, and JSON pointer. */
struct SourceLocation
{
    std::string file;    // empty when the input did not come from a file
    int line = 0;        // 1-based; 0 when unknown
    int column = 0;      // 1-based, counted in characters; 0 when unknown
    std::string pointer; // RFC 6901 JSON pointer; empty for the whole document

    /** @brief "file:line:column pointer", leaving out the parts that are unknown. */
    std::string toString() const;
};

/** @brief A failure a person can act on: what went wrong and where. */
struct Error
{
    std::string message;
    SourceLocation where;

    std::string toString() const;
};

/** @brief The value of a fallible engine call, or the Error that stopped it. */
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/** @brief Success without a value. */
struct Ok
{
};

using Status = Result<Ok>;

inline Error makeError(std::string message, std::string pointer = {})
{
    return Error{std::move(message), SourceLocation{{}, 0, 0, std::move(pointer)}};
}

} // namespace causeway
