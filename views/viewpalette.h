#pragma once

#include <QColor>
#include <QList>
#include <QPalette>

namespace peerscope::views {

// Categorical colours that stay readable on both light and dark palettes.
QList<QColor> categoricalColors(const QPalette &palette);
bool isDark(const QPalette &palette);

} // namespace peerscope::views
