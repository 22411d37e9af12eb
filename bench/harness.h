#pragma once

// A small benchmark harness: timers, percentiles, and the one output line
// every benchmark prints:
//   bench: NAME VALUE UNIT target OP VALUE PASS|FAIL

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace peerscope::bench {

inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = p / 100.0 * (values.size() - 1);
    const int lo = int(rank);
    const int hi = std::min(lo + 1, int(values.size()) - 1);
    return values[lo] + (values[hi] - values[lo]) * (rank - lo);
}

inline double median(const QList<double> &values) { return percentile(values, 50); }

inline double msSince(const QElapsedTimer &t) { return t.nsecsElapsed() / 1e6; }

// This thread's CPU time: what a run costs when other processes share the
// cores and wall time says more about them than about us.
inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// How long the UI thread's event loop was blocked: the largest gap between
// ticks of a 5 ms timer, from start() to stop(). The probe of every
// "max_ui_block" row.
class UiStallProbe
{
public:
    UiStallProbe()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_maxGapMs = std::max(m_maxGapMs, msSince(m_sinceTick));
            m_sinceTick.start();
        });
    }
    void start()
    {
        m_maxGapMs = 0;
        m_sinceTick.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double maxGapMs() const { return m_maxGapMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    double m_maxGapMs = 0;
};

// op is "<=" or ">="; returns whether it passed.
inline bool report(const char *name, double value, const char *unit, const char *op, double target)
{
    const bool pass = QString::fromLatin1(op) == QLatin1String("<=") ? value <= target : value >= target;
    std::printf("bench: %s %.3g %s target %s %g %s\n", name, value, unit, op, target, pass ? "PASS" : "FAIL");
    std::fflush(stdout);
    return pass;
}

// Context lines (the references, the scale) start with '#'.
inline void note(const QString &text)
{
    std::printf("# %s\n", qPrintable(text));
    std::fflush(stdout);
}

} // namespace peerscope::bench
