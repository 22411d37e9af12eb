#include "profilepanel.h"

#include <QDesktopServices>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QMap>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

Q_LOGGING_CATEGORY(lcProfilePanel, "peerscope.ui.profile", QtWarningMsg)

namespace peerscope {

namespace {

const QString kAuthorScheme = QStringLiteral("peerscope-author:");
const QString kMergeScheme = QStringLiteral("peerscope-merge:");

// Metrics shown in the grid, in order; keys from metrics::metricCatalogue().
const QStringList &gridKeys()
{
    static const QStringList keys{QStringLiteral("papers"), QStringLiteral("citations"), QStringLiteral("years"),
                                  QStringLiteral("citesPerYear"), QStringLiteral("h"), QStringLiteral("i10"),
                                  QStringLiteral("g"), QStringLiteral("e"), QStringLiteral("m"),
                                  QStringLiteral("hc"), QStringLiteral("hInorm"), QStringLiteral("hIannual"),
                                  QStringLiteral("hm"), QStringLiteral("awcr"), QStringLiteral("awcrpa"),
                                  QStringLiteral("aw"), QStringLiteral("acc10"), QStringLiteral("meanFwci")};
    return keys;
}

// "2014–2016, 2021" from a list of years.
QString yearRanges(QList<int> years)
{
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    QStringList parts;
    for (int i = 0; i < years.size();) {
        int j = i;
        while (j + 1 < years.size() && years.at(j + 1) == years.at(j) + 1)
            ++j;
        parts << (i == j ? QString::number(years.at(i)) : QStringLiteral("%1–%2").arg(years.at(i)).arg(years.at(j)));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

int fitHeight(QTreeWidget *tree, int rows)
{
    const int row = tree->sizeHintForRow(0) > 0 ? tree->sizeHintForRow(0) : tree->fontMetrics().height() + 8;
    return tree->header()->sizeHint().height() + row * std::max(1, rows) + 2 * tree->frameWidth() + 4;
}

} // namespace

ProfilePanel::ProfilePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("profilePanel"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(12, 12, 12, 12);
    m_layout->setSpacing(6);

    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("profileName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(m_name);

    m_alternatives = textLabel(QStringLiteral("profileAlternatives"));
    m_institution = textLabel(QStringLiteral("profileInstitution"));
    m_ids = textLabel(QStringLiteral("profileIds"));
    m_facts = textLabel(QStringLiteral("profileFacts"));
    m_profileOnly << m_alternatives << m_institution << m_ids;

    // --- trust ---------------------------------------------------------------
    m_profileOnly << heading(QT_TR_NOOP("Trust snapshot"));
    m_trustHeadline = textLabel(QStringLiteral("trustHeadline"));
    QFont mid = m_trustHeadline->font();
    mid.setPointSizeF(mid.pointSizeF() * 1.15);
    mid.setBold(true);
    m_trustHeadline->setFont(mid);
    m_trustLevel = textLabel(QStringLiteral("trustLevel"));
    m_evidence = new QTreeWidget(this);
    m_evidence->setObjectName(QStringLiteral("trustEvidence"));
    m_evidence->setColumnCount(3);
    m_evidence->setRootIsDecorated(true);
    m_evidence->setUniformRowHeights(true);
    m_evidence->setWordWrap(false);
    m_evidence->header()->setStretchLastSection(true);
    m_evidence->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_layout->addWidget(m_evidence);
    m_warnings = textLabel(QStringLiteral("trustWarnings"));
    m_profileOnly << m_trustHeadline << m_trustLevel << m_evidence << m_warnings;

    // --- metrics -------------------------------------------------------------
    m_profileOnly << heading(QT_TR_NOOP("Citation metrics"));
    auto *gridHost = new QWidget(this);
    m_metricGrid = new QGridLayout(gridHost);
    m_metricGrid->setContentsMargins(0, 0, 0, 0);
    m_metricGrid->setHorizontalSpacing(16);
    m_metricGrid->setVerticalSpacing(2);
    m_layout->addWidget(gridHost);
    m_profileOnly << gridHost;
    buildMetricGrid();

    m_profileOnly << heading(QT_TR_NOOP("Affiliations"));
    m_affiliations = textLabel(QStringLiteral("profileAffiliations"));
    m_profileOnly << m_affiliations;
    m_profileOnly << heading(QT_TR_NOOP("Topics"));
    m_topics = textLabel(QStringLiteral("profileTopics"));
    m_profileOnly << m_topics;

    m_profileOnly << heading(QT_TR_NOOP("Close collaborators"));
    m_collaborators = new QTreeWidget(this);
    m_collaborators->setObjectName(QStringLiteral("collaboratorsList"));
    m_collaborators->setColumnCount(4);
    m_collaborators->setRootIsDecorated(false);
    m_collaborators->setUniformRowHeights(true);
    m_collaborators->setMouseTracking(true);
    m_collaborators->header()->setStretchLastSection(true);
    m_collaborators->setCursor(Qt::PointingHandCursor);
    m_layout->addWidget(m_collaborators);
    m_profileOnly << m_collaborators;
    m_collaboratorsMore = textLabel(QStringLiteral("collaboratorsMore"));
    connect(m_collaborators, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        emit authorActivated(item->data(0, Qt::UserRole).toString(), item->text(0));
    });
    connect(m_collaborators, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit authorActivated(item->data(0, Qt::UserRole).toString(), item->text(0));
    });
    m_layout->addStretch(1);

    retranslateUi();
    showPlaceholder();
}

QLabel *ProfilePanel::heading(const char *sourceText)
{
    auto *label = new QLabel(this);
    m_headings.append({label, sourceText});
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setContentsMargins(0, 10, 0, 2);
    m_layout->addWidget(label);
    return label;
}

QLabel *ProfilePanel::textLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(false);
    connect(label, &QLabel::linkActivated, this, &ProfilePanel::onLink);
    m_layout->addWidget(label);
    return label;
}

void ProfilePanel::onLink(const QString &link)
{
    if (link.startsWith(kAuthorScheme)) {
        emit authorActivated(link.mid(kAuthorScheme.size()), QString());
        return;
    }
    if (link.startsWith(kMergeScheme)) {
        emit mergeRequested(link.mid(kMergeScheme.size()));
        return;
    }
    QDesktopServices::openUrl(QUrl(link));
}

void ProfilePanel::buildMetricGrid()
{
    auto addHeader = [this](int column) {
        auto *l = new QLabel(this);
        l->setObjectName(QStringLiteral("metricHeader%1").arg(column));
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
        l->setAlignment(column == 0 ? Qt::AlignLeft : Qt::AlignRight);
        m_metricGrid->addWidget(l, 0, column);
    };
    addHeader(0);
    addHeader(1);
    m_since = new QSpinBox(this);
    m_since->setObjectName(QStringLiteral("sinceYearSpin"));
    m_since->setRange(1900, 2100);
    m_metricGrid->addWidget(m_since, 0, 2, Qt::AlignRight);
    addHeader(3);
    connect(m_since, &QSpinBox::valueChanged, this, &ProfilePanel::refreshMetrics);

    // Names and definitions come with retranslateUi().
    int row = 1;
    for (const QString &key : gridKeys()) {
        auto *name = new QLabel(this);
        name->setObjectName(QStringLiteral("metricName_") + key);
        auto makeValue = [&](const QString &prefix) {
            auto *v = new QLabel(this);
            v->setObjectName(prefix + key);
            v->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            v->setTextInteractionFlags(Qt::TextSelectableByMouse);
            return v;
        };
        m_allValues.insert(key, makeValue(QStringLiteral("metricValue_")));
        m_sinceValues.insert(key, makeValue(QStringLiteral("metricSince_")));
        m_sourceValues.insert(key, makeValue(QStringLiteral("metricSource_")));
        m_metricGrid->addWidget(name, row, 0);
        m_metricGrid->addWidget(m_allValues.value(key), row, 1);
        m_metricGrid->addWidget(m_sinceValues.value(key), row, 2);
        m_metricGrid->addWidget(m_sourceValues.value(key), row, 3);
        ++row;
    }
    m_metricGrid->setColumnStretch(0, 1);
}

void ProfilePanel::retranslateUi()
{
    setAccessibleName(tr("Researcher profile"));
    for (const auto &[label, sourceText] : std::as_const(m_headings))
        label->setText(tr(sourceText));
    m_evidence->setAccessibleName(tr("Trust evidence"));
    m_evidence->setHeaderLabels({tr("Evidence"), tr("Points"), tr("Reason")});
    m_collaborators->setAccessibleName(tr("Close collaborators"));
    m_collaborators->setHeaderLabels({tr("Name"), tr("Shared"), tr("Last"), tr("Institution")});
    m_collaborators->headerItem()->setToolTip(1, tr("Works written together"));
    m_collaborators->headerItem()->setToolTip(2, tr("Last year with a shared work"));
    auto header = [this](int column, const QString &text, const QString &tip) {
        if (auto *l = findChild<QLabel *>(QStringLiteral("metricHeader%1").arg(column))) {
            l->setText(text);
            l->setToolTip(tip);
        }
    };
    header(0, tr("Metric"), {});
    header(1, tr("All years"), tr("Computed by Peerscope from the counted cached works"));
    header(3, tr("OpenAlex"), tr("The value OpenAlex itself reports, where it has one"));
    m_since->setAccessibleName(tr("Since year"));
    m_since->setPrefix(tr("Since "));
    m_since->setToolTip(tr("The same metrics over works published in this year or later"));
    for (const metrics::MetricInfo &i : metrics::metricCatalogue()) {
        if (auto *name = findChild<QLabel *>(QStringLiteral("metricName_") + i.key)) {
            name->setText(i.name);
            name->setToolTip(i.definition);
        }
        for (QLabel *v : {m_allValues.value(i.key), m_sinceValues.value(i.key), m_sourceValues.value(i.key)})
            if (v)
                v->setToolTip(i.definition);
    }
    if (m_author.id.isEmpty() && m_showingPlaceholder)
        showPlaceholder();
}

void ProfilePanel::showPlaceholder()
{
    showMessage(tr("No author selected"), tr("Search for a researcher or load the demo data set."));
    m_showingPlaceholder = true;
}

void ProfilePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

int ProfilePanel::sinceYear() const
{
    return m_since->value();
}

void ProfilePanel::setSinceYear(int year)
{
    m_since->setValue(year);
}

void ProfilePanel::setPapers(const QList<metrics::Paper> &papers, int referenceYear)
{
    m_papers = papers;
    m_referenceYear = referenceYear;
    refreshMetrics();
}

void ProfilePanel::refreshMetrics()
{
    m_all = metrics::compute(m_papers, m_referenceYear);
    m_sinceMetrics = metrics::computeSince(m_papers, m_referenceYear, m_since->value());
    for (const QString &key : gridKeys()) {
        m_allValues.value(key)->setText(metrics::formatMetric(m_all, key));
        m_sinceValues.value(key)->setText(metrics::formatMetric(m_sinceMetrics, key));
    }
    auto source = [](qint64 v) { return v >= 0 ? QString::number(v) : QStringLiteral("–"); };
    const bool has = m_author.isValid();
    for (const QString &key : gridKeys())
        m_sourceValues.value(key)->setText(QStringLiteral("–"));
    if (has) {
        m_sourceValues.value(QStringLiteral("papers"))->setText(source(m_author.worksCount));
        m_sourceValues.value(QStringLiteral("citations"))->setText(source(m_author.citedByCount));
        m_sourceValues.value(QStringLiteral("h"))->setText(source(m_author.hIndex));
        m_sourceValues.value(QStringLiteral("i10"))->setText(source(m_author.i10Index));
    }
}

void ProfilePanel::showMessage(const QString &title, const QString &text)
{
    m_author = {};
    m_showingPlaceholder = false;
    m_name->setText(title);
    m_facts->setText(text.toHtmlEscaped());
    for (QWidget *w : std::as_const(m_profileOnly))
        w->setVisible(false);
    m_collaborators->clear();
    m_collaboratorsMore->setVisible(false);
    m_evidence->clear();
}

void ProfilePanel::setProfile(const Profile &p, const TrustSnapshot &trust)
{
    for (QWidget *w : std::as_const(m_profileOnly))
        w->setVisible(true);
    m_author = p.author;
    const Author &a = p.author;
    const bool deleted = isDeletedAuthor(a);
    m_name->setText(a.name.isEmpty() ? tr("(unnamed author)") : a.name);

    QStringList alts;
    for (const QString &alt : a.alternatives)
        if (alt != a.name)
            alts << alt.toHtmlEscaped();
    m_alternatives->setText(alts.isEmpty() ? QString() : tr("Also published as: %1").arg(alts.join(QStringLiteral("; "))));
    m_alternatives->setVisible(!alts.isEmpty());

    QStringList inst;
    for (const InstitutionRef &i : a.lastKnownInstitutions)
        inst << (i.countryCode.isEmpty() ? i.name.toHtmlEscaped()
                                         : QStringLiteral("%1 (%2)").arg(i.name.toHtmlEscaped(), i.countryCode));
    m_institution->setText(inst.isEmpty() ? tr("No known institution") : inst.join(QStringLiteral(" · ")));

    QStringList ids;
    ids << QStringLiteral("OpenAlex <a href=\"https://openalex.org/%1\">%1</a>").arg(a.id);
    ids << (a.orcid.isEmpty() ? tr("no ORCID")
                              : QStringLiteral("ORCID <a href=\"https://orcid.org/%1\">%1</a>").arg(a.orcid));
    if (!a.scopus.isEmpty())
        ids << QStringLiteral("Scopus <a href=\"https://www.scopus.com/authid/detail.uri?authorId=%1\">%1</a>").arg(a.scopus);
    m_ids->setText(ids.join(QStringLiteral(" · ")));

    QString facts = tr("%n cached work(s)", nullptr, p.cachedWorks) + QStringLiteral(" · ")
                    + tr("%n citation(s)", nullptr, p.metrics.citations) + QStringLiteral(" · ")
                    + tr("%n topic(s)", nullptr, int(a.topics.size())) + QStringLiteral(" · ")
                    + tr("%n co-author(s)", nullptr, int(p.coauthors.size()));
    if (deleted)
        facts = tr("OpenAlex has deleted this author record (usually merged into another one). "
                   "Nothing is attributed to it any more.");
    else if (p.cachedWorks == 0)
        facts += QStringLiteral("<br>") + tr("No works of this author are cached yet; sync the author to fetch them.");
    if (!p.fetchedAt.isEmpty())
        facts += QStringLiteral("<br><small>") + tr("Data as of %1").arg(p.fetchedAt.left(10)) + QStringLiteral("</small>");
    m_facts->setText(facts);

    // Trust.
    m_trustHeadline->setText(tr("Trust %1 · %2").arg(trust.score).arg(trust.bandText()));
    m_trustHeadline->setToolTip(tr("0–29 Emerging, 30–54 Developing, 55–79 Established, 80–100 Strong; every point is listed below"));
    m_trustLevel->setText(tr("Verification %1 · %2").arg(trust.levelText(), trust.claimText()));
    m_evidence->clear();
    QMap<QString, QTreeWidgetItem *> groups;
    QStringList groupOrder;
    for (const TrustEvidence &e : trust.evidence) {
        QTreeWidgetItem *g = groups.value(e.group);
        if (!g) {
            g = new QTreeWidgetItem(m_evidence, {e.group, QString(), QString()});
            g->setData(1, Qt::UserRole, 0);
            g->setData(1, Qt::UserRole + 1, 0);
            groups.insert(e.group, g);
        }
        g->setData(1, Qt::UserRole, g->data(1, Qt::UserRole).toInt() + e.points);
        g->setData(1, Qt::UserRole + 1, g->data(1, Qt::UserRole + 1).toInt() + e.maxPoints);
        g->setText(1, QStringLiteral("%1/%2").arg(g->data(1, Qt::UserRole).toInt()).arg(g->data(1, Qt::UserRole + 1).toInt()));
        auto *item = new QTreeWidgetItem(g, {e.item, QStringLiteral("%1/%2").arg(e.points).arg(e.maxPoints), e.reason});
        const QString tip = tr("%1\nSource: %2").arg(e.reason, e.source);
        for (int c = 0; c < 3; ++c)
            item->setToolTip(c, tip);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (QTreeWidgetItem *g : std::as_const(groups))
        g->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    m_evidence->resizeColumnToContents(0);
    m_evidence->resizeColumnToContents(1);
    m_evidence->setFixedHeight(fitHeight(m_evidence, int(groups.size())));
    QStringList warnings;
    for (const TrustWarning &w : trust.warnings) {
        QString text = QStringLiteral("⚠ ") + w.message.toHtmlEscaped();
        if (!w.otherAuthorId.isEmpty())
            text += QStringLiteral(" — <a href=\"%1%2\">%3</a> · <a href=\"%4%2\">%5</a>")
                        .arg(kAuthorScheme, w.otherAuthorId, tr("open"), kMergeScheme, tr("merge into this person"));
        warnings << text;
    }
    m_warnings->setText(warnings.isEmpty() ? tr("No conflation or duplicate warnings.") : warnings.join(QStringLiteral("<br>")));

    // Affiliations by year, most recent first.
    QList<QPair<int, QString>> lines;
    for (const Affiliation &af : a.affiliations) {
        const int latest = af.years.isEmpty() ? 0 : *std::max_element(af.years.begin(), af.years.end());
        lines << qMakePair(latest, QStringLiteral("%1 — %2").arg(af.institution.name.toHtmlEscaped(), yearRanges(af.years)));
    }
    std::sort(lines.begin(), lines.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
    QStringList affText;
    for (const auto &l : lines)
        affText << l.second;
    m_affiliations->setText(affText.isEmpty() ? tr("No affiliation history recorded.") : affText.join(QStringLiteral("<br>")));

    // Topics with their share of the works.
    int topicTotal = 0;
    for (const TopicShare &t : a.topics)
        topicTotal += t.count;
    QStringList topicText;
    for (const TopicShare &t : a.topics.mid(0, 8)) {
        const int share = topicTotal > 0 ? qRound(100.0 * t.count / topicTotal) : 0;
        topicText << tr("%1 — %n work(s), %2%", nullptr, t.count).arg(t.name.toHtmlEscaped()).arg(share);
    }
    m_topics->setText(topicText.isEmpty() ? tr("No topics recorded.") : topicText.join(QStringLiteral("<br>")));
    m_topics->setToolTip(tr("Share: the topic's works among all topic assignments of this author (OpenAlex)"));

    // The closest collaborators; a prolific author's thousands of co-authors
    // belong to the network view, not to a list built on the UI thread.
    m_collaborators->clear();
    const QColor link = palette().color(QPalette::Link);
    for (const CoauthorStat &c : p.coauthors.mid(0, kMaxCollaborators)) {
        auto *item = new QTreeWidgetItem(m_collaborators, {c.name, QString::number(c.sharedWorks),
                                                           c.lastYear > 0 ? QString::number(c.lastYear) : QString(),
                                                           c.institution});
        item->setData(0, Qt::UserRole, c.id);
        item->setForeground(0, link);
        QFont f = item->font(0);
        f.setUnderline(true);
        item->setFont(0, f);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, c.isCached ? tr("Open %1's profile").arg(c.name)
                                       : tr("%1 is not cached yet: click to sync the profile").arg(c.name));
    }
    for (int col = 0; col < 3; ++col)
        m_collaborators->resizeColumnToContents(col);
    m_collaborators->setFixedHeight(fitHeight(m_collaborators, std::min<int>(10, std::max<int>(1, int(p.coauthors.size())))));
    if (p.coauthors.isEmpty())
        m_collaborators->setVisible(false);
    m_collaboratorsMore->setText(tr("The %1 closest of %n co-author(s); the Network tab shows them all.", nullptr,
                                    int(p.coauthors.size())).arg(kMaxCollaborators));
    m_collaboratorsMore->setVisible(p.coauthors.size() > kMaxCollaborators);
    qCDebug(lcProfilePanel) << "profile shown" << a.id;
}

} // namespace peerscope
