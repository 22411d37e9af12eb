#pragma once

#include "openalex/clientconfig.h"

#include <QMetaType>

namespace peerscope {

// How the one client talks to OpenAlex (ClientConfig), and how syncs run.
struct SyncConfig : ClientConfig {
    int ttlDays = 7;
    int depth = 1;
    // Ask before a sync estimated to cost more than this share of what is
    // left today; negative: never ask.
    double confirmShare = -1;
};

} // namespace peerscope

Q_DECLARE_METATYPE(peerscope::SyncConfig)
