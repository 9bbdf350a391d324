#include "cesql/evaluator.h"

#include "cesql/functions.h"

#include <array>
#include <limits>

namespace causeway::cesql::detail {

namespace {

Type resultType(BinaryOp op)
{
    return op >= BinaryOp::Add ? Type::Integer : Type::Boolean;
}

std::optional<std::string_view> optionalText(const std::optional<std::string> &value)
{
    if (!value)
        return std::nullopt;
    return std::string_view(*value);
}

class Evaluator
{
public:
    Evaluator(const model::CloudEvent &event, Context &context) : m_event(event), m_context(context)
    {
    }

    Operand eval(const Node &node)
    {
        return std::visit([this](const auto &kind) { return evalKind(kind); }, node.kind);
    }

private:
    // Evaluates a subexpression; @p failed tells whether it raised an error.
    Operand child(const Node &node, bool &failed)
    {
        const unsigned before = m_context.count();
        Operand value = eval(node);
        failed = m_context.count() != before;
        return value;
    }

    std::optional<Operand> read(const AttributeRef &attribute) const
    {
        switch (attribute.core) {
        case CoreAttribute::Id:
            return std::string_view(m_event.id);
        case CoreAttribute::Source:
            return std::string_view(m_event.source);
        case CoreAttribute::Specversion:
            return std::string_view(m_event.specversion);
        case CoreAttribute::Type:
            return std::string_view(m_event.type);
        case CoreAttribute::Datacontenttype:
            return optionalText(m_event.datacontenttype);
        case CoreAttribute::Dataschema:
            return optionalText(m_event.dataschema);
        case CoreAttribute::Subject:
            return optionalText(m_event.subject);
        case CoreAttribute::Time:
            return optionalText(m_event.time);
        case CoreAttribute::None:
            break;
        }
        const auto it = m_event.extensions.find(attribute.name);
        if (it == m_event.extensions.end())
            return std::nullopt;
        const model::AttributeValue &value = it->second;
        switch (value.type()) {
        case model::AttributeType::Boolean:
            return value.asBool();
        case model::AttributeType::Integer:
            return value.asInt();
        case model::AttributeType::Binary:
            return value.canonicalString(); // base64: Binary has no CESQL type of its own
        default:
            return std::string_view(value.asString());
        }
    }

    Operand evalKind(const Literal &literal)
    {
        if (const auto *text = std::get_if<std::string>(&literal.value))
            return std::string_view(*text);
        if (const auto *boolean = std::get_if<bool>(&literal.value))
            return *boolean;
        return std::get<std::int32_t>(literal.value);
    }

    Operand evalKind(const AttributeAccess &access)
    {
        if (auto value = read(access.attribute))
            return std::move(*value);
        m_context.raise(ErrorKind::MissingAttribute,
                        "the event has no attribute '" + access.attribute.name + "'");
        return false; // the type is unknown, so Boolean (section 3.2)
    }

    Operand evalKind(const Exists &exists) { return read(exists.attribute).has_value(); }

    Operand evalKind(const Unary &unary)
    {
        bool failed = false;
        const Operand operand = child(*unary.operand, failed);
        if (unary.op == UnaryOp::Not)
            return failed ? false : !castToBoolean(operand, m_context, true);
        if (failed)
            return std::int32_t{0};
        const std::int32_t value = castToInteger(operand, m_context);
        if (value == std::numeric_limits<std::int32_t>::min()) {
            m_context.raise(ErrorKind::Math, "the negation does not fit in 32 bits");
            return std::int32_t{0};
        }
        return -value;
    }

    Operand evalKind(const Binary &binary)
    {
        const BinaryOp op = binary.op;
        bool failed = false;
        const Operand left = child(*binary.left, failed);
        if (failed)
            return zeroOperand(resultType(op));
        if (op == BinaryOp::And || op == BinaryOp::Or) {
            // Short-circuit (section 3.4.2): the right side is not evaluated at all.
            const bool value = castToBoolean(left, m_context, true);
            if (value == (op == BinaryOp::Or))
                return value;
            const Operand right = child(*binary.right, failed);
            return failed ? false : castToBoolean(right, m_context, true);
        }
        const Operand right = child(*binary.right, failed);
        if (failed)
            return zeroOperand(resultType(op));
        switch (op) {
        case BinaryOp::Xor:
            return castToBoolean(left, m_context, true) != castToBoolean(right, m_context, true);
        case BinaryOp::Equal:
            return equalAfterCast(left, right, m_context);
        case BinaryOp::NotEqual:
            return !equalAfterCast(left, right, m_context);
        default:
            break;
        }
        const std::int64_t x = castToInteger(left, m_context);
        const std::int64_t y = castToInteger(right, m_context);
        return arithmetic(op, x, y);
    }

    Operand arithmetic(BinaryOp op, std::int64_t x, std::int64_t y)
    {
        std::int64_t result = 0;
        switch (op) {
        case BinaryOp::Less:
            return x < y;
        case BinaryOp::LessOrEqual:
            return x <= y;
        case BinaryOp::Greater:
            return x > y;
        case BinaryOp::GreaterOrEqual:
            return x >= y;
        case BinaryOp::Add:
            result = x + y;
            break;
        case BinaryOp::Subtract:
            result = x - y;
            break;
        case BinaryOp::Multiply:
            result = x * y;
            break;
        case BinaryOp::Divide:
        case BinaryOp::Modulo:
            if (y == 0) {
                m_context.raise(ErrorKind::Math, "division by zero");
                return std::int32_t{0};
            }
            // 64-bit operands, so INT_MIN / -1 does not trap; C++ truncates like the spec.
            result = op == BinaryOp::Divide ? x / y : x % y;
            break;
        default:
            break;
        }
        if (result < std::numeric_limits<std::int32_t>::min() ||
            result > std::numeric_limits<std::int32_t>::max()) {
            m_context.raise(ErrorKind::Math, "the result does not fit in 32 bits");
            return std::int32_t{0};
        }
        return static_cast<std::int32_t>(result);
    }

    Operand evalKind(const Like &like)
    {
        bool failed = false;
        const Operand operand = child(*like.operand, failed);
        if (failed)
            return false;
        std::string scratch;
        return like.pattern.matches(castToString(operand, scratch)) != like.negated;
    }

    Operand evalKind(const In &in)
    {
        bool failed = false;
        const Operand operand = child(*in.operand, failed);
        if (failed)
            return false;
        // Set elements are cast to the type of the left operand (section 3.7).
        bool found = false;
        for (std::size_t i = 0; i < in.set.size() && !found; ++i) {
            const Operand element = child(*in.set[i], failed);
            if (failed)
                return false;
            found = equalAfterCast(element, operand, m_context);
        }
        return found != in.negated;
    }

    Operand evalKind(const Call &call)
    {
        const Function &function = *call.function;
        const std::size_t count = call.arguments.size();
        // Most calls take up to three arguments: keep them on the stack.
        std::array<Operand, 4> small;
        std::vector<Operand> large;
        if (count > small.size())
            large.resize(count);
        const std::span<Operand> arguments = count > small.size()
                                                 ? std::span<Operand>(large)
                                                 : std::span<Operand>(small.data(), count);
        for (std::size_t i = 0; i < count; ++i) {
            bool failed = false;
            Operand argument = child(*call.arguments[i], failed);
            if (failed)
                return zeroOperand(function.returnType);
            switch (function.parameter(i)) {
            case Parameter::Integer:
                arguments[i] = castToInteger(argument, m_context);
                break;
            case Parameter::String:
                arguments[i] = isString(argument) ? std::move(argument)
                                                  : castTo(argument, Type::String, m_context);
                break;
            case Parameter::Any:
                arguments[i] = std::move(argument);
                break;
            }
        }
        return function.invoke(arguments, m_context);
    }

    Operand evalKind(const MissingCall &call)
    {
        m_context.raise(ErrorKind::MissingFunction, isFunctionName(call.name)
                                                        ? call.name + " does not take " +
                                                              std::to_string(call.argumentCount) +
                                                              " argument(s)"
                                                        : "there is no function " + call.name);
        return false;
    }

    const model::CloudEvent &m_event;
    Context &m_context;
};

} // namespace

Operand evaluate(const Node &root, const model::CloudEvent &event, Context &context)
{
    return Evaluator(event, context).eval(root);
}

} // namespace causeway::cesql::detail
