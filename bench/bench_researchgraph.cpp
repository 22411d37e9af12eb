// The Research graph tab on a large author: each map is built on a worker
// (ResearchMapBuilder through the panel's CacheTask), laid out (a fixed
// timeline, or the view's force layout on its own thread) and handed to the
// view; a 5 ms timer on the UI thread measures the longest gap meanwhile.

#include "bench_researchgraph.h"

#include "bench_citations.h"
#include "generator.h"
#include "harness.h"

#include "cache/cache.h"
#include "network/networkview.h"
#include "researchgraphpanel.h"

#include <QEventLoop>
#include <QElapsedTimer>

#include <algorithm>
#include <QTimer>

namespace peerscope::bench {

namespace {

struct MapCase {
    const char *name;
    ResearchMap map;
};

} // namespace

bool benchResearchGraph(bool quick, const QString &dataDir)
{
    Q_UNUSED(quick);
    const QString path = citationAuthorCache(dataDir);
    if (path.isEmpty()) {
        note(QStringLiteral("researchgraph: could not generate the 34k-work author's cache"));
        return false;
    }
    Cache cache;
    if (cache.open(path) != Cache::OpenStatus::Ok)
        return false;
    ResearchGraphPanel panel(cache);
    panel.resize(1280, 800);
    panel.show();
    UiStallProbe probe;
    // The view's paints are on the UI thread too: the longest is noted apart.
    double longestPaintMs = 0;
    QTimer paintWatch;
    paintWatch.setInterval(5);
    QObject::connect(&paintWatch, &QTimer::timeout, [&] {
        longestPaintMs = std::max(longestPaintMs, panel.view()->lastPaintNanoseconds() / 1e6);
    });
    paintWatch.start();
    bool ok = true;
    const MapCase cases[] = {{"context", ResearchMap::Context},
                             {"citations", ResearchMap::Citations},
                             {"coupling", ResearchMap::Similarity}};
    bool first = true;
    for (const MapCase &c : cases) {
        QEventLoop loop;
        bool built = false;
        const auto connection = QObject::connect(&panel, &ResearchGraphPanel::graphChanged, &loop, [&] {
            built = true;
            // The view's layout, when it runs one, is part of showing the map.
            QTimer::singleShot(0, &loop, &QEventLoop::quit);
        });
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        QElapsedTimer t;
        longestPaintMs = 0;
        probe.start();
        t.start();
        timeout.start(600000);
        if (first) {
            panel.setMap(c.map);
            panel.setAuthor(prolificAuthorId());
            first = false;
        } else {
            panel.setMap(c.map);
        }
        loop.exec();
        // Then until the view's layout settles (no layout: at once).
        while (built && panel.view()->isLayoutRunning() && timeout.isActive()) {
            QEventLoop settle;
            QTimer::singleShot(20, &settle, &QEventLoop::quit);
            settle.exec();
        }
        const double ms = msSince(t);
        probe.stop();
        QObject::disconnect(connection);
        if (!built || panel.graph().isEmpty()) {
            note(QStringLiteral("researchgraph: the %1 map was not built in time (or is empty)").arg(QLatin1String(c.name)));
            ok = false;
            continue;
        }
        note(QStringLiteral("researchgraph: %1 map of %2 nodes (of %3 before the cap), %4 links (of %5), built and shown in "
                            "%6 ms; the longest paint meanwhile %7 ms")
                 .arg(QLatin1String(c.name))
                 .arg(panel.graph().nodeCount())
                 .arg(panel.lastBuild().nodesBeforeCap)
                 .arg(panel.graph().edgeCount())
                 .arg(panel.lastBuild().edgesBeforeCap)
                 .arg(ms, 0, 'f', 0)
                 .arg(longestPaintMs, 0, 'f', 1));
        const QByteArray name = QByteArrayLiteral("researchgraph_") + c.name + QByteArrayLiteral("_34k_author_max_ui_block");
        ok = report(name.constData(), probe.maxGapMs(), "ms", "<=", 50) && ok;
    }
    return ok;
}

} // namespace peerscope::bench
