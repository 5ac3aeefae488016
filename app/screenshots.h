#pragma once

#include <QString>

namespace iia {

/// How the screenshots look: as the system's font and palette make them, or as a user with low vision may
/// set them up: the font half as large again and a high-contrast palette (white on black, a cyan highlight).
enum class ScreenshotLook
{
    System,
    HighContrast,
};

/// Renders the main screens (library, a property page, the draft with evidence, the summary with charts,
/// the framework editor) with the worked example to PNG files in dir; with ScreenshotLook::HighContrast the
/// files' names start with "high-contrast-". Uses a temporary library, never the user's. Returns the process
/// exit status.
int renderScreenshots(const QString &dir, const QString &language,
                      ScreenshotLook look = ScreenshotLook::System);

} // namespace iia
