// Routing throughput on one thread: JSON text -> canonical event -> matching rules, JSON text
// -> matching rules through simdjson (the ingest path), and matching alone, for 5-rule sets of
// each kind and for 10,000 rules. Ratios compare each figure with parsing the same text (the
// baseline) and 10,000 rules with 5.
#include "model/json_format.h"
#include "ratio_reporter.h"
#include "routing/rule_index.h"
#include "routing/text_matcher.h"

#include <benchmark/benchmark.h>
#include <cstdio>
#include <random>

using namespace causeway;
using nlohmann::json;

namespace {

// ~700-byte events with nested objects, numbers and arrays.
const std::vector<std::string> &corpus()
{
    static const std::vector<std::string> texts = [] {
        std::mt19937 random(7);
        std::vector<std::string> out;
        const char *kinds[] = {"order.created", "order.paid", "order.shipped", "payment.failed",
                               "item.reserved"};
        for (int i = 0; i < 1000; ++i) {
            json items = json::array();
            for (int k = 0; k < 3; ++k)
                items.push_back({{"sku", "SKU-" + std::to_string(random() % 1000)},
                                 {"qty", random() % 5 + 1},
                                 {"price", (random() % 10000) / 100.0}});
            json event = {
                {"specversion", "1.0"},
                {"id", "evt-" + std::to_string(i)},
                {"source", i % 2 ? "/shop/web" : "/shop/mobile"},
                {"type", std::string("com.acme.") + kinds[i % 5]},
                {"time", "2025-03-03T09:02:11Z"},
                {"subject", "ORD-" + std::to_string(100000 + i)},
                {"datacontenttype", "application/json"},
                {"data",
                 {{"orderId", "ORD-" + std::to_string(100000 + i)},
                  {"amount", random() % 50000},
                  {"currency", i % 3 ? "EUR" : "USD"},
                  {"customer",
                   {{"id", "C-" + std::to_string(random() % 5000)},
                    {"country", i % 4 ? "IE" : "DE"},
                    {"segment", "retail"}}},
                  {"items", items},
                  {"shipping",
                   {{"method", "express"},
                    {"address", {{"city", "Galway"}, {"postalCode", "H91 E2K3"}}}}},
                  {"notes", "Please leave the parcel with the neighbour at number 12."}}}};
            out.push_back(event.dump());
        }
        return out;
    }();
    return texts;
}

json rule(int n, json match)
{
    return {{"name", "r" + std::to_string(n)},
            {"match", std::move(match)},
            {"targets", json::array({{{"actor", "a"}}})}};
}

json ruleSet(const std::string &kind, int count)
{
    json rules = json::array();
    for (int i = 0; i < count; ++i) {
        const std::string n = std::to_string(i);
        if (kind == "exact")
            rules.push_back(rule(i, {{"type", "com.acme.order.kind" + n}}));
        else if (kind == "prefix")
            rules.push_back(rule(
                i, {{"type", {{"prefix", "com.acme.order" + std::string(i % 2 ? "." : "") + n}}}}));
        else if (kind == "suffix")
            rules.push_back(rule(i, {{"type", {{"suffix", ".paid" + n}}}}));
        else if (kind == "equals-ignore-case")
            rules.push_back(rule(i, {{"subject", {{"equals-ignore-case", "ord-10000" + n}}}}));
        else if (kind == "wildcard")
            rules.push_back(rule(i, {{"type", {{"wildcard", "com.*.order." + n + "*"}}}}));
        else if (kind == "numeric")
            rules.push_back(rule(i, {{"type", "com.acme.order.paid"},
                                     {"$.data.amount", {{"range", {i * 1000, i * 1000 + 999}}}}}));
        else if (kind == "anything-but")
            rules.push_back(rule(i, {{"type", "com.acme.order.created"},
                                     {"$.data.currency", {{"anything-but", {"GBP", "X" + n}}}}}));
        else if (kind == "arrays")
            rules.push_back(rule(i, {{"type", "com.acme.order.shipped"},
                                     {"$.data.items[*].sku", {{"prefix", "SKU-" + n}}}}));
    }
    // The mix used at 10,000 rules: the exact-type rules that real catalogs are made of.
    return rules;
}

routing::RuleIndex compile(const json &rules)
{
    auto parsed = routing::parseRules(rules);
    if (!parsed) {
        std::fprintf(stderr, "%s\n", parsed.error().toString().c_str());
        std::exit(2);
    }
    return routing::RuleIndex(std::move(*parsed));
}

void BM_Parse(benchmark::State &state)
{
    const auto &texts = corpus();
    std::size_t i = 0;
    for (auto _ : state) {
        auto event = model::readJsonEvent(json::parse(texts[i++ % texts.size()]));
        benchmark::DoNotOptimize(event);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Parse);

const char *kKinds[] = {"exact",    "prefix",  "suffix",       "equals-ignore-case",
                        "wildcard", "numeric", "anything-but", "arrays"};

void BM_TextToMatch(benchmark::State &state)
{
    const auto index = compile(ruleSet(kKinds[state.range(0)], static_cast<int>(state.range(1))));
    const auto &texts = corpus();
    std::size_t i = 0;
    for (auto _ : state) {
        auto event = model::readJsonEvent(json::parse(texts[i++ % texts.size()]));
        benchmark::DoNotOptimize(index.match(*event));
    }
    state.SetItemsProcessed(state.iterations());
    state.SetLabel(std::string(kKinds[state.range(0)]) + "/" + std::to_string(state.range(1)));
}
BENCHMARK(BM_TextToMatch)->ArgsProduct({{0, 1, 2, 3, 4, 5, 6, 7}, {5}})->Args({0, 10000});

// The ingest path: no CloudEvent, simdjson reads "type" and what the candidate rules test.
void BM_TextToMatchSimdjson(benchmark::State &state)
{
    const auto index = compile(ruleSet(kKinds[state.range(0)], static_cast<int>(state.range(1))));
    routing::TextMatcher matcher(index);
    std::vector<const routing::Rule *> matched;
    const auto &texts = corpus();
    std::size_t i = 0;
    for (auto _ : state) {
        if (!matcher.match(texts[i++ % texts.size()], matched))
            state.SkipWithError("the corpus does not parse");
        benchmark::DoNotOptimize(matched.data());
    }
    state.SetItemsProcessed(state.iterations());
    state.SetLabel(std::string(kKinds[state.range(0)]) + "/" + std::to_string(state.range(1)));
}
BENCHMARK(BM_TextToMatchSimdjson)->ArgsProduct({{0, 1, 2, 3, 4, 5, 6, 7}, {5}})->Args({0, 10000});

void BM_MatchOnly(benchmark::State &state)
{
    const auto index = compile(ruleSet(kKinds[state.range(0)], static_cast<int>(state.range(1))));
    std::vector<model::CloudEvent> events;
    for (const auto &text : corpus())
        events.push_back(*model::readJsonEvent(json::parse(text)));
    std::size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(index.match(events[i++ % events.size()]));
    state.SetItemsProcessed(state.iterations());
    state.SetLabel(std::string(kKinds[state.range(0)]) + "/" + std::to_string(state.range(1)));
}
BENCHMARK(BM_MatchOnly)->ArgsProduct({{0, 1, 2, 3, 4, 5, 6, 7}, {5}})->Args({0, 10000});

} // namespace

int main(int argc, char **argv)
{
    benchsupport::RatioReporter reporter("BM_Parse", "vs parse", [](const auto &rates) {
        const auto rate = [&](const std::string &name) {
            for (const auto &[n, r] : rates) {
                if (n == name)
                    return r;
            }
            return 0.0;
        };
        for (const char *bench : {"BM_MatchOnly", "BM_TextToMatchSimdjson"}) {
            const double exact5 = rate(std::string(bench) + " exact/5");
            if (exact5 > 0)
                std::printf("%s, 10,000 exact rules vs 5: %.2f of the speed\n", bench,
                            rate(std::string(bench) + " exact/10000") / exact5);
        }
    });
    return benchsupport::runBenchmarks(argc, argv, reporter);
}
