#pragma once

#include "identity/identity.h"
#include "profile/profile.h"
#include "trust/trustsnapshot.h"

#include <QJsonObject>
#include <QString>

namespace peerscope::cli {

// `show`: the profile, with the trust snapshot between the metrics and the
// topics when one is given (as the window shows it).
QString profileText(const Profile &profile);
QString profileText(const Profile &profile, const TrustSnapshot &trust);
QJsonObject profileJson(const Profile &profile);
QJsonObject profileJson(const Profile &profile, const TrustSnapshot &trust); // adds "trust"

// The trust snapshot as `show` prints it: headline, level, each evidence
// group with its points and each item's points, reason and source, warnings.
QString trustText(const TrustSnapshot &trust);
// Stable keys, documented in README.md ("Command line"):
// {level, level_text, claim, score, band, band_text,
//  groups: [{key, name, points, max, items: [{key, name, points, max, reason, source}]}],
//  warnings: [{kind, message, source, finding?, evidence?, other_author?}]}
QJsonObject trustJson(const TrustSnapshot &trust);
// One conflation finding, as `identity conflation --json` prints it:
// {kind, summary, evidence, source}.
QJsonObject conflationJson(const identity::ConflationFinding &finding);
QJsonObject workJson(const Work &work);

} // namespace peerscope::cli
