#include "sim/emit_template.h"

#include "common/json_text.h"

#include <cmath>

namespace causeway::sim {

using nlohmann::json;

namespace {

// The context member generated values are handed over in; not a possible attribute name.
constexpr const char *kGenerated = "_gen";

Result<std::pair<double, double>> pairOf(const json &value, const std::string &pointer)
{
    if (!value.is_array() || value.size() != 2 || !value[0].is_number() || !value[1].is_number())
        return makeError("expected two numbers, such as [1, 10]", pointer);
    return std::pair{value[0].get<double>(), value[1].get<double>()};
}

} // namespace

Result<EmitTemplate::Generator> EmitTemplate::compileGenerator(const std::string &name,
                                                               const json &spec,
                                                               const std::string &pointer)
{
    Generator g;
    const std::string where = json_text::appendToken(pointer, name);
    if (name == "$now") {
        g.kind = Generator::Kind::Now;
        return g;
    }
    if (name == "$chance") {
        if (!spec.is_number() || spec.get<double>() < 0 || spec.get<double>() > 1)
            return makeError("$chance takes a probability between 0 and 1", where);
        g.kind = Generator::Kind::Chance;
        g.a = spec.get<double>();
        return g;
    }
    if (name == "$pick") {
        g.kind = Generator::Kind::Pick;
        const json *values = spec.is_object() ? nullptr : &spec;
        if (spec.is_object() && spec.contains("values"))
            values = &spec["values"];
        if (!values || !values->is_array() || values->empty())
            return makeError("$pick takes a non-empty list of values, or {\"values\": [...], "
                             "\"weights\": [...]}",
                             where);
        g.values.assign(values->begin(), values->end());
        g.weights.assign(g.values.size(), 1.0);
        if (spec.is_object() && spec.contains("weights")) {
            const json &weights = spec["weights"];
            if (!weights.is_array() || weights.size() != g.values.size())
                return makeError("give one weight per value",
                                 json_text::appendToken(where, "weights"));
            for (std::size_t i = 0; i < weights.size(); ++i) {
                if (!weights[i].is_number() || weights[i].get<double>() < 0)
                    return makeError(
                        "a weight is a number of at least 0",
                        json_text::appendIndex(json_text::appendToken(where, "weights"), i));
                g.weights[i] = weights[i].get<double>();
            }
        }
        return g;
    }
    // $random
    if (!spec.is_object())
        return makeError("$random takes {\"int\": [lo, hi]}, {\"number\": [lo, hi]} or "
                         "{\"normal\": [mean, deviation]}",
                         where);
    static const std::pair<const char *, Generator::Kind> kinds[] = {
        {"int", Generator::Kind::Int},
        {"number", Generator::Kind::Number},
        {"normal", Generator::Kind::Normal}};
    bool found = false;
    for (const auto &[key, kind] : kinds) {
        if (!spec.contains(key))
            continue;
        auto range = pairOf(spec[key], json_text::appendToken(where, key));
        if (!range)
            return range.error();
        g.kind = kind;
        std::tie(g.a, g.b) = *range;
        found = true;
    }
    if (!found)
        return makeError("$random needs one of int, number or normal", where);
    for (const char *bound : {"min", "max"}) {
        if (!spec.contains(bound))
            continue;
        if (!spec[bound].is_number())
            return makeError(std::string(bound) + " is a number",
                             json_text::appendToken(where, bound));
        (std::string_view(bound) == "min" ? g.min : g.max) = spec[bound].get<double>();
    }
    // Read without json::value(), which throws on a member of another type.
    const json integer = spec.value("integer", json(false));
    const json decimals = spec.value("decimals", json(-1));
    if (!integer.is_boolean())
        return makeError("integer is true or false", json_text::appendToken(where, "integer"));
    if (!decimals.is_number_integer() || decimals.get<int>() > 15)
        return makeError("decimals is a whole number up to 15",
                         json_text::appendToken(where, "decimals"));
    g.integer = g.kind == Generator::Kind::Int || integer.get<bool>();
    g.decimals = decimals.get<int>();
    return g;
}

// Replaces each generator expression by the path the transform reads its value from.
Result<json> EmitTemplate::extract(const json &value, const std::string &pointer)
{
    if (value.is_object() && value.size() == 1) {
        const std::string &key = value.begin().key();
        if (key == "$random" || key == "$pick" || key == "$chance" || key == "$now") {
            auto generator = compileGenerator(key, value.begin().value(), pointer);
            if (!generator)
                return generator.error();
            m_generators.push_back(std::move(*generator));
            return json(std::string("$.") + kGenerated + "[" +
                        std::to_string(m_generators.size() - 1) + "]");
        }
    }
    if (!value.is_structured())
        return value;
    json out = value.is_object() ? json::object() : json::array();
    std::size_t index = 0;
    for (auto it = value.begin(); it != value.end(); ++it, ++index) {
        const std::string where = value.is_object() ? json_text::appendToken(pointer, it.key())
                                                    : json_text::appendIndex(pointer, index);
        auto child = extract(it.value(), where);
        if (!child)
            return child.error();
        if (value.is_object())
            out[it.key()] = std::move(*child);
        else
            out.push_back(std::move(*child));
    }
    return out;
}

Result<EmitTemplate> EmitTemplate::compile(const json &templ, const std::string &pointer)
{
    EmitTemplate result;
    auto plain = result.extract(templ, pointer);
    if (!plain)
        return plain.error();
    auto transform = routing::Transform::compile(*plain, pointer);
    if (!transform)
        return transform.error();
    result.m_transform = std::move(*transform);
    // Generator expressions became "$._gen[i]" paths, which always select their value.
    const std::string generated = std::string("$.") + kGenerated + "[";
    for (auto it = plain->begin(); templ.is_object() && it != plain->end(); ++it) {
        const std::string *text = it->is_string() ? &it->get_ref<const std::string &>() : nullptr;
        const bool path = text && text->starts_with('$') && !text->starts_with("$$");
        if (!it->is_object() && (!path || text->starts_with(generated)))
            result.m_alwaysSet.push_back(it.key());
    }
    return result;
}

json EmitTemplate::generate(const Generator &g, const TemplateInputs &inputs, Random &random) const
{
    using Kind = Generator::Kind;
    switch (g.kind) {
    case Kind::Now:
        return inputs.now;
    case Kind::Chance:
        return random.chance(g.a);
    case Kind::Pick:
        return g.values[random.weighted(g.weights)];
    case Kind::Int:
    case Kind::Number:
    case Kind::Normal:
        break;
    }
    double value =
        g.kind == Kind::Int
            ? static_cast<double>(random.integer(static_cast<std::int64_t>(std::ceil(g.a)),
                                                 static_cast<std::int64_t>(std::floor(g.b))))
        : g.kind == Kind::Number ? random.uniform(g.a, g.b)
                                 : random.normal(g.a, g.b);
    if (g.min)
        value = std::max(value, *g.min);
    if (g.max)
        value = std::min(value, *g.max);
    if (g.integer)
        return static_cast<std::int64_t>(std::llround(value));
    if (g.decimals >= 0) {
        const double scale = std::pow(10.0, g.decimals);
        value = std::round(value * scale) / scale;
    }
    return value;
}

json EmitTemplate::apply(const model::CloudEvent &trigger, const TemplateInputs &inputs,
                         Random &random) const
{
    json result; // laid over nothing, the result is the template's value itself
    applyOver(result, trigger, inputs, random);
    return result;
}

void EmitTemplate::applyOver(json &base, const model::CloudEvent &trigger,
                             const TemplateInputs &inputs, Random &random) const
{
    if (m_generators.empty()) {
        m_transform->applyOver(base, trigger, inputs.roots);
        return;
    }
    json generated = json::array();
    for (const Generator &generator : m_generators)
        generated.push_back(generate(generator, inputs, random));
    routing::PathRoots roots = inputs.roots;
    roots.add(kGenerated, generated);
    m_transform->applyOver(base, trigger, roots);
}

} // namespace causeway::sim
