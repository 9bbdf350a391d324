#pragma once

// Internal to the evaluator: values that borrow their text where they can, the
// error state of one evaluation, and the casts of section 3.7.
#include "cesql/value.h"

#include <string>
#include <string_view>
#include <variant>

namespace causeway::cesql::detail {

/**
 * @brief A value during evaluation. Strings are borrowed (from the expression or the
 * event, both alive for the whole evaluation) or owned when computed.
 */
using Operand = std::variant<bool, std::int32_t, std::string_view, std::string>;

inline Type typeOf(const Operand &operand)
{
    return operand.index() >= 2 ? Type::String : static_cast<Type>(operand.index());
}

inline bool isString(const Operand &operand)
{
    return operand.index() >= 2;
}

/** @brief The text of a String operand (which must be one). */
inline std::string_view stringOf(const Operand &operand)
{
    if (const auto *view = std::get_if<std::string_view>(&operand))
        return *view;
    return std::get<std::string>(operand);
}

Operand zeroOperand(Type type);
Value toValue(const Operand &operand);

/** @brief The error state of one evaluation: the first error is kept, all are counted. */
class Context
{
public:
    void raise(ErrorKind kind, std::string_view message)
    {
        if (m_count++ == 0) {
            m_kind = kind;
            m_message = message;
        }
    }
    /** @brief How many errors so far; a change across a call means that subtree failed. */
    unsigned count() const { return m_count; }
    ErrorKind kind() const { return m_kind; }
    const std::string &message() const { return m_message; }

private:
    unsigned m_count = 0;
    ErrorKind m_kind = ErrorKind::Generic;
    std::string m_message;
};

/** @brief Casts to Integer; a String that is not a 32-bit integer gives 0 and a cast error. */
std::int32_t castToInteger(const Operand &operand, Context &context);

/**
 * @brief Casts to Boolean. An implicit cast from Integer is refused with a cast error
 * (the TCK's "NOT 10"); the explicit BOOL() accepts it (section 3.7).
 */
bool castToBoolean(const Operand &operand, Context &context, bool isImplicit);

/** @brief Casts to String; never fails. @p scratch holds the text of non-strings. */
std::string_view castToString(const Operand &operand, std::string &scratch);

/** @brief Casts to @p type, keeping borrowed text borrowed. */
Operand castTo(const Operand &operand, Type type, Context &context);

/** @brief x = y after casting @p left to the type of @p right (the ambiguous-operator rule). */
bool equalAfterCast(const Operand &left, const Operand &right, Context &context);

} // namespace causeway::cesql::detail
