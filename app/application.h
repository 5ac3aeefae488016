#pragma once

namespace iia {

/// Sets up the Qt application (names, translations) and runs the command line or the window.
int runApplication(int argc, char *argv[]);

} // namespace iia
