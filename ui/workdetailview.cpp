#include "workdetailview.h"

#include "cache/cache.h"
#include "core/displaytext.h"

#include <QDesktopServices>
#include <QEvent>
#include <QUrl>

namespace peerscope {

namespace {
const QString kAuthorScheme = QStringLiteral("peerscope-author");
}

WorkDetailView::WorkDetailView(const Cache &cache, QWidget *parent)
    : QTextBrowser(parent)
    , m_cache(cache)
{
    setObjectName(QStringLiteral("workDetail"));
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &WorkDetailView::onLink);
    retranslateUi();
}

void WorkDetailView::showWork(const QString &workId)
{
    m_workId = workId;
    render();
}

void WorkDetailView::clearWork()
{
    m_workId.clear();
    clear();
}

void WorkDetailView::render()
{
    if (m_workId.isEmpty()) {
        clear();
        return;
    }
    const std::optional<Work> work = m_cache.work(m_workId);
    if (!work) {
        setHtml(tr("<p>This work is no longer in the cache.</p>"));
        return;
    }
    const Work &w = *work;
    QString html = QStringLiteral("<h3>%1</h3>").arg(displayTitle(w).toHtmlEscaped());
    QStringList facts;
    if (w.publicationYear > 0)
        facts << QString::number(w.publicationYear);
    if (!w.sourceName.isEmpty())
        facts << QStringLiteral("<i>%1</i>").arg(w.sourceName.toHtmlEscaped());
    if (!w.type.isEmpty())
        facts << w.type.toHtmlEscaped();
    facts << tr("%n citation(s)", nullptr, w.citedByCount);
    if (w.fwci >= 0)
        facts << QStringLiteral("<span title=\"%1\">%2</span>")
                     .arg(tr("Field-weighted citation impact: citations relative to works of the same field, type and year; 1 is as expected").toHtmlEscaped(),
                          tr("FWCI %1").arg(formatFwci(w.fwci)));
    if (w.citationPercentile >= 0) {
        QString percentile = tr("citation percentile %1").arg(formatPercentile(w.citationPercentile));
        if (w.inTop1Percent)
            percentile += QStringLiteral(" (%1)").arg(tr("top 1%"));
        else if (w.inTop10Percent)
            percentile += QStringLiteral(" (%1)").arg(tr("top 10%"));
        facts << percentile;
    }
    if (w.isRetracted)
        facts << QStringLiteral("<b>%1</b>").arg(tr("retracted"));
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")));

    QStringList authors;
    for (const Authorship &a : w.authorships) {
        QString name = (a.authorName.isEmpty() ? a.rawAuthorName : a.authorName).toHtmlEscaped();
        if (name.trimmed().isEmpty())
            name = QStringLiteral("<i>%1</i>").arg(tr("unnamed author"));
        authors << (a.authorId.isEmpty() ? name
                                         : QStringLiteral("<a href=\"%1:%2\">%3</a>").arg(kAuthorScheme, a.authorId, name));
    }
    html += QStringLiteral("<p><b>%1</b> %2").arg(tr("Authors:"), authors.isEmpty() ? tr("none recorded") : authors.join(QStringLiteral(", ")));
    if (w.authorsTruncated)
        html += QStringLiteral(" <i>%1</i>").arg(tr("(list cut at 100 by OpenAlex; sync the work for all authors)"));
    html += QStringLiteral("</p>");

    QStringList links;
    if (!w.doi.isEmpty())
        links << QStringLiteral("<a href=\"https://doi.org/%1\">DOI %1</a>").arg(w.doi.toHtmlEscaped());
    else
        links << tr("no DOI");
    if (!w.landingPageUrl.isEmpty())
        links << QStringLiteral("<a href=\"%1\">%2</a>").arg(w.landingPageUrl.toHtmlEscaped(), tr("landing page"));
    if (!w.pdfUrl.isEmpty())
        links << QStringLiteral("<a href=\"%1\">PDF</a>").arg(w.pdfUrl.toHtmlEscaped());
    links << QStringLiteral("<a href=\"https://openalex.org/%1\">OpenAlex</a>").arg(w.id);
    html += QStringLiteral("<p>%1</p>").arg(links.join(QStringLiteral(" · ")));
    html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(tr("Abstract"), w.abstract.isEmpty() ? QStringLiteral("<i>%1</i>").arg(tr("No abstract available."))
                                                         : w.abstract.toHtmlEscaped());
    setHtml(html);
}

void WorkDetailView::onLink(const QUrl &url)
{
    if (url.scheme() == kAuthorScheme) {
        emit authorActivated(url.path());
        return;
    }
    QDesktopServices::openUrl(url);
}

void WorkDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTextBrowser::changeEvent(event);
}

void WorkDetailView::retranslateUi()
{
    setAccessibleName(tr("Work details"));
    setPlaceholderText(tr("Select a work to see its authors, abstract and links."));
    render(); // the facts are worded when shown
}

} // namespace peerscope
