#pragma once

// Lists of engine strings (UTF-8 std::string) and of Qt strings, one into the other.

#include <QStringList>
#include <string>
#include <vector>

namespace causeway::ui {

inline QStringList toQStringList(const std::vector<std::string> &texts)
{
    QStringList list;
    list.reserve(static_cast<qsizetype>(texts.size()));
    for (const std::string &text : texts)
        list << QString::fromStdString(text);
    return list;
}

inline std::vector<std::string> toStdStrings(const QStringList &texts)
{
    std::vector<std::string> list;
    list.reserve(static_cast<std::size_t>(texts.size()));
    for (const QString &text : texts)
        list.push_back(text.toStdString());
    return list;
}

} // namespace causeway::ui
