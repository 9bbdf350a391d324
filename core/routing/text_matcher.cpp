#include "routing/text_matcher.h"

#include "routing/json_text_view.h"

namespace causeway::routing {

TextMatcher::TextMatcher(const RuleIndex &index)
    : m_index(index), m_parser(std::make_unique<simdjson::dom::parser>())
{
}

TextMatcher::~TextMatcher() = default;

Status TextMatcher::match(std::string_view text, std::vector<const Rule *> &out)
{
    out.clear();
    // The parser copies the text into its padded buffer; the DOM lives until the next parse.
    simdjson::dom::element root;
    if (const auto error = m_parser->parse(text.data(), text.size()).get(root))
        return makeError("the event is not valid JSON: " +
                         std::string(simdjson::error_message(error)));
    simdjson::dom::object event;
    if (root.get(event) != simdjson::SUCCESS)
        return makeError("an event must be a JSON object");
    std::string_view type;
    if (event.at_key("type").get(type) != simdjson::SUCCESS || type.empty())
        return makeError("the event has no \"type\" string, which routing needs", "/type");
    m_index.match(type, JsonTextView(event, text), out);
    return Ok{};
}

} // namespace causeway::routing
