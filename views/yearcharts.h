#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QPushButton;

namespace peerscope::views {

// One cached work as the per-year charts see it.
struct ChartWork {
    int year = 0;                 // 0: unknown, left out of every chart
    QString type;
    bool isOa = false;
    int citations = 0;            // total today
    QMap<int, int> citesByYear;   // citations received per year (OpenAlex counts_by_year)
};

// Per-year series computed from the works; pure functions, tested without a window.
struct YearSeries {
    int firstYear = 0;
    int lastYear = 0;
    QStringList categories;                  // stack order, largest first
    QHash<QString, QMap<int, int>> stacked;  // category -> year -> works
    QMap<int, int> worksPerYear;
    QMap<int, int> citationsPerYear;         // received in that year
    QMap<int, int> hIndexByYear;             // estimated h at the end of each year
};

enum class StackBy { Type, OpenAccess };

// Works per year stacked by type or open access, citations received per
// year, and the h-index at the end of each year. The h-index history is an
// estimate: a work's citations at the end of year Y are its total minus
// what it received after Y (OpenAlex gives per-year counts for recent years
// only, so older history is approximate).
YearSeries computeYearSeries(const QList<ChartWork> &works, StackBy stackBy, int lastYear);

// A QCustomPlot with the three per-year charts, hover tooltips, export.
class YearCharts final : public QWidget
{
    Q_OBJECT
public:
    enum Kind { WorksPerYear, CitationsPerYear, HIndexOverTime };

    explicit YearCharts(QWidget *parent = nullptr);

    void setWorks(const QList<ChartWork> &works, int lastYear);
    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    void setStackBy(StackBy by);
    const YearSeries &series() const { ensureBuilt(); return m_series; }
    QCustomPlot *plot() const { ensureBuilt(); return m_plot; }

    // Format from the suffix: .png, .svg or .pdf. Returns false on failure.
    bool exportTo(const QString &path, int width = 1000, int height = 600);
    // Text of the tooltip for the data under a point in widget coordinates.
    QString toolTipAt(const QPoint &plotPos) const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    // Rebuilds now when on screen; otherwise when next shown or asked for
    // (a hidden chart costs nothing while an author opens).
    void rebuild();
    void ensureBuilt() const;
    void build();
    void applyPalette();
    void chooseExport();
    void onMouseMove(QMouseEvent *event);

    QList<ChartWork> m_works;
    int m_lastYear = 0;
    Kind m_kind = WorksPerYear;
    StackBy m_stackBy = StackBy::Type;
    YearSeries m_series;
    bool m_stale = false;
    QComboBox *m_kindCombo = nullptr;
    QComboBox *m_stackCombo = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_note = nullptr;
    QCustomPlot *m_plot = nullptr;
};

} // namespace peerscope::views
