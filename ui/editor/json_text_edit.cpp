#include "ui/editor/json_text_edit.h"

#include "ui/common/json_highlighter.h"

#include <QFontDatabase>
#include <QTextBlock>
#include <QTimer>

namespace causeway::ui {

namespace {

constexpr int kPauseMs = 500; // typing pauses this long before the text is parsed

} // namespace

JsonTextEdit::JsonTextEdit(QWidget *parent) : QPlainTextEdit(parent), m_pause(new QTimer(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);
    new JsonHighlighter(document(), palette());
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, &JsonTextEdit::onPause);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingValue)
            m_pause->start();
    });
}

void JsonTextEdit::setValue(const nlohmann::json &value)
{
    const auto current = nlohmann::json::parse(toPlainText().toStdString(), nullptr, false);
    if (!current.is_discarded() && current == value)
        return; // keep the user's layout and cursor
    showText(QString::fromStdString(value.dump(2)));
}

void JsonTextEdit::setValue(const nlohmann::ordered_json &value)
{
    const auto current =
        nlohmann::ordered_json::parse(toPlainText().toStdString(), nullptr, false);
    if (!current.is_discarded() && current == value)
        return; // keep the user's layout and cursor
    showText(QString::fromStdString(value.dump(2)));
}

void JsonTextEdit::showText(const QString &text)
{
    m_settingValue = true;
    setPlainText(text);
    m_settingValue = false;
    m_pause->stop();
    markError(0, 0);
    if (!m_error.isEmpty()) {
        m_error.clear();
        Q_EMIT errorChanged(m_error);
    }
}

std::optional<nlohmann::json> JsonTextEdit::parse()
{
    const QByteArray text = toPlainText().toUtf8();
    try {
        auto value = nlohmann::json::parse(text.constData(), text.constData() + text.size());
        markError(0, 0);
        m_error.clear();
        return value;
    } catch (const nlohmann::json::parse_error &error) {
        // The byte offset of the error, as a line and a column in characters.
        const auto offset = std::min<std::size_t>(error.byte ? error.byte - 1 : 0,
                                                  static_cast<std::size_t>(text.size()));
        const QByteArray before = text.left(static_cast<qsizetype>(offset));
        const int line = static_cast<int>(before.count('\n')) + 1;
        const int column =
            static_cast<int>(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) +
            1;
        QString what = QString::fromUtf8(error.what());
        what = what.mid(what.indexOf(QLatin1String(": ")) + 2); // drop nlohmann's error id
        m_error = tr("line %1, column %2: %3").arg(line).arg(column).arg(what);
        markError(line, column);
        return std::nullopt;
    }
}

void JsonTextEdit::onPause()
{
    const QString before = m_error;
    const auto value = parse();
    if (m_error != before)
        Q_EMIT errorChanged(m_error);
    if (value)
        Q_EMIT valueEdited(*value);
}

void JsonTextEdit::markError(int line, int column)
{
    QList<QTextEdit::ExtraSelection> selections;
    if (line > 0) {
        QTextEdit::ExtraSelection selection;
        const QTextBlock block = document()->findBlockByNumber(line - 1);
        selection.cursor = QTextCursor(block);
        const int last = block.position() + std::max(0, block.length() - 1);
        selection.cursor.setPosition(std::min(block.position() + std::max(0, column - 2), last));
        selection.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor, 2);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(QColor(0xd3, 0x2f, 0x2f));
        selection.format.setToolTip(m_error);
        selections.append(selection);
    }
    setExtraSelections(selections);
}

} // namespace causeway::ui
