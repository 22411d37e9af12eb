#include "core/displaytext.h"

#include <QCoreApplication>

namespace peerscope {

QString untitledLabel()
{
    return QCoreApplication::translate("peerscope::Work", "(untitled)");
}

QString displayTitle(const QString &title)
{
    // A title of only white space says no more than a missing one.
    return title.trimmed().isEmpty() ? untitledLabel() : title;
}

QString displayTitle(const Work &work)
{
    return displayTitle(work.title);
}

QString formatFwci(double fwci)
{
    return fwci < 0 ? QString() : QString::number(fwci, 'f', 2);
}

QString formatPercentile(double percentile)
{
    return percentile < 0 ? QString() : QString::number(100.0 * percentile, 'f', 1);
}

} // namespace peerscope
