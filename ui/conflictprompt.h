#pragma once

#include "identity/identity.h"

#include <functional>

class QWidget;

namespace peerscope {

// Shows an identity conflict the way the issue asks: this user's action and
// reason beside the corrections in effect it contradicts (who, when, why),
// and a choice. Nothing is deleted whichever is chosen; `choose` runs only
// for "Keep theirs" or "Apply mine" (Cancel writes nothing). Window-modal,
// never blocks the event loop.
void promptConflict(QWidget *parent, const identity::Corrections::Conflict &conflict,
                    const std::function<void(identity::OnConflict)> &choose);

} // namespace peerscope
