// qcustomplot.h uses the foreach keyword, which our QT_NO_FOREACH hides; it
// must come before every other Qt header.
#undef QT_NO_FOREACH
#include <qcustomplot.h>

#include "yearcharts.h"

#include "metrics/citationmetrics.h"
#include "viewpalette.h"

#include <QComboBox>
#include <QEvent>
#include <QShowEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

Q_LOGGING_CATEGORY(lcCharts, "peerscope.charts", QtWarningMsg)

namespace peerscope::views {

namespace {
constexpr int kMaxTypeCategories = 6;
}

YearSeries computeYearSeries(const QList<ChartWork> &works, StackBy stackBy, int lastYear)
{
    YearSeries s;
    QHash<QString, int> totals;
    const QString otherType = QCoreApplication::translate("peerscope::views::YearCharts", "other");
    const QString openAccess = QCoreApplication::translate("peerscope::views::YearCharts", "open access");
    const QString closed = QCoreApplication::translate("peerscope::views::YearCharts", "closed");
    for (const ChartWork &w : works) {
        for (auto it = w.citesByYear.cbegin(); it != w.citesByYear.cend(); ++it)
            if (it.value() > 0)
                s.citationsPerYear[it.key()] += it.value();
        if (w.year <= 0)
            continue;
        s.worksPerYear[w.year] += 1;
        const QString &category = stackBy == StackBy::Type ? (w.type.isEmpty() ? otherType : w.type)
                                                           : (w.isOa ? openAccess : closed);
        s.stacked[category][w.year] += 1;
        totals[category] += 1;
    }
    if (s.worksPerYear.isEmpty())
        return s;
    s.firstYear = s.worksPerYear.firstKey();
    s.lastYear = std::max(lastYear, s.worksPerYear.lastKey());
    if (!s.citationsPerYear.isEmpty())
        s.lastYear = std::max(s.lastYear, s.citationsPerYear.lastKey());

    QStringList order = totals.keys();
    std::sort(order.begin(), order.end(), [&totals](const QString &a, const QString &b) {
        return totals.value(a) != totals.value(b) ? totals.value(a) > totals.value(b) : a < b;
    });
    if (stackBy == StackBy::Type && order.size() > kMaxTypeCategories) {
        // Fold the rare types into "other" so the legend stays readable.
        const QString other = QCoreApplication::translate("peerscope::views::YearCharts", "other");
        for (int i = kMaxTypeCategories - 1; i < order.size(); ++i) {
            if (order.at(i) == other)
                continue;
            const QMap<int, int> counts = s.stacked.take(order.at(i));
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                s.stacked[other][it.key()] += it.value();
        }
        order = order.mid(0, kMaxTypeCategories - 1);
        order.removeAll(other);
        order << other;
    }
    s.categories = order;

    // h at the end of each year, newest first: a work's citations at the
    // end of year Y-1 are those at the end of Y less what it received in Y.
    // Linear per year (counting, not sorting): tens of thousands of works
    // over decades stay in milliseconds.
    const int n = int(works.size());
    std::vector<int> cites(size_t(n), 0);
    QHash<int, QList<QPair<int, int>>> receivedIn; // year -> (work, citations received)
    for (int i = 0; i < n; ++i) {
        const ChartWork &w = works.at(i);
        if (w.year <= 0)
            continue;
        int later = 0;
        for (auto it = w.citesByYear.upperBound(s.lastYear); it != w.citesByYear.cend(); ++it)
            later += it.value();
        cites[size_t(i)] = w.citations - later;
        for (auto it = w.citesByYear.cbegin(); it != w.citesByYear.cend() && it.key() <= s.lastYear; ++it)
            if (it.key() >= s.firstYear)
                receivedIn[it.key()] << qMakePair(i, it.value());
    }
    std::vector<int> atLeast(size_t(n) + 2, 0);
    for (int y = s.lastYear; y >= s.firstYear; --y) {
        std::fill(atLeast.begin(), atLeast.end(), 0);
        int eligible = 0;
        for (int i = 0; i < n; ++i) {
            const int year = works.at(i).year;
            if (year <= 0 || year > y)
                continue;
            ++eligible;
            ++atLeast[size_t(std::clamp(cites[size_t(i)], 0, n))];
        }
        int h = 0;
        for (int c = n, count = 0; c > 0; --c) {
            count += atLeast[size_t(c)];
            if (count >= c) {
                h = c;
                break;
            }
        }
        s.hIndexByYear.insert(y, h);
        for (const auto &[work, received] : std::as_const(receivedIn[y]))
            cites[size_t(work)] -= received;
    }
    return s;
}

YearCharts::YearCharts(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("yearCharts"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("chartKindCombo"));
    m_kindCombo->addItem(tr("Works per year"), WorksPerYear);
    m_kindCombo->addItem(tr("Citations per year"), CitationsPerYear);
    m_kindCombo->addItem(tr("h-index over time"), HIndexOverTime);
    m_kindCombo->setAccessibleName(tr("Chart"));
    m_stackCombo = new QComboBox(this);
    m_stackCombo->setObjectName(QStringLiteral("chartStackCombo"));
    m_stackCombo->addItem(tr("Stacked by type"), int(StackBy::Type));
    m_stackCombo->addItem(tr("Stacked by open access"), int(StackBy::OpenAccess));
    m_stackCombo->setAccessibleName(tr("Stack works by"));
    m_export = new QPushButton(tr("Export…"), this);
    m_export->setObjectName(QStringLiteral("chartExportButton"));
    m_export->setToolTip(tr("Save the chart as PNG, SVG or PDF"));
    bar->addWidget(m_kindCombo);
    bar->addWidget(m_stackCombo);
    bar->addStretch(1);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("yearChartPlot"));
    m_plot->setAccessibleName(tr("Per-year chart"));
    m_plot->setMinimumHeight(260);
    m_plot->setMouseTracking(true);
    layout->addWidget(m_plot, 1);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("chartNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    connect(m_kindCombo, &QComboBox::currentIndexChanged, this,
            [this] { setKind(Kind(m_kindCombo->currentData().toInt())); });
    connect(m_stackCombo, &QComboBox::currentIndexChanged, this,
            [this] { setStackBy(StackBy(m_stackCombo->currentData().toInt())); });
    connect(m_export, &QPushButton::clicked, this, &YearCharts::chooseExport);
    connect(m_plot, &QCustomPlot::mouseMove, this, &YearCharts::onMouseMove);
    applyPalette();
    rebuild();
}

void YearCharts::setWorks(const QList<ChartWork> &works, int lastYear)
{
    m_works = works;
    m_lastYear = lastYear;
    rebuild();
}

void YearCharts::setKind(Kind kind)
{
    m_kind = kind;
    const int i = m_kindCombo->findData(kind);
    if (i != m_kindCombo->currentIndex())
        m_kindCombo->setCurrentIndex(i);
    m_stackCombo->setEnabled(kind == WorksPerYear);
    rebuild();
}

void YearCharts::setStackBy(StackBy by)
{
    m_stackBy = by;
    const int i = m_stackCombo->findData(int(by));
    if (i != m_stackCombo->currentIndex())
        m_stackCombo->setCurrentIndex(i);
    rebuild();
}

void YearCharts::rebuild()
{
    m_stale = true;
    if (isVisible())
        build();
}

void YearCharts::ensureBuilt() const
{
    if (m_stale)
        const_cast<YearCharts *>(this)->build();
}

void YearCharts::showEvent(QShowEvent *event)
{
    ensureBuilt();
    QWidget::showEvent(event);
}

void YearCharts::build()
{
    m_stale = false;
    m_series = computeYearSeries(m_works, m_stackBy, m_lastYear);
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_plot->legend->setVisible(false);
    const QList<QColor> colors = categoricalColors(palette());

    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setLabel(tr("Year"));

    if (m_series.worksPerYear.isEmpty()) {
        auto *text = new QCPItemText(m_plot);
        text->position->setType(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(0.5, 0.5);
        text->setText(tr("No dated works in the cache for this author"));
        text->setColor(palette().color(QPalette::WindowText));
        m_plot->xAxis->setRange(0, 1);
        m_plot->yAxis->setRange(0, 1);
        m_note->setText(QString());
        m_plot->replot();
        return;
    }

    const double lo = m_series.firstYear - 0.7;
    const double hi = m_series.lastYear + 0.7;
    double top = 1;
    switch (m_kind) {
    case WorksPerYear: {
        QCPBars *below = nullptr;
        for (int c = 0; c < m_series.categories.size(); ++c) {
            const QString &cat = m_series.categories.at(c);
            auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
            bars->setName(cat);
            bars->setWidth(0.75);
            const QColor color = colors.at(c % colors.size());
            bars->setBrush(color);
            bars->setPen(QPen(color.darker(115)));
            QVector<double> keys, values;
            const QMap<int, int> &counts = m_series.stacked.value(cat);
            for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                keys << it.key();
                values << it.value();
            }
            bars->setData(keys, values);
            if (below)
                bars->moveAbove(below);
            below = bars;
        }
        for (int v : std::as_const(m_series.worksPerYear))
            top = std::max<double>(top, v);
        m_plot->yAxis->setLabel(tr("Works"));
        m_plot->legend->setVisible(true);
        m_note->setText(tr("Works published each year, from every cached work (%n work(s) with a known year).", nullptr,
                           int(std::accumulate(m_series.worksPerYear.cbegin(), m_series.worksPerYear.cend(), 0))));
        break;
    }
    case CitationsPerYear: {
        auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setName(tr("Citations"));
        bars->setWidth(0.75);
        bars->setBrush(colors.at(0));
        bars->setPen(QPen(colors.at(0).darker(115)));
        QVector<double> keys, values;
        for (auto it = m_series.citationsPerYear.cbegin(); it != m_series.citationsPerYear.cend(); ++it) {
            keys << it.key();
            values << it.value();
            top = std::max<double>(top, it.value());
        }
        bars->setData(keys, values);
        m_plot->yAxis->setLabel(tr("Citations received"));
        m_note->setText(tr("Citations received each year by the cached works. OpenAlex reports per-year counts for "
                           "recent years only; earlier citations are not shown."));
        break;
    }
    case HIndexOverTime: {
        auto *graph = m_plot->addGraph();
        graph->setName(tr("h-index"));
        QPen pen(colors.at(2));
        pen.setWidthF(2.0);
        graph->setPen(pen);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colors.at(2), colors.at(2), 6));
        QVector<double> keys, values;
        for (auto it = m_series.hIndexByYear.cbegin(); it != m_series.hIndexByYear.cend(); ++it) {
            keys << it.key();
            values << it.value();
            top = std::max<double>(top, it.value());
        }
        graph->setData(keys, values);
        m_plot->yAxis->setLabel(tr("h-index"));
        m_note->setText(tr("h-index at the end of each year, estimated from each work's citations minus those it "
                           "received later (per-year counts cover recent years only)."));
        break;
    }
    }
    m_plot->xAxis->setRange(lo, hi);
    // A label for every year while they fit; multiples of years beyond.
    m_plot->xAxis->ticker()->setTickCount(qBound(2, int(hi - lo), 14));
    m_plot->yAxis->setRange(0, top * 1.12 + 0.5);
    if (m_plot->yAxis->range().upper < 10) {
        auto yTicker = QSharedPointer<QCPAxisTickerFixed>::create();
        yTicker->setTickStep(1.0);
        yTicker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
        m_plot->yAxis->setTicker(yTicker);
    } else {
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    }
    applyPalette();
    m_plot->replot();
}

void YearCharts::applyPalette()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(50);
    m_plot->setBackground(pal.color(QPalette::Base));
    m_plot->axisRect()->setBackground(pal.color(QPalette::Base));
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    }
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->legend->setBrush(pal.color(QPalette::Base));
    m_plot->legend->setBorderPen(QPen(grid));
    m_plot->legend->setTextColor(text);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
}

void YearCharts::retranslateUi()
{
    m_kindCombo->setItemText(m_kindCombo->findData(WorksPerYear), tr("Works per year"));
    m_kindCombo->setItemText(m_kindCombo->findData(CitationsPerYear), tr("Citations per year"));
    m_kindCombo->setItemText(m_kindCombo->findData(HIndexOverTime), tr("h-index over time"));
    m_kindCombo->setAccessibleName(tr("Chart"));
    m_stackCombo->setItemText(m_stackCombo->findData(int(StackBy::Type)), tr("Stacked by type"));
    m_stackCombo->setItemText(m_stackCombo->findData(int(StackBy::OpenAccess)), tr("Stacked by open access"));
    m_stackCombo->setAccessibleName(tr("Stack works by"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the chart as PNG, SVG or PDF"));
    m_plot->setAccessibleName(tr("Per-year chart"));
}

void YearCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        rebuild(); // bar colours depend on the palette as well
    } else if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        rebuild(); // titles, axis labels and legends
    }
    QWidget::changeEvent(event);
}

QString YearCharts::toolTipAt(const QPoint &plotPos) const
{
    ensureBuilt();
    if (m_series.worksPerYear.isEmpty() || !m_plot->axisRect()->rect().contains(plotPos))
        return {};
    const double x = m_plot->xAxis->pixelToCoord(plotPos.x());
    const int year = qRound(x);
    if (qAbs(x - year) > 0.45 || year < m_series.firstYear || year > m_series.lastYear)
        return {};
    switch (m_kind) {
    case WorksPerYear: {
        QStringList parts;
        for (const QString &cat : m_series.categories) {
            const int n = m_series.stacked.value(cat).value(year);
            if (n > 0)
                parts << QStringLiteral("%1 %2").arg(n).arg(cat);
        }
        const int total = m_series.worksPerYear.value(year);
        if (total == 0)
            return tr("%1: no works").arg(year);
        return tr("%1: %n work(s)", nullptr, total).arg(year) + QStringLiteral("\n") + parts.join(QStringLiteral(", "));
    }
    case CitationsPerYear:
        return tr("%1: %n citation(s) received", nullptr, m_series.citationsPerYear.value(year)).arg(year);
    case HIndexOverTime:
        return tr("End of %1: h-index %2").arg(year).arg(m_series.hIndexByYear.value(year));
    }
    return {};
}

void YearCharts::onMouseMove(QMouseEvent *event)
{
    const QString tip = toolTipAt(event->pos());
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(m_plot->mapToGlobal(event->pos()), tip, m_plot);
}

bool YearCharts::exportTo(const QString &path, int width, int height)
{
    ensureBuilt();
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == QLatin1String("png")) {
        ok = m_plot->savePng(path, width, height);
    } else if (suffix == QLatin1String("pdf")) {
        ok = m_plot->savePdf(path, width, height, QCP::epNoCosmetic, QStringLiteral("Peerscope"), m_kindCombo->currentText());
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(QSize(width, height));
        generator.setViewBox(QRect(0, 0, width, height));
        generator.setTitle(m_kindCombo->currentText());
        QCPPainter painter;
        if (painter.begin(&generator)) {
            m_plot->toPainter(&painter, width, height);
            ok = painter.end();
        }
    }
    if (!ok)
        qCWarning(lcCharts) << "chart export failed:" << path;
    return ok;
}

void YearCharts::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), QString(),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!exportTo(path))
        m_note->setText(tr("Could not write %1. Check that the folder exists and is writable.").arg(path));
}

} // namespace peerscope::views
