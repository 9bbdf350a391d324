#pragma once

// UI tests: screenshots kept under the build folder (CI artefacts), and a check that an
// image shows something.

#include "test_support.h"

#include <QDir>
#include <QHash>
#include <QImage>
#include <QString>
#include <algorithm>

namespace testsupport {

/** @brief Where a screenshot called @p name goes: BUILD/screenshots/NAME. */
inline QString screenshotPath(const QString &name)
{
    const QString folder = QString::fromStdString(binaryPath("screenshots"));
    QDir().mkpath(folder);
    return folder + u'/' + name;
}

/** @brief The share of pixels that differ from the most common colour: 0 for a blank image. */
inline double nonBackgroundShare(const QImage &image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            ++counts[image.pixel(x, y)];
    int most = 0;
    int total = 0;
    for (const int count : counts) {
        most = std::max(most, count);
        total += count;
    }
    return total == 0 ? 0.0 : 1.0 - double(most) / total;
}

} // namespace testsupport
