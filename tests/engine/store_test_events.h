#pragma once

// Events and raw SQL for the store's tests.

#include "model/cloud_event.h"

#include <QTest>
#include <nlohmann/json.hpp>
#include <optional>
#include <sqlite3.h>
#include <string>

namespace storetest {

inline causeway::model::CloudEvent
makeEvent(const std::string &id, const std::string &type, const std::string &source = "/test",
          std::optional<std::string> time = {}, const std::string &correlation = {},
          const std::string &causation = {}, nlohmann::json payload = nlohmann::json::object())
{
    causeway::model::CloudEvent event;
    event.id = id;
    event.type = type;
    event.source = source;
    event.time = std::move(time);
    if (!correlation.empty())
        event.extensions.emplace("correlationid",
                                 causeway::model::AttributeValue::string(correlation));
    if (!causation.empty())
        event.extensions.emplace("causationid", causeway::model::AttributeValue::string(causation));
    event.data = causeway::model::JsonData{std::move(payload)};
    return event;
}

// Runs @p sql on the file directly, as damage or another program would.
inline void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const QByteArray message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, message.constData());
}

} // namespace storetest
