// causeway store: import events into a store file, and query, count, replay or prune it.
#include "cli/command.h"
#include "cli/report.h"
#include "cli/store_replay.h"
#include "ingest/event_file.h"
#include "model/attribute.h"
#include "model/json_format.h"
#include "store/event_store.h"

#include <QFileInfo>
#include <cmath>
#include <cstdio>

namespace causeway::cli {

using nlohmann::json;

namespace {

const QString kName = QStringLiteral("store");

struct Options
{
    QCommandLineOption store{QStringLiteral("store"), QStringLiteral("The store file."),
                             QStringLiteral("FILE")};
    QCommandLineOption type{QStringLiteral("type"),
                            QStringLiteral("Events of this type; a trailing * matches a prefix."),
                            QStringLiteral("TYPE")};
    QCommandLineOption source{QStringLiteral("source"), QStringLiteral("Events from this source."),
                              QStringLiteral("SOURCE")};
    QCommandLineOption from{QStringLiteral("from"),
                            QStringLiteral("Events at or after this RFC 3339 time."),
                            QStringLiteral("TIME")};
    QCommandLineOption to{QStringLiteral("to"), QStringLiteral("Events before this RFC 3339 time."),
                          QStringLiteral("TIME")};
    QCommandLineOption correlation{QStringLiteral("correlation"),
                                   QStringLiteral("Events of this workflow (correlation id)."),
                                   QStringLiteral("ID")};
    QCommandLineOption text{QStringLiteral("text"),
                            QStringLiteral("Events whose JSON contains this text."),
                            QStringLiteral("TEXT")};
    QCommandLineOption oldestFirst{QStringLiteral("oldest-first"),
                                   QStringLiteral("Oldest events first.")};
    QCommandLineOption limit{QStringLiteral("limit"),
                             QStringLiteral("At most N events (query; default 100)."),
                             QStringLiteral("N"), QStringLiteral("100")};
    QCommandLineOption after{QStringLiteral("after"),
                             QStringLiteral("Continue after this paging cursor."),
                             QStringLiteral("CURSOR")};
    QCommandLineOption keep{QStringLiteral("keep"),
                            QStringLiteral("Prune: keep the newest N events."),
                            QStringLiteral("N")};
    QCommandLineOption maxAge{QStringLiteral("max-age-days"),
                              QStringLiteral("Prune: remove events stored more than D days ago."),
                              QStringLiteral("D")};
    QCommandLineOption project{QStringLiteral("project"),
                               QStringLiteral("Replay: the project whose catalog and rules apply."),
                               QStringLiteral("PROJECT")};
    QCommandLineOption speed{QStringLiteral("speed"),
                             QStringLiteral("Replay: 0 as fast as possible (default), 1 at the "
                                            "original pace, 10 ten times as fast."),
                             QStringLiteral("X"), QStringLiteral("0")};
    QCommandLineOption toStore{QStringLiteral("to-store"),
                               QStringLiteral("Replay: also store the events here, marked as "
                                              "replays."),
                               QStringLiteral("FILE")};
};

std::optional<std::int64_t> number(const QString &text)
{
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    return ok && value >= 0 ? std::optional<std::int64_t>(value) : std::nullopt;
}

// Builds the query from the options; prints the problem and returns nullopt when unusable.
std::optional<store::Query> makeQuery(const QCommandLineParser &parser, const Options &o)
{
    store::Query query;
    query.type = parser.value(o.type).toStdString();
    if (!query.type.empty() && query.type.back() == '*') {
        query.type.pop_back();
        query.typePrefix = true;
    }
    query.source = parser.value(o.source).toStdString();
    query.correlationId = parser.value(o.correlation).toStdString();
    query.text = parser.value(o.text).toStdString();
    query.newestFirst = !parser.isSet(o.oldestFirst);
    for (const auto *option : {&o.from, &o.to}) {
        if (!parser.isSet(*option))
            continue;
        const auto nanos = model::timestampToUnixNanos(parser.value(*option).toStdString());
        if (!nanos) {
            printUsageError(
                kName, QStringLiteral("--%1 is not an RFC 3339 time such as 2025-03-03T09:00:00Z")
                           .arg(option->names().front()));
            return std::nullopt;
        }
        (option == &o.from ? query.fromNanos : query.toNanos) = *nanos;
    }
    const auto limit = number(parser.value(o.limit));
    if (!limit || *limit == 0) {
        printUsageError(kName, QStringLiteral("--limit must be a positive whole number"));
        return std::nullopt;
    }
    query.limit = static_cast<std::size_t>(*limit);
    if (parser.isSet(o.after)) {
        query.after = number(parser.value(o.after));
        if (!query.after) {
            printUsageError(kName,
                            QStringLiteral("--after takes the cursor a previous query printed"));
            return std::nullopt;
        }
    }
    return query;
}

// Prints a result number as {"key": n} or as "n suffix".
int printCount(bool asJson, const char *key, std::int64_t value, const char *suffix)
{
    if (asJson)
        printJson({{key, value}});
    else
        std::printf("%lld%s\n", static_cast<long long>(value), suffix);
    return Success;
}

int import(store::EventStore &events, const QString &path, const QStringList &files, bool asJson)
{
    std::size_t stored = 0;
    bool failed = false;
    for (const QString &name : files) {
        const auto file = ingest::EventFile::load(name.toStdString());
        if (file.error()) {
            printError(*file.error());
            failed = true;
            continue;
        }
        std::vector<model::CloudEvent> batch;
        for (const auto &record : file.records()) {
            if (record.event) {
                batch.push_back(*record.event);
            } else {
                printError(*record.error);
                failed = true;
            }
        }
        const std::size_t size = batch.size();
        if (auto status = events.appendNow(std::move(batch)); !status) {
            printError(inFile(status.error(), path.toStdString()));
            failed = true;
        } else {
            stored += size;
        }
    }
    if (asJson)
        printJson({{"stored", stored}});
    else
        std::printf("%zu events stored\n", stored);
    return failed ? Findings : Success;
}

int query(const store::EventStore &events, const QString &path, const store::Query &q, bool asJson)
{
    auto page = events.query(q);
    if (!page) {
        printError(inFile(page.error(), path.toStdString()));
        return UsageOrInputError;
    }
    if (asJson) {
        json list = json::array();
        for (const auto &stored : page->events)
            list.push_back({{"sequence", stored.sequence},
                            {"replay", stored.replay},
                            {"event", model::writeJsonEvent(stored.event)}});
        printJson({{"events", list}, {"next", page->next ? json(*page->next) : json(nullptr)}});
        return Success;
    }
    for (const auto &stored : page->events)
        std::printf("%8lld  %-24s  %-45s  %-20s  %s\n", static_cast<long long>(stored.sequence),
                    stored.event.time.value_or("-").c_str(), stored.event.type.c_str(),
                    stored.event.source.c_str(), stored.event.id.c_str());
    if (page->next)
        std::printf("more: --after %lld\n", static_cast<long long>(*page->next));
    return Success;
}

} // namespace

int runStore(const QStringList &arguments)
{
    QCommandLineParser parser;
    const Options o;
    parser.addOptions({o.store, o.type, o.source, o.from, o.to, o.correlation, o.text,
                       o.oldestFirst, o.limit, o.after, o.keep, o.maxAge, o.project, o.speed,
                       o.toStore});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("import, query, count, replay or prune."),
                                 QStringLiteral("{import|query|count|replay|prune}"));
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Event files to import."),
                                 QStringLiteral("[FILE|-]..."));
    int exitCode = Success;
    if (!parseArguments(parser, arguments,
                        QStringLiteral("Works with an event store (SQLite). import appends events "
                                       "from files; query lists events newest first; count counts "
                                       "them; replay plays them back, oldest first, through a "
                                       "project's rules; prune removes old ones."),
                        exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QStringList actions{QStringLiteral("import"), QStringLiteral("query"),
                              QStringLiteral("count"), QStringLiteral("replay"),
                              QStringLiteral("prune")};
    if (!actions.contains(action) || !parser.isSet(o.store)) {
        printUsageError(
            kName, QStringLiteral(
                       "usage: causeway store {import|query|count|replay|prune} --store FILE ..."));
        return UsageOrInputError;
    }
    const QString path = parser.value(o.store);
    // Only import creates a store; reading a mistyped path must not leave an empty one behind.
    if (action != QLatin1String("import") && !QFileInfo::exists(path)) {
        printError(Error{"no store here", {path.toStdString(), 0, 0, {}}});
        return UsageOrInputError;
    }
    if (action == QLatin1String("import") && positional.size() < 2) {
        printUsageError(kName,
                        QStringLiteral("give the event files to import (- reads standard input)"));
        return UsageOrInputError;
    }
    const auto q = makeQuery(parser, o);
    if (!q)
        return UsageOrInputError;
    bool speedOk = false;
    const double speed = parser.value(o.speed).toDouble(&speedOk);
    if (action == QLatin1String("replay") &&
        (!parser.isSet(o.project) || !speedOk || speed < 0 || !std::isfinite(speed))) {
        printUsageError(kName, QStringLiteral("replay needs --project PROJECT, and --speed X "
                                              "takes a number from 0 (as fast as possible)"));
        return UsageOrInputError;
    }
    auto opened = store::EventStore::open(path.toStdString());
    if (!opened) {
        printError(inFile(opened.error(), path.toStdString()));
        return UsageOrInputError;
    }
    store::EventStore &events = **opened;
    const bool asJson = wantsJson(parser);
    if (action == QLatin1String("import"))
        return import(events, path, positional.mid(1), asJson);
    if (action == QLatin1String("query"))
        return query(events, path, *q, asJson);
    if (action == QLatin1String("replay"))
        return replayStore(
            events, *q,
            ReplayRequest{path, parser.value(o.project), speed, parser.value(o.toStore), asJson});
    if (action == QLatin1String("count")) {
        auto count = events.count(*q);
        if (!count) {
            printError(inFile(count.error(), path.toStdString()));
            return UsageOrInputError;
        }
        return printCount(asJson, "count", *count, "");
    }
    store::Retention retention;
    const auto keep = parser.isSet(o.keep) ? number(parser.value(o.keep)) : std::nullopt;
    const auto days = parser.isSet(o.maxAge) ? number(parser.value(o.maxAge)) : std::nullopt;
    retention.maxCount = keep;
    if (days)
        retention.maxAgeNanos = *days * 86400LL * 1000000000LL;
    // A mistyped limit must not be dropped silently while the other one prunes.
    if ((parser.isSet(o.keep) && !keep) || (parser.isSet(o.maxAge) && !days) || (!keep && !days)) {
        printUsageError(
            kName, QStringLiteral("prune needs --keep N and/or --max-age-days D (whole numbers)"));
        return UsageOrInputError;
    }
    auto removed = events.prune(retention);
    if (!removed) {
        printError(inFile(removed.error(), path.toStdString()));
        return UsageOrInputError;
    }
    return printCount(asJson, "removed", *removed, " events removed");
}

} // namespace causeway::cli
