#pragma once

// How a record reads where a person sees it: the table, the palette, the
// network, the detail pane, the command line and every export. One rule
// per fact, so a work without a title looks the same everywhere.

#include "core/domain.h"

#include <QString>

namespace peerscope {

// "(untitled)", translated: what stands for a missing title.
QString untitledLabel();
// The work's title, or untitledLabel() when OpenAlex gives none.
QString displayTitle(const Work &work);
QString displayTitle(const QString &title);

// FWCI with two decimals, "" when unknown (fwci < 0).
QString formatFwci(double fwci);
// The citation percentile (0..1) as "97.3", "" when unknown.
QString formatPercentile(double percentile);

} // namespace peerscope
