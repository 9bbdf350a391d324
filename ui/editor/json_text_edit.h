#pragma once

#include <QPlainTextEdit>
#include <nlohmann/json.hpp>
#include <optional>

class QTimer;

namespace causeway::ui {

/**
 * @brief JSON text with colours; a pause in typing parses it, underlines a syntax error at
 * its line and column and says what is wrong, or hands the value on.
 */
class JsonTextEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit JsonTextEdit(QWidget *parent = nullptr);

    /** @brief Shows @p value pretty-printed, unless the text already says the same. */
    void setValue(const nlohmann::json &value);
    /** @brief Shows @p value pretty-printed in its own member order, unless the text already
     * says the same in the same order. */
    void setValue(const nlohmann::ordered_json &value);
    /** @brief The text as JSON, or nullopt with the error marked. */
    std::optional<nlohmann::json> parse();
    /** @brief The last syntax error ("line 3, column 7: ..."); empty when the text parses. */
    const QString &error() const { return m_error; }

Q_SIGNALS:
    /** @brief The user changed the text and it parses: @p value is what it says. */
    void valueEdited(const nlohmann::json &value);
    /** @brief The text does not parse (@p message), or parses again (empty). */
    void errorChanged(const QString &message);

private:
    void onPause();
    void showText(const QString &text);
    void markError(int line, int column);

    QTimer *m_pause;
    QString m_error;
    bool m_settingValue = false;
};

} // namespace causeway::ui
