#pragma once

#include "profile/profile.h"

#include <QJsonObject>
#include <QString>

namespace peerscope::cli {

QString profileText(const Profile &profile);
QJsonObject profileJson(const Profile &profile);
QJsonObject workJson(const Work &work);

} // namespace peerscope::cli
