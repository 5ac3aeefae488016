#pragma once

#include <QString>

namespace iia {

/// Renders the main screens (library, a property page, the draft with evidence, the summary with charts,
/// the framework editor) with the worked example to PNG files in dir. Uses a temporary library, never the
/// user's. Returns the process exit status.
int renderScreenshots(const QString &dir, const QString &language);

} // namespace iia
