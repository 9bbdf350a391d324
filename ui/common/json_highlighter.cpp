#include "ui/common/json_highlighter.h"

#include <QPalette>

namespace causeway::ui {

namespace {

// Mixes @p colour into the text colour, so a hue stays readable on any background.
QColor tint(const QPalette &palette, const QColor &colour)
{
    const QColor text = palette.color(QPalette::Text);
    const bool dark = text.lightness() > 128; // light text: a dark theme
    return dark ? colour.lighter(160) : colour.darker(110);
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document),
      // A string, optionally followed by a colon (then it is a member name), a number, or a
      // literal. Escaped quotes stay inside their string.
      m_token(QStringLiteral(R"(("(?:[^"\\]|\\.)*")(\s*:)?|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\b(?:true|false|null)\b)"))
{
    m_key.setForeground(tint(palette, QColor(0x1f, 0x5f, 0xa8)));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(tint(palette, QColor(0x2e, 0x7d, 0x32)));
    m_number.setForeground(tint(palette, QColor(0xb2, 0x58, 0x00)));
    m_literal.setForeground(tint(palette, QColor(0x8e, 0x24, 0xaa)));
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    for (auto it = m_token.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QChar first = match.captured(0).front();
        const QTextCharFormat &format = first == u'"' ? (match.hasCaptured(2) ? m_key : m_string)
                                        : first.isLetter() ? m_literal
                                                           : m_number;
        const qsizetype length = first == u'"' ? match.capturedLength(1) : match.capturedLength(0);
        setFormat(static_cast<int>(match.capturedStart(0)), static_cast<int>(length), format);
    }
}

} // namespace causeway::ui
