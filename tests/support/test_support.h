#pragma once

// Shared helpers for Causeway's Qt Test executables.

#include <QtTest/QtTest>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace QTest {
// Lets QCOMPARE print std::string values when they differ.
template <> inline char *toString(const std::string &value)
{
    return qstrdup(value.c_str());
}
// Lets QCOMPARE print JSON values when they differ.
template <> inline char *toString(const nlohmann::json &value)
{
    return qstrdup(value.dump().c_str());
}
} // namespace QTest

namespace testsupport {

inline std::string sourcePath(const std::string &relative)
{
    return std::string(CAUSEWAY_SOURCE_DIR) + "/" + relative;
}

inline std::string sharedPath(const std::string &relative)
{
    return std::string(CAUSEWAY_SHARED_DIR) + "/" + relative;
}

// JSON in a data row: QTest columns hold QStrings, so values travel as their text.
inline QString dumped(const nlohmann::json &value)
{
    return QString::fromStdString(value.dump());
}

inline nlohmann::json undumped(const QString &text)
{
    return nlohmann::json::parse(text.toStdString());
}

// Names in a data row: "amount,items".
inline QString joined(const std::vector<std::string> &names)
{
    QStringList list;
    for (const std::string &name : names)
        list << QString::fromStdString(name);
    return list.join(u',');
}

inline std::string binaryPath(const std::string &relative)
{
    return std::string(CAUSEWAY_BINARY_DIR) + "/" + relative;
}

inline std::string readText(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

} // namespace testsupport
