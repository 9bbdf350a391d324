#pragma once

namespace causeway::ui {

/** @brief Runs the desktop application; argv may name a project file to open. */
int runDesktop(int argc, char *argv[]);

} // namespace causeway::ui
