#include "ui/flow/flow_colors.h"

#include <algorithm>

namespace causeway::ui::flowcolors {

namespace {

// One hue per kind; saturation and value follow the theme so that the colour stands out on
// the base without glaring.
QColor fromHue(int hue, const QPalette &palette, int saturation = 160)
{
    return isDark(palette) ? QColor::fromHsv(hue, saturation * 3 / 4, 235)
                           : QColor::fromHsv(hue, saturation + 30, 165);
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QColor mix(const QColor &from, const QColor &to, double amount)
{
    const double t = std::clamp(amount, 0.0, 1.0);
    const auto blend = [t](double a, double b) { return a + (b - a) * t; };
    return QColor::fromRgbF(static_cast<float>(blend(from.redF(), to.redF())),
                            static_cast<float>(blend(from.greenF(), to.greenF())),
                            static_cast<float>(blend(from.blueF(), to.blueF())),
                            static_cast<float>(blend(from.alphaF(), to.alphaF())));
}

QColor accent(flow::NodeKind kind, const QPalette &palette)
{
    switch (kind) {
    case flow::NodeKind::Source:
        return fromHue(172, palette);
    case flow::NodeKind::Type:
        return fromHue(212, palette);
    case flow::NodeKind::Rule:
        return fromHue(272, palette, 120);
    case flow::NodeKind::Actor:
        return fromHue(28, palette);
    case flow::NodeKind::Sink:
        return fromHue(200, palette, 40);
    case flow::NodeKind::Topic:
        return fromHue(128, palette);
    case flow::NodeKind::Webhook:
        return fromHue(318, palette, 120);
    case flow::NodeKind::DeadLetter:
        return fromHue(0, palette);
    }
    return palette.color(QPalette::Text);
}

QColor load(double utilisation, const QPalette &palette)
{
    // 120 (green) at rest, 45 (amber) at half, 0 (red) when saturated.
    const double u = std::clamp(utilisation, 0.0, 1.0);
    const int hue = u < 0.5 ? static_cast<int>(120 - 150 * u) : static_cast<int>(90 - 90 * u);
    return fromHue(hue, palette, 190);
}

QColor severity(flow::Severity severity, const QPalette &palette)
{
    switch (severity) {
    case flow::Severity::Info:
        return fromHue(210, palette, 150);
    case flow::Severity::Warning:
        return fromHue(38, palette, 220);
    case flow::Severity::Error:
        break;
    }
    return fromHue(0, palette, 210);
}

QColor edge(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.55);
}

} // namespace causeway::ui::flowcolors
