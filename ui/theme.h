#pragma once

#include "settings/appsettings.h"

#include <QPalette>

namespace peerscope {

// The dark palette used for AppSettings::Theme::Dark.
QPalette darkPalette();
// Applies a theme to the whole application: the system palette, the style's
// light palette, or darkPalette(). The first call remembers the system one.
void applyTheme(AppSettings::Theme theme);

} // namespace peerscope
